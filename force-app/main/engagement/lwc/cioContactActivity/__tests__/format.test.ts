import { currentTime, formatDateTime, formatLabel, isoDateTime, relativeTime, secondsUntil } from '../format';

const NOW = Date.UTC(2025, 9, 14, 15, 30, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatLabel', () => {
    it('fills numbered placeholders and leaves the ones it has no value for', () => {
        expect(formatLabel('Updated {0}', '12 minutes ago')).toBe('Updated 12 minutes ago');
        expect(formatLabel('{0} people, {1}', 3)).toBe('3 people, {1}');
        expect(formatLabel('Hi {firstName}', 'x')).toBe('Hi {firstName}');
    });

    it('inserts values as they are, without reading them as placeholders again', () => {
        expect(formatLabel('{0} and {1}', '{1}', '<b>')).toBe('{1} and <b>');
    });
});

describe('relativeTime', () => {
    it.each([
        [0, 'c.Cio_ContactActivity_JustNow'],
        [59 * SECOND, 'c.Cio_ContactActivity_JustNow'],
        [MINUTE, '1 minute ago'],
        [12 * MINUTE + 59 * SECOND, '12 minutes ago'],
        [59 * MINUTE, '59 minutes ago'],
        [HOUR, '1 hour ago'],
        [3 * HOUR + 20 * MINUTE, '3 hours ago'],
        [23 * HOUR + 59 * MINUTE, '23 hours ago'],
        [DAY, '1 day ago'],
        [21 * DAY + 21 * HOUR, '21 days ago'],
        [29 * DAY, '29 days ago'],
        [45 * DAY, '1 month ago'],
        [200 * DAY, '6 months ago'],
        [400 * DAY, '1 year ago'],
        [3 * 365 * DAY, '3 years ago']
    ])('words %i ms ago as "%s" (whole units, rounded down)', (elapsed, expected) => {
        expect(relativeTime(NOW - elapsed, NOW)).toBe(expected);
    });

    it('treats less than a minute in the future as clock skew, and more as a future time', () => {
        expect(relativeTime(NOW + 30 * SECOND, NOW)).toBe('c.Cio_ContactActivity_JustNow');
        expect(relativeTime(NOW + 5 * MINUTE, NOW)).toBe('in 5 minutes');
    });

    it('returns null for an unknown time', () => {
        expect(relativeTime(null, NOW)).toBeNull();
        expect(relativeTime(undefined, NOW)).toBeNull();
        expect(relativeTime(Number.NaN, NOW)).toBeNull();
    });
});

describe('formatDateTime and isoDateTime', () => {
    it("formats in the user's locale and time zone", () => {
        const expected = new Intl.DateTimeFormat('en-US', {
            dateStyle: 'medium',
            timeStyle: 'short',
            timeZone: 'America/Los_Angeles'
        }).format(new Date(NOW));

        expect(formatDateTime(NOW)).toBe(expected);
        expect(isoDateTime(NOW)).toBe('2025-10-14T15:30:00.000Z');
    });

    it('returns null for an unknown time', () => {
        expect(formatDateTime(null)).toBeNull();
        expect(isoDateTime(undefined)).toBeNull();
    });

    it("falls back to the browser's locale and zone when the user's are unknown to it", () => {
        jest.isolateModules(() => {
            jest.doMock('@salesforce/i18n/timeZone', () => ({ default: 'Mars/Olympus_Mons' }), { virtual: true });
            jest.doMock('@salesforce/i18n/locale', () => ({ default: 'not a locale!' }), { virtual: true });
            const isolated = jest.requireActual<typeof import('../format')>('../format');
            const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
                new Date(NOW)
            );

            expect(isolated.formatDateTime(NOW)).toBe(expected);
            expect(isolated.relativeTime(NOW - 2 * HOUR, NOW)).toBe(
                new Intl.RelativeTimeFormat(undefined, { numeric: 'always' }).format(-2, 'hour')
            );
        });
    });
});

describe('secondsUntil', () => {
    it('counts whole seconds up, and never below zero', () => {
        expect(secondsUntil(NOW + 7 * SECOND, NOW)).toBe(7);
        expect(secondsUntil(NOW + 6001, NOW)).toBe(7);
        expect(secondsUntil(NOW, NOW)).toBe(0);
        expect(secondsUntil(NOW - SECOND, NOW)).toBe(0);
    });
});

describe('currentTime', () => {
    afterEach(() => jest.useRealTimers());

    it('reads the clock that Jest fake timers control', () => {
        jest.useFakeTimers({ now: NOW });

        expect(currentTime()).toBe(NOW);
        jest.advanceTimersByTime(MINUTE);
        expect(currentTime()).toBe(NOW + MINUTE);
    });
});
