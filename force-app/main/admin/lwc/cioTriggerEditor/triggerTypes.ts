/**
 * The shapes CioTriggerListController (Apex) returns to the Triggers tab. Apex is the source of truth: these
 * mirror its inner classes TriggerRow, MappingRow and PreviewResult field for field. Apex leaves null properties out of the
 * JSON, so every nullable field may also be missing.
 */

/** The After_* boxes of an Event Trigger, in this order. */
export type Operation = 'Insert' | 'Update' | 'Delete' | 'Undelete';

/** Event_Type__c: which Pipelines call the trigger makes. */
export type EventType = 'identify' | 'track' | 'group' | 'delete';

/** One field mapping: the value of sourceField goes to targetKey in traits or properties. */
export interface MappingRow {
    sourceField?: string | null;
    targetKey?: string | null;
    sendBlankAsNull: boolean;
    sortOrder?: number | null;
}

/** One Event Trigger with its mappings and the state of the Apex trigger its object needs. */
export interface TriggerRow {
    developerName: string;
    label: string;
    objectApiName?: string | null;
    operations: Operation[];
    eventType?: EventType | null;
    eventName?: string | null;
    userIdField?: string | null;
    groupIdField?: string | null;
    /** The Customer.io object type id of a group trigger (a stringified integer). */
    objectTypeId?: string | null;
    changedFields?: string | null;
    active: boolean;
    description?: string | null;
    mappingCount: number;
    /** In Sort_Order__c order. */
    mappings: MappingRow[];
    /** null when the user may not read Apex triggers, so it could not be checked. */
    hasApexTrigger?: boolean | null;
    /** Cio<Object>Trigger; null when the object cannot carry a trigger (blank, malformed, __e, __mdt…). */
    suggestedTriggerName?: string | null;
    /** The trigger to deploy, as `npm run generate:trigger` writes it. */
    suggestedTriggerSource?: string | null;
    objectExists: boolean;
}

/** What previewPayload returns: the event a trigger would build for one record, or why there is none. */
export interface PreviewResult {
    ok: boolean;
    /** The event as it would be queued (messageId included), pretty-printed JSON; missing when not ok. */
    json?: string | null;
    /** Why there is no event (unknown trigger, wrong object, no such record, skipped or misconfigured). */
    message?: string | null;
}

/** Holding, Queued, Preparing and Processing: the sync has not finished. */
export type BackfillJobStatus = 'Holding' | 'Queued' | 'Preparing' | 'Processing' | 'Completed' | 'Failed' | 'Aborted';

/** What CioBackfillController.backfillStatus returns (its inner class BackfillStatus): a sync job's progress. */
export interface BackfillStatus {
    status: BackfillJobStatus;
    /** Batches (of up to 200 records) processed so far. */
    itemsProcessed: number;
    totalItems: number;
    /** Batches that failed as a whole. */
    errors: number;
    /** ISO datetime; missing until the job has finished. */
    completedAt?: string | null;
    /** The platform's reason when the job failed. */
    message?: string | null;
}
