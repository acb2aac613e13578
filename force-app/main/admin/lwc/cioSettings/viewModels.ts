import { PLACEHOLDERS, formatPlaceholder, renderTemplate, sampleValues } from 'c/cioTemplates';
import { formatDateTime, formatLabel } from './format';
import { templateField, type FormModel } from './formState';
import { LABELS } from './labels';
import type { ApiCheck, ConnectionReport, CredentialStatus, Health, Option, TemplateDefinition } from './settingsTypes';

/**
 * Turns what Apex returns into what the template shows: plain strings, icons and flags, so the HTML stays free
 * of logic. Pure functions of their arguments.
 */

/** The one line that schedules the Activity Log purge. Code, not wording: not translated. */
export const PURGE_COMMAND = 'CioActivityLogPurge.scheduleDaily();';

export const REGION_OPTIONS: readonly Option[] = [
    { label: LABELS.regionUs, value: 'US' },
    { label: LABELS.regionEu, value: 'EU' }
];

export const TEAM_SCOPE_OPTIONS: readonly Option[] = [
    { label: LABELS.scopeManagerHierarchy, value: 'MANAGER_HIERARCHY' },
    { label: LABELS.scopePublicGroup, value: 'PUBLIC_GROUP' },
    { label: LABELS.scopeQueue, value: 'QUEUE' },
    { label: LABELS.scopeAllUsers, value: 'ALL_USERS' }
];

/** "Saved · last changed <date> by <user>", or "Not set". */
export function keyStatus(status: CredentialStatus | null | undefined): string {
    if (!status?.isSet) {
        return LABELS.keyNotSet;
    }
    const when = formatDateTime(status.lastChangedAt);
    if (when === null) {
        return LABELS.keySaved;
    }
    return status.lastChangedBy
        ? formatLabel(LABELS.keySavedBy, when, status.lastChangedBy)
        : formatLabel(LABELS.keySavedAt, when);
}

export interface CheckRow {
    api: string;
    name: string;
    status: string;
    iconName: string;
    iconVariant: string;
    /** "HTTP 200 · 184 ms"; empty when the check did not run. */
    details: string;
    message: string;
    workspace: string | null;
}

function checkRow(check: ApiCheck, name: string): CheckRow {
    const details = [
        check.statusCode === null ? null : formatLabel(LABELS.statusCode, check.statusCode),
        check.latencyMs === null ? null : formatLabel(LABELS.latency, check.latencyMs)
    ].filter((part): part is string => part !== null);
    const [status, iconName, iconVariant] = check.skipped
        ? [LABELS.checkSkipped, 'utility:ban', '']
        : check.ok
          ? [LABELS.checkPassed, 'utility:success', 'success']
          : [LABELS.checkFailed, 'utility:error', 'error'];
    return {
        api: check.api,
        name,
        status,
        iconName,
        iconVariant,
        details: details.join(' · '),
        message: check.message,
        workspace: check.workspaceName ? formatLabel(LABELS.workspace, check.workspaceName) : null
    };
}

/** One row per API, Pipelines first. */
export function connectionRows(report: ConnectionReport): CheckRow[] {
    return [checkRow(report.cdp, LABELS.pipelinesApi), checkRow(report.appApi, LABELS.appApi)];
}

export interface RegionHint {
    region: string;
    message: string;
    switchLabel: string;
    /** The form already has this region (not yet saved). */
    switched: boolean;
    switchedMessage: string;
}

/**
 * The regions Customer.io says the workspace is in instead of the one tested (normally one, named by both APIs).
 * @param report the Test Connection result
 * @param testedRegion the saved region Test Connection used
 * @param formRegion the region in the form now
 */
export function regionHints(report: ConnectionReport, testedRegion: string, formRegion: string): RegionHint[] {
    const regions = [report.cdp.regionHint, report.appApi.regionHint].filter(
        (region, index, all): region is NonNullable<typeof region> => region !== null && all.indexOf(region) === index
    );
    return regions.map((region) => ({
        region,
        message: formatLabel(LABELS.regionHint, region, testedRegion),
        switchLabel: formatLabel(LABELS.switchRegion, region),
        switched: formRegion === region,
        switchedMessage: formatLabel(LABELS.regionSwitched, region)
    }));
}

export interface HealthItem {
    key: string;
    term: string;
    value: string;
    /** Something for the admin to act on: shown in the error colour. */
    attention: boolean;
    valueClass: string;
    /** A line of Apex to run, shown as code. */
    code: string | null;
}

function item(key: string, term: string, value: string, attention = false, code: string | null = null): HealthItem {
    return { key, term, value, attention, valueClass: attention ? 'slds-text-color_error' : '', code };
}

function count(value: number | null): string {
    return value === null ? '—' : String(value);
}

function outboxItems(health: Health): HealthItem[] {
    if (!health.outboxAvailable) {
        return [item('outbox', LABELS.healthOutbox, LABELS.healthOutboxUnavailable)];
    }
    return [
        item('pending', LABELS.healthPending, count(health.pendingEvents)),
        item('failed', LABELS.healthFailed, count(health.failedEvents), (health.failedEvents ?? 0) > 0),
        item('dead', LABELS.healthDead, count(health.deadEvents), (health.deadEvents ?? 0) > 0),
        item('oldestPending', LABELS.healthOldestPending, formatDateTime(health.oldestPendingAt) ?? LABELS.healthNone)
    ];
}

function senderItem(health: Health): HealthItem {
    if (health.senderRunsAs === null) {
        return item('sender', LABELS.healthSender, LABELS.healthSenderNotYet);
    }
    return health.senderHasAccess === false
        ? item('sender', LABELS.healthSender, formatLabel(LABELS.healthSenderNoAccess, health.senderRunsAs), true)
        : item('sender', LABELS.healthSender, formatLabel(LABELS.healthSenderOk, health.senderRunsAs));
}

function purgeItem(health: Health): HealthItem {
    if (!health.purgeScheduled) {
        return item('purge', LABELS.healthPurge, LABELS.healthPurgeNotScheduled, true, PURGE_COMMAND);
    }
    const next = formatDateTime(health.purgeNextRunAt);
    return item(
        'purge',
        LABELS.healthPurge,
        next === null ? LABELS.healthPurgeScheduledNoDate : formatLabel(LABELS.healthPurgeScheduled, next)
    );
}

/** The Health panel, top to bottom. */
export function healthItems(health: Health): HealthItem[] {
    return [
        item('sending', LABELS.healthSending, health.enabled ? LABELS.on : LABELS.off, !health.enabled),
        item(
            'sandboxGuard',
            LABELS.healthSandboxGuard,
            health.sandboxGuardTripped ? LABELS.healthGuardTripped : LABELS.healthGuardOk,
            health.sandboxGuardTripped
        ),
        item(
            'credentials',
            LABELS.healthCredentials,
            health.credentialsSet ? LABELS.healthCredentialsSet : LABELS.healthCredentialsMissing,
            !health.credentialsSet
        ),
        item('lastCdp', LABELS.healthLastCdp, formatDateTime(health.lastSuccessCdp) ?? LABELS.healthNever),
        item('lastAppApi', LABELS.healthLastAppApi, formatDateTime(health.lastSuccessAppApi) ?? LABELS.healthNever),
        ...outboxItems(health),
        senderItem(health),
        purgeItem(health)
    ];
}

export interface TemplateItem {
    key: string;
    field: string;
    label: string;
    value: string;
    defaultValue: string;
    preview: string;
    unknownWarning: string | null;
    resetTitle: string;
    resetDisabled: boolean;
}

/** One editor per template definition, with its live preview and any unknown-placeholder warning. */
export function templateItems(definitions: TemplateDefinition[], model: FormModel, readOnly: boolean): TemplateItem[] {
    const samples = sampleValues();
    return definitions.map((definition) => {
        const value = model.templates[definition.key] ?? '';
        const rendered = renderTemplate(value.trim() === '' ? definition.defaultValue : value, samples);
        return {
            key: definition.key,
            field: templateField(definition.key),
            label: definition.label,
            value,
            defaultValue: definition.defaultValue,
            preview: rendered.text,
            unknownWarning:
                rendered.unknown.length > 0
                    ? formatLabel(LABELS.unknownPlaceholders, rendered.unknown.map(formatPlaceholder).join(', '))
                    : null,
            resetTitle: formatLabel(LABELS.resetTemplate, definition.label),
            resetDisabled: readOnly || value === ''
        };
    });
}

export interface PlaceholderRow {
    token: string;
    meaning: string;
    sample: string;
}

/** The placeholder reference: every placeholder in braces, what it means, and an example. */
export function placeholderRows(): PlaceholderRow[] {
    return PLACEHOLDERS.map((placeholder) => ({
        token: formatPlaceholder(placeholder.name),
        meaning: placeholder.meaning,
        sample: placeholder.sample
    }));
}
