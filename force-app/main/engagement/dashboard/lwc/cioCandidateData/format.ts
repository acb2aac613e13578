import LOCALE from '@salesforce/i18n/locale';
import { isTime } from 'c/cioFormat';

export { formatLabel } from 'c/cioFormat';

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

export { formatEpoch as absoluteTime, isoEpoch as isoTime } from 'c/cioFormat';
