/**
 * The one clock the candidate widgets read "now" from, so relative times ("12 minutes ago") can be frozen: Jest
 * tests and the local preview set it to the moment their fixtures were generated, and the times then read as they
 * did when the data was fresh. On the platform nothing sets it and it is the browser's clock.
 */

/** Returns the current time in epoch milliseconds. */
export type TimeSource = () => number;

const systemTime: TimeSource = () => Date.now();

let source: TimeSource = systemTime;

/** The current time in epoch milliseconds. */
export function now(): number {
    return source();
}

/**
 * Replaces the clock.
 * @param next a time source, a fixed epoch-milliseconds time, or null for the browser's clock again
 */
export function setClock(next: TimeSource | number | null): void {
    if (next === null) {
        source = systemTime;
    } else if (typeof next === 'number') {
        source = () => next;
    } else {
        source = next;
    }
}
