/**
 * The shapes CioTriggerEditorController (Apex) exchanges with the Triggers tab editor. Apex is the source of truth:
 * these mirror its inner classes, and CioTriggerDeployer's TriggerInput / MappingInput and CioSettingsDto's
 * FieldError, field for field (test/contracts/dtoContracts.test.ts checks it). Apex leaves null properties out of
 * the JSON, so nullable fields may also be missing. docs/trigger-editor-contract.md describes each method.
 */

/** An object that can carry an Apex trigger. */
export interface ObjectOption {
    apiName: string;
    label: string;
}

/** One field of an object, as describe gives it. */
export interface FieldOption {
    apiName: string;
    label: string;
    /** The describe DisplayType name, e.g. STRING, REFERENCE, DATETIME. */
    type: string;
    /** Only for single-target lookups: the name to write parent paths with (`Account` in `Account.Industry`). */
    relationshipName?: string | null;
    /** Only for single-target lookups: the parent object. */
    referenceTo?: string | null;
}

/** An object and its fields, sorted by label. */
export interface ObjectSchema {
    apiName: string;
    label: string;
    fields: FieldOption[];
}

/** One field mapping as the editor saves it. */
export interface MappingInput {
    source: string;
    target: string;
    sendBlankAsNull: boolean;
}

/** One Event Trigger as the editor saves it. Operations are lower case: insert, update, delete, undelete. */
export interface TriggerInput {
    name: string;
    label: string;
    objectApiName: string;
    operations: string[];
    eventType: string;
    eventName: string | null;
    userIdField: string | null;
    groupIdField: string | null;
    objectTypeId: string | null;
    changedFields: string[];
    active: boolean;
    description: string | null;
    mappings: MappingInput[];
}

/** A problem with one field: keys are TriggerInput property names, `changedFields[i]`, `mappings[i].source|target`. */
export interface FieldError {
    field: string;
    message: string;
}

/** What saveTrigger returns: the deployment job, or every problem (nothing was deployed). */
export interface SaveTriggerResult {
    ok: boolean;
    jobId?: string | null;
    errors?: FieldError[] | null;
}

export type DeploymentState = 'InProgress' | 'Succeeded' | 'Failed';

/** What deploymentStatus returns, from the Activity Log row the deploy callback writes. */
export interface DeploymentStatus {
    state: DeploymentState;
    /** What was deployed, or the platform's errors. */
    message?: string | null;
    /** APEX_DEPLOY_NOT_ALLOWED when the org does not let packages deploy metadata from Apex. */
    errorKind?: string | null;
    /** Epoch milliseconds; missing while in progress. */
    finishedAt?: number | null;
}

/** What sendPreviewNow returns. */
export interface SendNowResult {
    ok: boolean;
    message?: string | null;
    messageId?: string | null;
}
