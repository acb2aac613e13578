/**
 * The payload CioContactActivityController (Apex) returns to the Contact Activity panel and the Engagement Banner:
 * one interface per inner class of CioContactActivityDto, field for field (docs/contact-activity-contract.md;
 * test/contracts/dtoContracts.test.ts pins the two sides together).
 *
 * Times are epoch milliseconds (UTC). Apex leaves out properties that are null, so every nullable property is
 * also optional here. Strings that came from Customer.io (URLs, titles, subjects, campaigns, the match note) are
 * untrusted text: components bind them as text and only make http(s) URLs into links.
 */

/** How the read went. Only OK carries engagement and KPIs; the others are designed states of the panel. */
export type PanelStatus =
    'OK' | 'NO_EMAIL' | 'NOT_FOUND' | 'NOT_CONFIGURED' | 'UNAUTHORIZED' | 'RATE_LIMITED' | 'TIMEOUT' | 'ERROR';

/** The engagement state, computed by CioEngagement at read time (DESIGN §4). */
export type EngagementState = 'HOT' | 'WARM' | 'ENGAGED' | 'QUIET' | 'NONE';

/** Which banner template the state uses. */
export type TemplateKey = 'HOT_JOB' | 'WARM_JOB' | 'ENGAGED_JOB' | 'WARM_EMAIL' | 'QUIET' | 'NONE';

/** The email activity types the panel lists. Anything else Customer.io adds is shown as it came. */
export type EmailEventType = 'sent' | 'delivered' | 'opened' | 'clicked' | 'bounced' | 'failed' | 'unsubscribed';

/** Everything the panel shows for one Contact. */
export interface Panel {
    status: PanelStatus;
    /** Plain words for non-OK statuses, e.g. "Customer.io asked us to wait 7 seconds." */
    message?: string | null;
    /** RATE_LIMITED only: how long Customer.io asked us to wait. */
    retryAfterSeconds?: number | null;
    /** When the data was read from Customer.io. */
    fetchedAt?: number | null;
    fromCache?: boolean | null;
    contact?: ContactInfo | null;
    /** Null unless a person was found. */
    person?: PersonInfo | null;
    /** People in Customer.io with this email (0, 1, n). */
    matchCount?: number | null;
    /** When matchCount > 1: which person is shown and why. */
    matchNote?: string | null;
    /** Null unless status = OK. */
    engagement?: Engagement | null;
    /** Null unless status = OK. */
    kpis?: Kpis | null;
    /** Key-page views, newest first (≤ 20). */
    keyPages?: PageView[] | null;
    /** Email activity, newest first (≤ 100). */
    emails?: EmailEvent[] | null;
}

/** The Salesforce Contact, read in user mode. */
export interface ContactInfo {
    id: string;
    name?: string | null;
    firstName?: string | null;
    email?: string | null;
    ownerName?: string | null;
}

/** The Customer.io person the panel shows. */
export interface PersonInfo {
    /** The workspace's own id for the person; may be null (email-only people). */
    id?: string | null;
    cioId?: string | null;
    email?: string | null;
}

/** The computed state and the banner wording for it. */
export interface Engagement {
    state: EngagementState;
    templateKey?: TemplateKey | null;
    /** The admin's wording for templateKey, with {placeholders}. */
    template?: string | null;
    /** Plain words: "viewed /jobs/icu-nurse 12 minutes ago". */
    reason?: string | null;
    lastActivityAt?: number | null;
    /** The placeholder values for the banner. */
    values?: TemplateValue[] | null;
}

/** One placeholder value: name without braces. */
export interface TemplateValue {
    name: string;
    value?: string | null;
}

/** The five KPI cards. */
export interface Kpis {
    lastSentAt?: number | null;
    lastOpenedAt?: number | null;
    lastClickedAt?: number | null;
    keyPagesToday?: number | null;
    lastPageUrl?: string | null;
    lastPageAt?: number | null;
}

/** One key-page view. */
export interface PageView {
    url?: string | null;
    title?: string | null;
    at?: number | null;
}

/** One email activity. */
export interface EmailEvent {
    /** Unique in the list. */
    id: string;
    /** One of EmailEventType; a type Customer.io adds later is shown as it came. */
    type: string;
    subject?: string | null;
    campaign?: string | null;
    at?: number | null;
}
