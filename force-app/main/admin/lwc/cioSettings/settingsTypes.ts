/**
 * The shapes CioSettingsController (Apex) exchanges with the Settings tab. Apex is the source of truth: these
 * mirror its inner classes field for field (CioSettingsController.SettingsView, SettingsInput, SaveResult,
 * ConnectionReport). Dates are ISO-8601 strings; absent values are null.
 */

export type Region = 'US' | 'EU';
export type TeamScope = 'MANAGER_HIERARCHY' | 'PUBLIC_GROUP' | 'QUEUE' | 'ALL_USERS';

/** One banner template's wording, keyed by template key (HOT_JOB, WARM_JOB, …, PIPELINE_SUMMARY). */
export interface TemplateValue {
    key: string;
    value: string | null;
}

/** What the admin edits and saves. Field names double as the keys of SaveResult.fieldErrors. */
export interface SettingsInput {
    enabled: boolean;
    siteId: string | null;
    region: Region;
    candidateOwnerField: string;
    teamScope: TeamScope;
    teamGroupId: string | null;
    unassignedPoolOwnerId: string | null;
    keyPagePatterns: string;
    hotWindowMinutes: number;
    warmWindowHours: number;
    engagedWindowDays: number;
    emailWarmWindowHours: number;
    logRetentionDays: number;
    templates: TemplateValue[];
}

/** A write-only API key: whether it is set and when, never its value. */
export interface CredentialStatus {
    isSet: boolean;
    lastChangedAt: string | null;
    lastChangedBy: string | null;
}

export interface Option {
    label: string;
    value: string;
}

/** A template key with its human label and built-in default wording. */
export interface TemplateDefinition {
    key: string;
    label: string;
    defaultValue: string;
}

export interface Health {
    enabled: boolean;
    sandboxGuardTripped: boolean;
    credentialsSet: boolean;
    lastSuccessCdp: string | null;
    lastSuccessAppApi: string | null;
    /** False until the outbound engine's outbox object exists; the counts below are then null. */
    outboxAvailable: boolean;
    pendingEvents: number | null;
    failedEvents: number | null;
    deadEvents: number | null;
    oldestPendingAt: string | null;
    purgeScheduled: boolean;
    purgeNextRunAt: string | null;
    /** The user the last sender job ran as (null until one ran). */
    senderRunsAs: string | null;
    /** Whether that user could use the Pipelines credential (null until a sender ran). */
    senderHasAccess: boolean | null;
}

export interface SettingsView {
    /** The user holds the CIO_Manage_Settings custom permission (may save). */
    canManage: boolean;
    /** The user holds the CIO_Test_Connection custom permission (may run Test Connection). */
    canTest: boolean;
    settings: SettingsInput;
    writeKey: CredentialStatus;
    appApiKey: CredentialStatus;
    ownerFieldOptions: Option[];
    templates: TemplateDefinition[];
    health: Health;
}

/** A validation failure for one input; `field` is a SettingsInput key, `template.<KEY>`, `writeKey` or `appApiKey`. */
export interface FieldError {
    field: string;
    message: string;
}

export interface SaveResult {
    ok: boolean;
    message: string | null;
    fieldErrors: FieldError[];
    /** The settings as saved (present when ok). */
    view: SettingsView | null;
}

export interface ApiCheck {
    api: 'CDP' | 'APP_API';
    ok: boolean;
    /** True when the check did not run (e.g. its key is not set); `message` says why. */
    skipped: boolean;
    statusCode: number | null;
    latencyMs: number | null;
    message: string;
    /** App API only: the workspace name Customer.io returned. */
    workspaceName: string | null;
    /** Set when the chosen region answered 401 and the other region accepted the key. */
    regionHint: Region | null;
}

export interface ConnectionReport {
    cdp: ApiCheck;
    appApi: ApiCheck;
}
