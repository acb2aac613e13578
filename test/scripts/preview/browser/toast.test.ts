import {
    SHOW_TOAST_EVENT,
    ShowToastEvent,
    formatToastMessage,
    toastDetail
} from '../../../../scripts/preview/browser/toast';

jest.mock('lightning/toast', () => ({ __esModule: true, default: class Toast {} }), { virtual: true });

describe('ShowToastEvent', () => {
    it("is the event the base components' toast container shows: bubbling, composed, title as label", () => {
        const event = new ShowToastEvent({ title: 'Saved', message: 'Settings saved.', variant: 'success' });

        expect(event.type).toBe(SHOW_TOAST_EVENT);
        expect([event.bubbles, event.composed, event.cancelable]).toEqual([true, true, true]);
        expect(event.detail).toEqual({
            label: 'Saved',
            message: 'Settings saved.',
            variant: 'success',
            mode: 'dismissible',
            toast: expect.any(Function)
        });
    });
});

describe('toastDetail', () => {
    it('makes the message the heading of a toast without a title', () => {
        expect(toastDetail({ message: 'Done.', mode: 'sticky' })).toMatchObject({
            label: 'Done.',
            message: undefined,
            variant: 'info',
            mode: 'sticky'
        });
        expect(toastDetail({ title: '  ', message: 'Done.' }).label).toBe('Done.');
    });
});

describe('formatToastMessage', () => {
    it('fills {n} from messageData, links by their label, and keeps placeholders without data', () => {
        expect(
            formatToastMessage('{0} saved {1}; see {2} {3}', [
                'Ada',
                { url: 'https://x', label: 'the log' },
                { url: 'https://y' }
            ])
        ).toBe('Ada saved the log; see https://y {3}');
        expect(formatToastMessage('{0}', [{}])).toBe('');
        expect(formatToastMessage('plain')).toBe('plain');
    });
});
