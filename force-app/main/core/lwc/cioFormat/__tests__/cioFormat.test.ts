import { formatEpoch, formatIso, formatLabel, isTime, isoEpoch } from 'c/cioFormat';

jest.mock('@salesforce/i18n/locale', () => ({ default: 'en-US' }), { virtual: true });
jest.mock('@salesforce/i18n/timeZone', () => ({ default: 'America/New_York' }), { virtual: true });

const AT = Date.UTC(2026, 2, 4, 12, 18); // 7:18 AM in New York

describe('cioFormat', () => {
    it('fills numbered placeholders and leaves those without a value visible', () => {
        expect(formatLabel('{0} of {1} ({2})', 'a', 2)).toBe('a of 2 ({2})');
        expect(formatLabel('no placeholders')).toBe('no placeholders');
        expect(formatLabel('{1}{0}', '<b>', 'x')).toBe('x<b>');
    });

    it('formats epoch times in the user locale and time zone, and knows unknown times', () => {
        expect(formatEpoch(AT)).toBe('Mar 4, 2026, 7:18 AM');
        expect(isoEpoch(AT)).toBe('2026-03-04T12:18:00.000Z');
        expect(formatEpoch(null)).toBeNull();
        expect(isoEpoch(Number.NaN)).toBeNull();
        expect(isTime(undefined)).toBe(false);
        expect(isTime(0)).toBe(true);
    });

    it('formats ISO date-times from Apex and returns text that is not a date as it came', () => {
        expect(formatIso('2026-03-04T12:18:00.000Z')).toBe('Mar 4, 2026, 7:18 AM');
        expect(formatIso('soon')).toBe('soon');
        expect(formatIso('')).toBeNull();
        expect(formatIso(null)).toBeNull();
    });
});
