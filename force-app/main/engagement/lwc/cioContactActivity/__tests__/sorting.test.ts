import { DEFAULT_SORT, TYPE_ORDER, ariaSort, nextSort, sortEmails, type SortState } from '../sorting';
import type { EmailEvent } from '../activityTypes';

function event(id: string, type: string, at: number | null, subject?: string | null, campaign?: string | null) {
    return { id, type, at, subject, campaign } as EmailEvent;
}

const EVENTS: EmailEvent[] = [
    event('a', 'opened', 3000, 'banana jobs', 'Weekly Jobs Digest'),
    event('b', 'sent', 1000, 'Apple roles', null),
    event('c', 'clicked', 4000, 'cherry openings', 'ICU Nurse Openings'),
    event('d', 'delivered', 2000, '', 'weekly jobs digest'),
    event('e', 'bounced', null, 'Item 10', 'Allied Health'),
    event('f', 'unsubscribed', 5000, 'Item 9', '  '),
    event('g', 'converted', 6000, 'apple roles', 'ICU Nurse Openings')
];

function ids(sort: SortState): string {
    return sortEmails(EVENTS, sort)
        .map((e) => e.id)
        .join('');
}

describe('nextSort', () => {
    it('starts on the newest activity first', () => {
        expect(DEFAULT_SORT).toEqual({ column: 'time', direction: 'descending' });
    });

    it('flips the direction of the sorted column', () => {
        expect(nextSort(DEFAULT_SORT, 'time')).toEqual({ column: 'time', direction: 'ascending' });
        expect(nextSort({ column: 'time', direction: 'ascending' }, 'time')).toEqual(DEFAULT_SORT);
    });

    it('starts another column in its natural direction', () => {
        expect(nextSort(DEFAULT_SORT, 'subject')).toEqual({ column: 'subject', direction: 'ascending' });
        expect(nextSort(DEFAULT_SORT, 'type')).toEqual({ column: 'type', direction: 'ascending' });
        expect(nextSort({ column: 'subject', direction: 'descending' }, 'time')).toEqual(DEFAULT_SORT);
    });
});

describe('ariaSort', () => {
    it('names the direction of the sorted column and "none" for the others', () => {
        expect(ariaSort(DEFAULT_SORT, 'time')).toBe('descending');
        expect(ariaSort({ column: 'campaign', direction: 'ascending' }, 'campaign')).toBe('ascending');
        expect(ariaSort(DEFAULT_SORT, 'subject')).toBe('none');
    });
});

describe('sortEmails', () => {
    it('sorts by time both ways, with unknown times last either way', () => {
        expect(ids({ column: 'time', direction: 'descending' })).toBe('gfcadbe');
        expect(ids({ column: 'time', direction: 'ascending' })).toBe('bdacfge');
    });

    it('sorts by type in the order of an email’s life, types it does not know after, by name', () => {
        expect(TYPE_ORDER).toEqual(['sent', 'delivered', 'opened', 'clicked', 'bounced', 'failed', 'unsubscribed']);
        expect(ids({ column: 'type', direction: 'ascending' })).toBe('bdacefg');
        expect(ids({ column: 'type', direction: 'descending' })).toBe('gfecadb');
    });

    it('sorts subjects ignoring case, numbers as numbers, blanks last either way, equal ones newest first', () => {
        expect(ids({ column: 'subject', direction: 'ascending' })).toBe('gbacfed');
        expect(ids({ column: 'subject', direction: 'descending' })).toBe('efcagbd');
    });

    it('sorts campaigns ignoring case, with events outside a campaign last either way', () => {
        expect(ids({ column: 'campaign', direction: 'ascending' })).toBe('egcadfb');
        expect(ids({ column: 'campaign', direction: 'descending' })).toBe('adgcefb');
    });

    it('orders types it does not know by name, and falls back to the id for identical rows', () => {
        const unknown = [event('z', 'zapped', 1000), event('y', 'attempted', 1000), event('x', 'attempted', 1000)];

        expect(sortEmails(unknown, { column: 'type', direction: 'ascending' }).map((e) => e.id)).toEqual([
            'x',
            'y',
            'z'
        ]);
    });

    it('leaves the input list as it was', () => {
        const before = EVENTS.map((e) => e.id);
        sortEmails(EVENTS, { column: 'subject', direction: 'ascending' });

        expect(EVENTS.map((e) => e.id)).toEqual(before);
    });
});

describe('sortEmails in a locale the browser does not know', () => {
    it("falls back to the browser's collation", () => {
        jest.isolateModules(() => {
            jest.doMock('@salesforce/i18n/locale', () => ({ default: 'not a locale!' }), { virtual: true });
            const isolated = jest.requireActual<typeof import('../sorting')>('../sorting');

            expect(isolated.sortEmails(EVENTS, { column: 'subject', direction: 'ascending' }).map((e) => e.id)).toEqual(
                ['g', 'b', 'a', 'c', 'f', 'e', 'd']
            );
        });
    });
});
