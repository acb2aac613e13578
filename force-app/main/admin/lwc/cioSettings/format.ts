import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';

/**
 * Fills `{0}`, `{1}`… in a custom label with the given values (the convention of Apex String.format). Values are
 * plain text and the result is bound as text, never as HTML.
 */
export function formatLabel(label: string, ...values: (string | number)[]): string {
    return label.replace(/\{(\d+)\}/g, (token, index: string) => {
        const value = values[Number(index)];
        return value === undefined ? token : String(value);
    });
}

let formatter: Intl.DateTimeFormat | undefined;

function dateTimeFormat(): Intl.DateTimeFormat {
    if (!formatter) {
        const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
        try {
            formatter = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: TIME_ZONE });
        } catch {
            // A locale or time zone the browser does not know: fall back to the browser's own.
            formatter = new Intl.DateTimeFormat(undefined, options);
        }
    }
    return formatter;
}

/**
 * An ISO-8601 date-time from Apex in the user's locale and time zone, e.g. "Mar 4, 2025, 8:42 AM".
 * @returns null for null; the text as it came for anything that is not a date
 */
export function formatDateTime(iso: string | null | undefined): string | null {
    if (iso === null || iso === undefined || iso === '') {
        return null;
    }
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : dateTimeFormat().format(date);
}
