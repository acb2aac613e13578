/**
 * What CioCandidatesController (Apex) returns to the candidate widgets and banners: one interface per DTO class of
 * CioCandidatesDto (and CioContactActivityDto.TemplateValue), property for property, as docs/engagement-contract.md
 * fixes them. test/contracts/dtoContracts.test.ts compares these names with the Apex classes.
 *
 * Apex serialises absent values as null or leaves the key out, so every nullable property is read with `??`.
 * Strings that came from Customer.io or from records (name, reason, ownerName, topKeyPageUrl, template values) are
 * untrusted text: the components bind them as text and only ever make http(s) URLs into links.
 */

/** Which candidates a widget lists: mine, my team's (by the admin's Team Scope Strategy), or the unassigned pool. */
export type Scope = 'MY' | 'TEAM' | 'PIPELINE';

/** OK, or why there is nothing to list; `message` says in plain words what to fix. */
export type ListStatus = 'OK' | 'NOT_CONFIGURED' | 'NO_POOL_OWNER' | 'INVALID_CONFIGURATION' | 'ERROR';

/** Active states only: a widget never lists QUIET or NONE candidates. */
export type ActiveState = 'HOT' | 'WARM' | 'ENGAGED';

/** One placeholder value for the banner template (CioContactActivityDto.TemplateValue). */
export interface TemplateValue {
    /** The placeholder name without braces: count, hot, warm, engaged, owner. */
    name: string;
    value: string | null;
}

/** The admin's summary wording for one scope and the values to fill it with. */
export interface Banner {
    /** MY_SUMMARY | TEAM_SUMMARY | PIPELINE_SUMMARY */
    templateKey: string;
    /** Plain text with {placeholders}, rendered by renderTemplate() from c/cioTemplates. */
    template: string | null;
    values: TemplateValue[] | null;
}

/** Active candidates per state. With `truncated`, these count every active candidate, not only those listed. */
export interface StateCounts {
    hot: number | null;
    warm: number | null;
    engaged: number | null;
    total: number | null;
}

/** One active candidate: a Contact whose Candidate Owner Field is in scope, with its engagement at read time. */
export interface Candidate {
    contactId: string;
    name: string | null;
    /** HOT | WARM | ENGAGED (a string, so a state added later still renders). */
    state: string;
    /** HOT_JOB | WARM_JOB | ENGAGED_JOB | WARM_EMAIL */
    templateKey: string | null;
    /** Why the candidate is in this state, in words: "viewed /jobs/icu-nurse 12 minutes ago". */
    reason: string | null;
    /** Epoch milliseconds of the newest activity. */
    lastActivityAt: number | null;
    ownerId: string | null;
    ownerName: string | null;
    /** The most recently viewed key page; untrusted. */
    topKeyPageUrl: string | null;
    /** Activity since this user last opened this widget. */
    isNew: boolean | null;
}

/** What getCandidates(scope) and claimCandidate(contactId) return. */
export interface CandidateList {
    status: ListStatus;
    /** Plain words for non-OK statuses, including how to fix the configuration. */
    message: string | null;
    scope: Scope;
    /** Who is in scope, e.g. "Your team (Manager hierarchy, 6 people)". */
    scopeLabel: string | null;
    /** Active only, hottest first, then most recent activity; at most 200. */
    candidates: Candidate[] | null;
    counts: StateCounts | null;
    banner: Banner | null;
    /** Epoch milliseconds when the server read the list. */
    generatedAt: number | null;
    /** More active candidates exist than are listed. */
    truncated: boolean | null;
}
