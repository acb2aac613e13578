import { formatLabel } from 'c/cioTriggerModel';
import { LABELS } from './labels';
import type { MappingRow, Operation, TriggerRow } from './triggerTypes';

/**
 * Turns what Apex returns into what the template shows: plain strings, flags and CSS classes, so the HTML stays
 * free of logic. Pure functions of their arguments; every value is bound as text, never as HTML.
 */

/** Shown in a cell that has no value. */
export const BLANK = '—';

/** The command that writes an object's trigger into the project. Code, not wording: not translated. */
export function generateCommand(objectApiName: string): string {
    return `npm run generate:trigger -- ${objectApiName}`;
}

const OPERATION_LABELS: Record<Operation, string> = {
    Insert: LABELS.operationInsert,
    Update: LABELS.operationUpdate,
    Delete: LABELS.operationDelete,
    Undelete: LABELS.operationUndelete
};

function orBlank(value: string | null | undefined): string {
    return value === null || value === undefined || value.trim() === '' ? BLANK : value;
}

/** The Apex-trigger state of a row: what the table and the details say about it. */
export type TriggerState = 'deployed' | 'missing' | 'notChecked' | 'noObject' | 'blankObject' | 'impossible';

export function triggerState(row: TriggerRow): TriggerState {
    if (!row.objectApiName?.trim()) {
        return 'blankObject';
    }
    if (!row.objectExists) {
        return 'noObject';
    }
    if (row.hasApexTrigger === true) {
        return 'deployed';
    }
    if (!row.suggestedTriggerName) {
        return 'impossible';
    }
    return row.hasApexTrigger === false ? 'missing' : 'notChecked';
}

const STATE_TEXT: Record<TriggerState, string> = {
    deployed: LABELS.triggerDeployed,
    missing: LABELS.triggerMissing,
    notChecked: LABELS.triggerNotChecked,
    noObject: LABELS.objectNotFound,
    blankObject: LABELS.objectNotFound,
    impossible: LABELS.triggerMissing
};

/** One line of the triggers table. */
export interface TriggerItem {
    developerName: string;
    label: string;
    objectApiName: string;
    operations: string;
    eventType: string;
    eventName: string;
    userIdField: string;
    mappingCount: number;
    activeLabel: string;
    activeClass: string;
    triggerStatus: string;
    /** True when the event trigger cannot fire: a warning icon goes with the status. */
    triggerWarning: boolean;
    expanded: boolean;
    ariaExpanded: string;
    toggleTitle: string;
    rowClass: string;
}

export function operationsText(operations: Operation[] | null | undefined): string {
    const labels = (operations ?? []).map((operation) => OPERATION_LABELS[operation] ?? operation);
    return labels.length > 0 ? labels.join(', ') : LABELS.noOperations;
}

export function triggerItem(row: TriggerRow, selected: string | null): TriggerItem {
    const state = triggerState(row);
    const expanded = row.developerName === selected;
    return {
        developerName: row.developerName,
        label: row.label || row.developerName,
        objectApiName: orBlank(row.objectApiName),
        operations: operationsText(row.operations),
        eventType: orBlank(row.eventType),
        eventName: orBlank(row.eventName),
        userIdField: orBlank(row.userIdField),
        mappingCount: row.mappingCount ?? row.mappings?.length ?? 0,
        activeLabel: row.active ? LABELS.active : LABELS.inactive,
        activeClass: row.active ? 'slds-theme_success' : 'slds-badge_lightest',
        triggerStatus: STATE_TEXT[state],
        triggerWarning: state !== 'deployed' && state !== 'notChecked',
        expanded,
        ariaExpanded: String(expanded),
        toggleTitle: formatLabel(expanded ? LABELS.hideDetails : LABELS.showDetails, row.label || row.developerName),
        rowClass: expanded ? 'slds-is-selected' : ''
    };
}

export function triggerItems(rows: TriggerRow[], selected: string | null): TriggerItem[] {
    return rows.map((row) => triggerItem(row, selected));
}

/** One field mapping in the details. */
export interface MappingItem {
    key: string;
    sourceField: string;
    targetKey: string;
    blankAsNull: string;
}

export function mappingItems(mappings: MappingRow[] | null | undefined): MappingItem[] {
    return (mappings ?? []).map((mapping, index) => ({
        key: `${index}:${mapping.sourceField ?? ''}:${mapping.targetKey ?? ''}`,
        sourceField: orBlank(mapping.sourceField),
        targetKey: orBlank(mapping.targetKey),
        blankAsNull: mapping.sendBlankAsNull ? LABELS.yes : LABELS.no
    }));
}

/** What the details panel says about the Apex trigger; null when the trigger is deployed. */
export interface TriggerNotice {
    /** 'warning' when the Event Trigger cannot fire, 'info' when it could not be checked. */
    variant: 'warning' | 'info';
    iconName: string;
    iconText: string;
    message: string;
    /** The trigger to deploy, shown as text in a code block; null when there is none to suggest. */
    source: string | null;
    /** `npm run generate:trigger -- <Object>`; null with source. */
    command: string | null;
    className: string;
}

export function triggerNotice(row: TriggerRow): TriggerNotice | null {
    const state = triggerState(row);
    if (state === 'deployed') {
        return null;
    }
    const objectApiName = row.objectApiName?.trim() ?? '';
    const triggerName = row.suggestedTriggerName ?? '';
    const messages: Record<Exclude<TriggerState, 'deployed'>, string> = {
        missing: formatLabel(LABELS.missingTrigger, objectApiName, triggerName),
        notChecked: formatLabel(LABELS.notChecked, objectApiName, triggerName),
        noObject: formatLabel(LABELS.objectMissing, objectApiName),
        blankObject: LABELS.objectBlank,
        impossible: formatLabel(LABELS.cannotHaveTrigger, objectApiName)
    };
    const suggest = (state === 'missing' || state === 'notChecked') && Boolean(row.suggestedTriggerSource);
    const warning = state !== 'notChecked';
    return {
        variant: warning ? 'warning' : 'info',
        iconName: warning ? 'utility:warning' : 'utility:info',
        iconText: warning ? LABELS.warning : LABELS.info,
        message: messages[state],
        source: suggest ? (row.suggestedTriggerSource ?? null) : null,
        command: suggest ? generateCommand(objectApiName) : null,
        className: `slds-scoped-notification slds-scoped-notification_light slds-m-bottom_small trigger-notice trigger-notice_${warning ? 'warning' : 'info'}`
    };
}

/** The details panel of the selected trigger. */
export interface TriggerDetails {
    developerName: string;
    heading: string;
    description: string;
    hasDescription: boolean;
    changedFields: string;
    groupIdField: string;
    showGroupIdField: boolean;
    mappings: MappingItem[];
    hasMappings: boolean;
    notice: TriggerNotice | null;
}

export function triggerDetails(row: TriggerRow): TriggerDetails {
    const mappings = mappingItems(row.mappings);
    const description = row.description?.trim() ?? '';
    return {
        developerName: row.developerName,
        heading: row.label || row.developerName,
        description: description || LABELS.noDescription,
        hasDescription: description !== '',
        changedFields: row.changedFields?.trim() || LABELS.changedFieldsAny,
        groupIdField: row.groupIdField?.trim() || LABELS.groupIdFieldDefault,
        showGroupIdField: row.eventType === 'group' || row.eventType === 'delete' || Boolean(row.groupIdField?.trim()),
        mappings,
        hasMappings: mappings.length > 0,
        notice: triggerNotice(row)
    };
}
