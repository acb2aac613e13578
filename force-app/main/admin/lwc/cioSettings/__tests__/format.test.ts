import { formatDateTime, formatLabel } from '../format';

describe('formatLabel', () => {
    it('fills numbered placeholders and leaves the ones it has no value for', () => {
        expect(formatLabel('Saved · last changed {0} by {1}', 'Mar 4, 2025', 'Priya Raman')).toBe(
            'Saved · last changed Mar 4, 2025 by Priya Raman'
        );
        expect(formatLabel('{0} ms, {1}', 184)).toBe('184 ms, {1}');
        expect(formatLabel('Use {firstName} here', 'x')).toBe('Use {firstName} here');
    });
});

describe('formatDateTime', () => {
    it("formats in the user's locale and time zone", () => {
        const expected = new Intl.DateTimeFormat('en-US', {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: 'America/Los_Angeles'
        }).format(new Date('2025-03-04T16:42:00.000Z'));

        expect(formatDateTime('2025-03-04T16:42:00.000Z')).toBe(expected);
    });

    it('returns null for nothing and the text itself for something that is not a date', () => {
        expect(formatDateTime(null)).toBeNull();
        expect(formatDateTime(undefined)).toBeNull();
        expect(formatDateTime('')).toBeNull();
        expect(formatDateTime('yesterday-ish')).toBe('yesterday-ish');
    });

    it("falls back to the browser's time zone when the user's is unknown to it", () => {
        jest.isolateModules(() => {
            jest.doMock('@salesforce/i18n/timeZone', () => ({ default: 'Mars/Olympus_Mons' }), { virtual: true });
            const isolated = jest.requireActual<typeof import('../format')>('../format');
            const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
                new Date('2025-03-04T16:42:00.000Z')
            );

            expect(isolated.formatDateTime('2025-03-04T16:42:00.000Z')).toBe(expected);
        });
    });
});
