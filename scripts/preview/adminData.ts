/**
 * The Settings and Triggers tabs' data in the preview: variants of their Jest fixtures for the scenarios, and the
 * handlers for calls that write or that progress over time. Every answer starts from a fixture file; nothing here
 * is a second copy of one.
 */
import type {
    ConnectionReport,
    CredentialStatus,
    SaveResult,
    SettingsInput,
    SettingsView
} from '../../force-app/main/admin/lwc/cioSettings/settingsTypes';
import type {
    BackfillStatus,
    PreviewResult,
    TriggerRow
} from '../../force-app/main/admin/lwc/cioTriggerEditor/triggerTypes';
import type { ApexParams, HandlerContext } from './backend';

export const SETTINGS = 'cioSettings';
export const TRIGGERS = 'cioTriggerEditor';

/** The one Contact the preview org has: the Contact Activity page shows it, the payload preview builds for it. */
export const SAMPLE_CONTACT_ID = '003000000000001AAA';

/** Who the preview says saved something. */
export const PREVIEW_USER = 'You (preview)';

const NOT_SET: CredentialStatus = { isSet: false, lastChangedAt: null, lastChangedBy: null };

/** A copy, so no variant ever changes the parsed fixture another call may see. */
function copy<T>(value: T): T {
    return structuredClone(value);
}

/** A freshly installed package: no keys, no Site ID, sending off, nothing sent or scheduled yet. */
export function unconfiguredView(data: unknown): SettingsView {
    const view = copy(data as SettingsView);
    view.settings = {
        ...view.settings,
        enabled: false,
        siteId: null,
        candidateOwnerField: 'OwnerId',
        teamGroupId: null,
        unassignedPoolOwnerId: null,
        templates: view.settings.templates.map((template) => ({ key: template.key, value: null }))
    };
    view.writeKey = NOT_SET;
    view.appApiKey = NOT_SET;
    view.health = {
        ...view.health,
        enabled: false,
        credentialsSet: false,
        lastSuccessCdp: null,
        lastSuccessAppApi: null,
        pendingEvents: 0,
        failedEvents: 0,
        deadEvents: 0,
        oldestPendingAt: null,
        purgeScheduled: false,
        purgeNextRunAt: null,
        senderRunsAs: null,
        senderHasAccess: null
    };
    return view;
}

/** An admin without the CIO Pipelines Admin custom permissions: sees the settings, may change nothing. */
export function readOnlyView(data: unknown): SettingsView {
    return { ...copy(data as SettingsView), canManage: false, canTest: false };
}

/** Test Connection with no keys saved: both checks are skipped, worded as CioConnectionTester words them. */
export function untestedReport(data: unknown, context: HandlerContext): ConnectionReport {
    const report = copy(data as ConnectionReport);
    const skipped = (check: ConnectionReport['cdp'], keyLabel: string): ConnectionReport['cdp'] => ({
        ...check,
        ok: false,
        skipped: true,
        statusCode: null,
        latencyMs: null,
        workspaceName: null,
        regionHint: null,
        message: context.label('Cio_Test_SkippedNoKey', context.label(keyLabel))
    });
    return { cdp: skipped(report.cdp, 'Cio_Key_WriteKey'), appApi: skipped(report.appApi, 'Cio_Key_AppApiKey') };
}

/**
 * saveSettings, accepted: answers as Apex does after a save, with the view holding what was sent. The preview
 * keeps nothing: a reload starts again from the fixture.
 */
export function saveSettingsAccepted(params: ApexParams, context: HandlerContext): SaveResult {
    const view = copy(context.fixture(SETTINGS, 'settingsView.json') as SettingsView);
    view.settings = { ...view.settings, ...(params.input as Partial<SettingsInput>) };
    view.health = { ...view.health, enabled: view.settings.enabled };
    return { ok: true, message: null, fieldErrors: [], view };
}

/** saveApiKeys, accepted: every key that was typed is now saved, by the preview user, now. */
export function saveApiKeysAccepted(params: ApexParams, context: HandlerContext): SaveResult {
    const view = copy(context.fixture(SETTINGS, 'settingsView.json') as SettingsView);
    const saved: CredentialStatus = {
        isSet: true,
        lastChangedAt: new Date().toISOString(),
        lastChangedBy: PREVIEW_USER
    };
    if (params.writeKey) view.writeKey = saved;
    if (params.appApiKey) view.appApiKey = saved;
    view.health = { ...view.health, credentialsSet: view.writeKey.isSet && view.appApiKey.isSet };
    return { ok: true, message: null, fieldErrors: [], view };
}

/**
 * previewPayload: the preview org holds one record, the sample Contact. For it (and a trigger on Contact) the
 * answer is the payload fixture; for any other ID it is the refusal Apex gives for a record that does not exist.
 */
export function previewPayloadFor(params: ApexParams, context: HandlerContext): PreviewResult {
    const triggerName = String(params.triggerName ?? '');
    const recordId = String(params.recordId ?? '');
    const triggers = context.fixture(TRIGGERS, 'triggers.json') as TriggerRow[];
    const trigger = triggers.find((row) => row.developerName === triggerName);
    if (!trigger) {
        return { ok: false, message: context.label('Cio_Triggers_PreviewUnknownTrigger', triggerName) };
    }
    if (recordId === SAMPLE_CONTACT_ID && trigger.objectApiName === 'Contact') {
        return context.fixture(TRIGGERS, 'previewResult.ok.json') as PreviewResult;
    }
    return {
        ok: false,
        message: context.label('Cio_Triggers_PreviewRecordNotFound', recordId, trigger.objectApiName ?? '')
    };
}

/** How many records a sync would read in the preview org. */
export const SAMPLE_SYNC_COUNT = 412;
const SYNC_JOB_ID = '7070000000000SYNC';
/** Batches of 200: the sample count takes three. */
const SYNC_BATCHES = Math.ceil(SAMPLE_SYNC_COUNT / 200);

export function countRecordsInPreview(): number {
    return SAMPLE_SYNC_COUNT;
}

/** startBackfill: starts a simulated batch job that finishes one batch per status read. */
export function startBackfillInPreview(_params: ApexParams, context: HandlerContext): string {
    context.state.set(SYNC_JOB_ID, 0);
    return SYNC_JOB_ID;
}

export function backfillStatusInPreview(params: ApexParams, context: HandlerContext): BackfillStatus {
    const jobId = String(params.jobId ?? '');
    const processed = Math.min(
        ((context.state.get(jobId) as number | undefined) ?? SYNC_BATCHES - 1) + 1,
        SYNC_BATCHES
    );
    context.state.set(jobId, processed);
    const done = processed >= SYNC_BATCHES;
    return {
        status: done ? 'Completed' : 'Processing',
        itemsProcessed: processed,
        totalItems: SYNC_BATCHES,
        errors: 0,
        completedAt: done ? new Date().toISOString() : null,
        message: null
    };
}

/** The list the Triggers tab shows right after install. */
export function noTriggers(): TriggerRow[] {
    return [];
}
