import LOCALE from '@salesforce/i18n/locale';
import type { EmailEvent, EmailEventType } from './activityTypes';

/**
 * Sorting for the email activity table. Pure: the input list is never changed, and equal keys always come out in
 * the same order (newest first, then by id), so a re-render never shuffles rows.
 */

export type SortColumn = 'time' | 'type' | 'subject' | 'campaign';
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
    readonly column: SortColumn;
    readonly direction: SortDirection;
}

/** The panel opens on the newest activity first, as Apex sends it. */
export const DEFAULT_SORT: SortState = Object.freeze({ column: 'time', direction: 'descending' });

/** The order of an email's life, which reads better than the alphabet when sorting by type. */
export const TYPE_ORDER: readonly EmailEventType[] = Object.freeze([
    'sent',
    'delivered',
    'opened',
    'clicked',
    'bounced',
    'failed',
    'unsubscribed'
]);

/** The direction a column starts in: times newest first, everything else A to Z (or life order). */
const FIRST_DIRECTION: Record<SortColumn, SortDirection> = {
    time: 'descending',
    type: 'ascending',
    subject: 'ascending',
    campaign: 'ascending'
};

/**
 * The sort after the user selects a column heading: the same column flips direction, another column starts in
 * its natural direction.
 */
export function nextSort(current: SortState, column: SortColumn): SortState {
    if (current.column === column) {
        return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
    }
    return { column, direction: FIRST_DIRECTION[column] };
}

/** The `aria-sort` value of a column heading. */
export function ariaSort(sort: SortState, column: SortColumn): SortDirection | 'none' {
    return sort.column === column ? sort.direction : 'none';
}

let collator: Intl.Collator | undefined;

function textCollator(): Intl.Collator {
    try {
        collator ??= new Intl.Collator(LOCALE, { sensitivity: 'base', numeric: true });
    } catch {
        collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    }
    return collator;
}

/** A sort key, or null for "no value": rows without one go last whichever way the column is sorted. */
type Key = number | string | null;

function typeRank(type: string): number {
    const index = (TYPE_ORDER as readonly string[]).indexOf(type);
    return index === -1 ? TYPE_ORDER.length : index;
}

function text(value: string | null | undefined): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function time(event: EmailEvent): number | null {
    return typeof event.at === 'number' && Number.isFinite(event.at) ? event.at : null;
}

function compareKeys(a: Key, b: Key): number {
    if (typeof a === 'number' && typeof b === 'number') {
        return a - b;
    }
    return textCollator().compare(String(a), String(b));
}

/** Newest first, then id: the order of rows whose sort keys are equal. */
function tieBreak(a: EmailEvent, b: EmailEvent): number {
    const byTime = (time(b) ?? -Infinity) - (time(a) ?? -Infinity);
    if (byTime !== 0 && !Number.isNaN(byTime)) {
        return byTime;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Life order; types Customer.io adds later share the last rank and are ordered by name in sortEmails. */
function typeKey(event: EmailEvent): Key {
    return typeRank(event.type);
}

function subjectKey(event: EmailEvent): Key {
    return text(event.subject);
}

function campaignKey(event: EmailEvent): Key {
    return text(event.campaign);
}

/** Each column's sort key (all key functions share subjectKey's signature). */
const KEYS: Readonly<Record<SortColumn, typeof subjectKey>> = Object.freeze({
    time,
    type: typeKey,
    subject: subjectKey,
    campaign: campaignKey
});

/**
 * The events in the order of the sort.
 * @param events email activity, in any order; not modified
 * @param sort the column and direction
 */
export function sortEmails<T extends EmailEvent>(events: readonly T[], sort: SortState): T[] {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return events
        .map((event) => ({ event, key: KEYS[sort.column](event) }))
        .sort((a, b) => {
            if (a.key === null || b.key === null) {
                if (a.key !== b.key) {
                    return a.key === null ? 1 : -1;
                }
            } else {
                const byKey = compareKeys(a.key, b.key);
                if (byKey !== 0) {
                    return sign * byKey;
                }
                if (sort.column === 'type') {
                    const byName = textCollator().compare(a.event.type, b.event.type);
                    if (byName !== 0) {
                        return sign * byName;
                    }
                }
            }
            return tieBreak(a.event, b.event);
        })
        .map(({ event }) => event);
}
