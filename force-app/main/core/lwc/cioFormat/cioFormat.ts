import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/**
 * The formatting every CIO Pipelines component shares: custom labels with `{0}` placeholders and date-times in the
 * user's locale and time zone. Pure functions (the locale and time zone are read once); every result is plain text
 * that components bind as text, never as HTML.
 */

/**
 * Fills `{0}`, `{1}`… in a custom label (the convention of Apex String.format). A placeholder without a value stays
 * as written, so a missing value shows instead of vanishing.
 */
export function formatLabel(label: string, ...values: (string | number)[]): string {
    return label.replace(/\{(\d+)\}/g, (token, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? token : String(value);
    });
}

let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** Medium date, short time, in the user's locale and time zone; the browser's own when it does not know them. */
function dateTimes(): Intl.DateTimeFormat {
    if (!dateTimeFormat) {
        const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
        try {
            dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: TIME_ZONE });
        } catch {
            dateTimeFormat = new Intl.DateTimeFormat(undefined, options);
        }
    }
    return dateTimeFormat;
}

/** Whether a value is an epoch-millisecond time (a finite number). */
export function isTime(at: number | null | undefined): at is number {
    return typeof at === 'number' && Number.isFinite(at);
}

/** An epoch-millisecond time in the user's locale and time zone, e.g. "Mar 4, 2026, 7:18 AM"; null when unknown. */
export function formatEpoch(at: number | null | undefined): string | null {
    return isTime(at) ? dateTimes().format(new Date(at)) : null;
}

/** An epoch-millisecond time as ISO-8601, for `<time datetime>`; null when unknown. */
export function isoEpoch(at: number | null | undefined): string | null {
    return isTime(at) ? new Date(at).toISOString() : null;
}

/**
 * An ISO-8601 date-time from Apex in the user's locale and time zone.
 * @returns null for null or blank; the text as it came for anything that is not a date
 */
export function formatIso(iso: string | null | undefined): string | null {
    if (iso === null || iso === undefined || iso === '') {
        return null;
    }
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateTimes().format(date);
}
