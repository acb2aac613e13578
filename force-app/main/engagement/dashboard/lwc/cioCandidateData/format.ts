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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest unit that fits, up to weeks: how a recruiter says it ("3 hours ago", "yesterday", "2 weeks ago"). */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
    ['week', 7 * DAY],
    ['day', DAY],
    ['hour', HOUR],
    ['minute', MINUTE]
];

let relativeFormat: Intl.RelativeTimeFormat | undefined;
let absoluteFormat: Intl.DateTimeFormat | undefined;

function relativeFormatter(): Intl.RelativeTimeFormat {
    if (!relativeFormat) {
        try {
            relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
        } catch {
            // A locale the browser does not know: fall back to the browser's own.
            relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
        }
    }
    return relativeFormat;
}

function absoluteFormatter(): Intl.DateTimeFormat {
    if (!absoluteFormat) {
        const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
        try {
            absoluteFormat = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: TIME_ZONE });
        } catch {
            // A locale or time zone the browser does not know: fall back to the browser's own.
            absoluteFormat = new Intl.DateTimeFormat(undefined, options);
        }
    }
    return absoluteFormat;
}

function isTime(value: number | null | undefined): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/**
 * How long ago an epoch-milliseconds time was, in the user's locale: "now", "12 minutes ago", "yesterday".
 * A time up to a minute in the future (clock skew between the server and the browser) reads as "now".
 * @returns null when the time is unknown
 */
export function relativeTime(at: number | null | undefined, nowMs: number): string | null {
    if (!isTime(at)) {
        return null;
    }
    const elapsed = Math.max(0, nowMs - at);
    for (const [unit, size] of UNITS) {
        if (elapsed >= size) {
            return relativeFormatter().format(-Math.floor(elapsed / size), unit);
        }
    }
    return relativeFormatter().format(0, 'second');
}

/** An epoch-milliseconds time in the user's locale and time zone, e.g. "Mar 4, 2026, 7:18 AM"; null when unknown. */
export function absoluteTime(at: number | null | undefined): string | null {
    return isTime(at) ? absoluteFormatter().format(new Date(at)) : null;
}

/** An epoch-milliseconds time as ISO-8601 (for `<time datetime>`); null when unknown. */
export function isoTime(at: number | null | undefined): string | null {
    return isTime(at) ? new Date(at).toISOString() : null;
}
