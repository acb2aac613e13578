import LOCALE from '@salesforce/i18n/locale';
import { isTime } from 'c/cioFormat';
import { LABELS } from './labels';

/**
 * Words and times for the panel. Pure functions of their arguments, except that they read the user's locale and
 * time zone once: the clock is always passed in (`now`), so the same payload reads the same in a test with a fixed
 * clock and in the browser a minute later.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Under this, in either direction, a time reads "just now" (clock skew between Salesforce and the browser). */
const JUST_NOW = MINUTE;

/** The clock the panel reads. One function, so tests (Jest fake timers) and the component agree on "now". */
export function currentTime(): number {
    return Date.now();
}

export { formatLabel } from 'c/cioFormat';

let relativeFormat: Intl.RelativeTimeFormat | undefined;

/** "12 minutes ago" in the user's language; the browser's own when it does not know the user's locale. */
function relatives(): Intl.RelativeTimeFormat {
    if (!relativeFormat) {
        try {
            relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' });
        } catch {
            relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'always' });
        }
    }
    return relativeFormat;
}

/**
 * How long ago a time was, in the user's language: "just now", "12 minutes ago", "3 hours ago", "2 days ago",
 * "4 months ago". Whole units, rounded down (so "59 minutes ago" until the hour is complete), the same way the
 * engagement engine words its reasons. A time in the future beyond a minute of clock skew reads "in 5 minutes".
 * @returns null when the time is unknown
 */
export function relativeTime(at: number | null | undefined, now: number): string | null {
    if (!isTime(at)) {
        return null;
    }
    const elapsed = now - at;
    const size = Math.abs(elapsed);
    if (size < JUST_NOW) {
        return LABELS.justNow;
    }
    const sign = elapsed > 0 ? -1 : 1;
    const [unit, length]: [Intl.RelativeTimeFormatUnit, number] =
        size < HOUR
            ? ['minute', MINUTE]
            : size < DAY
              ? ['hour', HOUR]
              : size < MONTH
                ? ['day', DAY]
                : size < YEAR
                  ? ['month', MONTH]
                  : ['year', YEAR];
    return relatives().format(sign * Math.floor(size / length), unit);
}

/** Whole seconds from now until a time, never negative: what a countdown shows. */
export function secondsUntil(at: number, now: number): number {
    return Math.max(0, Math.ceil((at - now) / SECOND));
}

export { formatEpoch as formatDateTime, isoEpoch as isoDateTime } from 'c/cioFormat';
