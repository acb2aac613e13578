import {
    LABELS,
    absoluteTime,
    formatLabel,
    isoTime,
    relativeTime,
    stateLook,
    stateRank,
    type Candidate,
    type CandidateList,
    type Scope
} from 'c/cioCandidateData';

/**
 * Pure functions from the Apex DTOs to what the widget's template binds. Every string from Customer.io or from a
 * record stays text; only a parsed http(s) URL becomes a link, and a record id only after it is checked.
 */

/** A key page as the row shows it: a link only for http(s), otherwise the text exactly as it came. */
export interface KeyPageLink {
    href: string | null;
    text: string;
    /** The full address, as a tooltip. */
    title: string;
}

export interface CandidateRow {
    key: string;
    contactId: string;
    name: string;
    /** The Contact's record page; null when the id does not look like a record id. */
    recordUrl: string | null;
    stateLabel: string;
    stateIcon: string;
    stateIconVariant: string | null;
    badgeClass: string;
    reason: string;
    hasReason: boolean;
    activityText: string;
    activityTitle: string | null;
    activityIso: string | null;
    /** "Owner: Maria Chen" on Team and Pipeline; null on My (it is always you) or when unknown. */
    ownerText: string | null;
    keyPage: KeyPageLink | null;
    isNew: boolean;
    rowClass: string;
    claimText: string;
    claimAssistive: string;
    claimDisabled: boolean;
}

export interface RowOptions {
    scope: Scope;
    nowMs: number;
    /** The contact a claim is running for; every claim button is disabled meanwhile. */
    claimingId: string | null;
}

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** The Lightning record page of a Contact, or null when the id is not a well-formed record id. */
export function contactUrl(contactId: string | null | undefined): string | null {
    return contactId && RECORD_ID.test(contactId) ? `/lightning/r/Contact/${contactId}/view` : null;
}

/**
 * A key-page URL as the row shows it. It came from Customer.io (any visitor's browser can put anything there), so
 * it is a link only when it parses as an http: or https: URL; `javascript:`, `data:` and unparseable text are
 * shown as plain text, exactly as received.
 * @returns null when there is no URL
 */
export function keyPageLink(url: string | null | undefined): KeyPageLink | null {
    const text = url?.trim() ?? '';
    if (text === '') {
        return null;
    }
    let parsed: URL;
    try {
        parsed = new URL(text);
    } catch {
        return { href: null, text, title: text };
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return { href: null, text, title: text };
    }
    // Host and path read best in a narrow column; the host stays visible so a link never hides where it goes.
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return { href: parsed.href, text: parsed.host + path, title: parsed.href };
}

function activityTime(candidate: Candidate): number {
    return typeof candidate.lastActivityAt === 'number' ? candidate.lastActivityAt : Number.NEGATIVE_INFINITY;
}

/**
 * Hottest first (HOT, WARM, ENGAGED, then anything else), then the most recent activity. Apex sends them in this
 * order already; sorting again (stable, so ties keep Apex's order) keeps the promise for any list the widget
 * shows, including a claim's answer and preview fixtures.
 */
export function sortCandidates(candidates: readonly Candidate[] | null | undefined): Candidate[] {
    return [...(candidates ?? [])].sort((a, b) => {
        const byState = stateRank(a.state) - stateRank(b.state);
        if (byState !== 0) {
            return byState;
        }
        const newer = activityTime(b) - activityTime(a);
        return Number.isNaN(newer) ? 0 : Math.sign(newer);
    });
}

function trimmed(value: string | null | undefined): string {
    return value?.trim() ?? '';
}

/** The text a candidate is called by: the name, else the record id (a row always needs a visible name). */
export function candidateName(candidate: Candidate): string {
    return trimmed(candidate.name) || candidate.contactId;
}

/** One row per candidate, in the order given. */
export function candidateRows(candidates: readonly Candidate[], options: RowOptions): CandidateRow[] {
    const showOwner = options.scope !== 'MY';
    return candidates.map((candidate) => {
        const look = stateLook(candidate.state, candidate.templateKey);
        const name = candidateName(candidate);
        const ago = relativeTime(candidate.lastActivityAt, options.nowMs);
        const owner = trimmed(candidate.ownerName);
        const isNew = candidate.isNew === true;
        const claiming = options.claimingId === candidate.contactId;
        return {
            key: candidate.contactId,
            contactId: candidate.contactId,
            name,
            recordUrl: contactUrl(candidate.contactId),
            stateLabel: look.label,
            stateIcon: look.iconName,
            stateIconVariant: look.iconVariant,
            badgeClass: look.badgeClass,
            reason: trimmed(candidate.reason),
            hasReason: trimmed(candidate.reason) !== '',
            activityText: ago ? formatLabel(LABELS.lastActivity, ago) : LABELS.noActivityTime,
            activityTitle: absoluteTime(candidate.lastActivityAt),
            activityIso: isoTime(candidate.lastActivityAt),
            ownerText: showOwner && owner !== '' ? formatLabel(LABELS.owner, owner) : null,
            keyPage: keyPageLink(candidate.topKeyPageUrl),
            isNew,
            rowClass: `slds-item candidate${isNew ? ' candidate_new' : ''}`,
            claimText: claiming ? LABELS.claiming : LABELS.claim,
            claimAssistive: formatLabel(LABELS.claimAssistive, name),
            claimDisabled: options.claimingId !== null
        };
    });
}

/** "Showing 200 of 347 …" when the list is cut; null when it is complete. */
export function truncationText(list: CandidateList | null, shown: number): string | null {
    if (list?.truncated !== true) {
        return null;
    }
    const total = list.counts?.total;
    return typeof total === 'number' && total > shown
        ? formatLabel(LABELS.truncated, shown, total)
        : formatLabel(LABELS.truncatedNoTotal, shown);
}

/** "3 new since you last looked"; null when nothing is new. */
export function newCountText(candidates: readonly Candidate[]): string | null {
    const count = candidates.filter((candidate) => candidate.isNew === true).length;
    return count > 0 ? formatLabel(LABELS.newCount, count) : null;
}
