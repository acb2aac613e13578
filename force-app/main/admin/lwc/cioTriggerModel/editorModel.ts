import { formatLabel } from 'c/cioFormat';
import type { FieldError, FieldOption, MappingInput, ObjectSchema, TriggerInput } from './editorTypes';

export { formatLabel };

/**
 * The Triggers tab editor's model: the draft an admin edits, how a listed trigger becomes a draft (edit, clone) and
 * a draft becomes what Apex saves, the checks that can be made before asking the server (the server's
 * CioTriggerDeployer.validate() stays the authority: it knows the org's schema), and the hints shown next to a
 * target key. Pure functions of their arguments, so every rule is unit-tested without a component.
 */

/** DeveloperNames and labels of custom metadata records may be at most 40 characters. */
export const MAX_NAME = 40;

/** The operations in the order the form lists them, as Apex takes them (lower case). */
export const OPERATIONS = ['insert', 'update', 'delete', 'undelete'] as const;
export type OperationKey = (typeof OPERATIONS)[number];

export const EVENT_TYPES = ['identify', 'track', 'group', 'delete'] as const;
export type EventTypeKey = (typeof EVENT_TYPES)[number];

/** One mapping row of the editor; `key` only tells rows apart in the template. */
export interface MappingDraft extends MappingInput {
    key: string;
}

/** What the form edits: a TriggerInput with mapping rows that carry a key. */
export interface TriggerDraft extends Omit<TriggerInput, 'mappings'> {
    mappings: MappingDraft[];
}

/** What the list gives the editor (a subset of TriggerRow, so the model does not depend on the list's types). */
export interface ListedTrigger {
    developerName: string;
    label: string;
    objectApiName?: string | null;
    /** As the list shows them: Insert, Update, Delete, Undelete. */
    operations: string[];
    eventType?: string | null;
    eventName?: string | null;
    userIdField?: string | null;
    groupIdField?: string | null;
    objectTypeId?: string | null;
    /** Comma-separated, as stored. */
    changedFields?: string | null;
    active: boolean;
    description?: string | null;
    mappings: { sourceField?: string | null; targetKey?: string | null; sendBlankAsNull: boolean }[];
}

let nextKey = 0;

/** A key no other mapping row of this page has. */
export function mappingKey(): string {
    nextKey += 1;
    return `mapping-${nextKey}`;
}

export function emptyMapping(): MappingDraft {
    return { key: mappingKey(), source: '', target: '', sendBlankAsNull: false };
}

/** A new trigger: identify on insert and update, active, no mappings yet. */
export function emptyDraft(): TriggerDraft {
    return {
        name: '',
        label: '',
        objectApiName: '',
        operations: ['insert', 'update'],
        eventType: 'identify',
        eventName: null,
        userIdField: null,
        groupIdField: null,
        objectTypeId: null,
        changedFields: [],
        active: true,
        description: null,
        mappings: []
    };
}

function splitList(value: string | null | undefined): string[] {
    return (value ?? '')
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
}

/** A listed trigger as a draft, for editing it as it is. */
export function draftFromTrigger(trigger: ListedTrigger): TriggerDraft {
    return {
        name: trigger.developerName,
        label: trigger.label || trigger.developerName,
        objectApiName: trigger.objectApiName?.trim() ?? '',
        operations: OPERATIONS.filter((operation) =>
            trigger.operations.some((listed) => listed.toLowerCase() === operation)
        ),
        eventType: trigger.eventType?.trim().toLowerCase() || 'identify',
        eventName: trigger.eventName ?? null,
        userIdField: trigger.userIdField ?? null,
        groupIdField: trigger.groupIdField ?? null,
        objectTypeId: trigger.objectTypeId ?? null,
        changedFields: splitList(trigger.changedFields),
        active: trigger.active,
        description: trigger.description ?? null,
        mappings: trigger.mappings.map((mapping) => ({
            key: mappingKey(),
            source: mapping.sourceField ?? '',
            target: mapping.targetKey ?? '',
            sendBlankAsNull: mapping.sendBlankAsNull
        }))
    };
}

/** `base`, or `base_2`, `base_3`… cut to MAX_NAME, whichever no existing trigger uses (ignoring case). */
export function uniqueName(base: string, existing: readonly string[]): string {
    const taken = new Set(existing.map((name) => name.toLowerCase()));
    const root = base.slice(0, MAX_NAME);
    if (root !== '' && !taken.has(root.toLowerCase())) {
        return root;
    }
    for (let counter = 2; ; counter++) {
        const suffix = `_${counter}`;
        const candidate = `${base.slice(0, MAX_NAME - suffix.length).replace(/_+$/, '')}${suffix}`;
        if (!taken.has(candidate.toLowerCase())) {
            return candidate;
        }
    }
}

/**
 * A copy of a listed trigger under a new name, inactive (so a clone never doubles the events of its original
 * until the admin has changed it and switched it on).
 */
export function cloneDraft(trigger: ListedTrigger, existingNames: readonly string[], copySuffix: string): TriggerDraft {
    const draft = draftFromTrigger(trigger);
    const label = `${draft.label} ${copySuffix}`.slice(0, MAX_NAME).trim();
    return {
        ...draft,
        name: uniqueName(developerNameFrom(`${trigger.developerName}_Copy`), existingNames),
        label,
        active: false
    };
}

/**
 * The DeveloperName Setup would suggest for a label: letters, digits and single underscores, starting with a letter,
 * not ending with an underscore, at most MAX_NAME characters. '' when the label has no letter or digit.
 */
export function developerNameFrom(label: string): string {
    const words = label
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^[^A-Za-z]+/, '');
    return words.slice(0, MAX_NAME).replace(/_+$/, '');
}

function blankToNull(value: string | null | undefined): string | null {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? null : trimmed;
}

/**
 * What Apex saves for a draft: trimmed text, blanks as null, operations in form order. Fields that do not apply to
 * the event type are dropped, so an admin who switched from group to identify does not keep a hidden group id.
 */
export function toInput(draft: TriggerDraft): TriggerInput {
    const eventType = draft.eventType;
    const usesGroup = eventType === 'group' || eventType === 'delete';
    const usesChangedFields = draft.operations.includes('update');
    return {
        name: draft.name.trim(),
        label: draft.label.trim(),
        objectApiName: draft.objectApiName.trim(),
        operations: OPERATIONS.filter((operation) => draft.operations.includes(operation)),
        eventType,
        eventName: eventType === 'track' ? blankToNull(draft.eventName) : null,
        userIdField: blankToNull(draft.userIdField),
        groupIdField: usesGroup ? blankToNull(draft.groupIdField) : null,
        objectTypeId: eventType === 'group' ? blankToNull(draft.objectTypeId) : null,
        changedFields: usesChangedFields ? draft.changedFields.map((field) => field.trim()).filter(Boolean) : [],
        active: draft.active,
        description: blankToNull(draft.description),
        mappings: draft.mappings.map((mapping) => ({
            source: mapping.source.trim(),
            target: mapping.target.trim(),
            sendBlankAsNull: mapping.sendBlankAsNull
        }))
    };
}

/** The wording of the checks made before the server is asked. */
export interface ClientMessages {
    required: string;
    noOperation: string;
    /** `{0}` is the key, `{1}` the row it first appears on (1-based). */
    duplicateTarget: string;
}

/**
 * The problems a draft has that need no schema: required values and duplicate target keys. Same keys as the
 * server's errors, so both show in the same places.
 */
export function clientErrors(input: TriggerInput, messages: ClientMessages): FieldError[] {
    const errors: FieldError[] = [];
    const require = (field: string, value: string | null | undefined): void => {
        if (!value?.trim()) {
            errors.push({ field, message: messages.required });
        }
    };
    require('label', input.label);
    require('name', input.name);
    require('objectApiName', input.objectApiName);
    if (input.operations.length === 0) {
        errors.push({ field: 'operations', message: messages.noOperation });
    }
    if (input.eventType === 'track') {
        require('eventName', input.eventName);
    }
    if (input.eventType === 'identify' || input.eventType === 'track') {
        require('userIdField', input.userIdField);
    }
    const firstRow = new Map<string, number>();
    input.mappings.forEach((mapping, index) => {
        require(`mappings[${index}].source`, mapping.source);
        require(`mappings[${index}].target`, mapping.target);
        const target = mapping.target.trim();
        if (target === '') {
            return;
        }
        const first = firstRow.get(target);
        if (first === undefined) {
            firstRow.set(target, index);
        } else {
            errors.push({
                field: `mappings[${index}].target`,
                message: formatLabel(messages.duplicateTarget, target, String(first + 1))
            });
        }
    });
    return errors;
}

/** The first message for each field key. */
export function errorsByField(errors: readonly FieldError[] | null | undefined): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of errors ?? []) {
        byField[error.field] ??= error.message;
    }
    return byField;
}

/** The rows with row `index` moved by `delta` (−1 up, +1 down); the same rows when it cannot move. */
export function moveMapping<T>(rows: readonly T[], index: number, delta: number): T[] {
    const target = index + delta;
    if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) {
        return [...rows];
    }
    const moved = [...rows];
    [moved[index], moved[target]] = [moved[target], moved[index]];
    return moved;
}

/** Customer.io's reserved identify traits and group keys, and what each does (wording from labels). */
export interface ReservedHints {
    email: string;
    createdAt: string;
    unsubscribed: string;
    subscriptionPreferences: string;
    identifier: string;
    objectTypeId: string;
    relationshipAttributes: string;
    /** `{0}` is the reserved key the target differs from only in case. */
    caseMismatch: string;
}

/** Reserved keys by event type; `identifier` keys are set by the trigger itself and should not be mapped. */
const RESERVED: Record<string, Record<string, keyof ReservedHints>> = {
    identify: {
        email: 'email',
        created_at: 'createdAt',
        createdAt: 'createdAt',
        unsubscribed: 'unsubscribed',
        cio_subscription_preferences: 'subscriptionPreferences',
        id: 'identifier',
        userId: 'identifier',
        anonymousId: 'identifier'
    },
    group: {
        object_type_id: 'objectTypeId',
        objectTypeId: 'objectTypeId',
        relationshipAttributes: 'relationshipAttributes',
        groupId: 'identifier',
        userId: 'identifier'
    },
    track: { userId: 'identifier', anonymousId: 'identifier' }
};

/**
 * What a target key means to Customer.io for this event type: the hint for a reserved key (also when only its first
 * segment is reserved, e.g. `cio_subscription_preferences.topics.topic_3`), a warning when it differs from a
 * reserved key only in case (keys are case-sensitive), or null.
 */
export function reservedHint(target: string, eventType: string, hints: ReservedHints): string | null {
    const reserved = RESERVED[eventType];
    const key = target.trim();
    if (!reserved || key === '') {
        return null;
    }
    const head = key.split('.')[0];
    const exact = reserved[key] ?? reserved[head];
    if (exact) {
        return hints[exact];
    }
    const sameIgnoringCase = Object.keys(reserved).find((name) => name.toLowerCase() === key.toLowerCase());
    return sameIgnoringCase ? formatLabel(hints.caseMismatch, sameIgnoringCase) : null;
}

/** The reserved keys suggested for an event type, for the target field's suggestions. */
export function reservedKeys(eventType: string): string[] {
    return Object.entries(RESERVED[eventType] ?? {})
        .filter(([, meaning]) => meaning !== 'identifier')
        .map(([key]) => key);
}

/** A combobox option. */
export interface Option {
    label: string;
    value: string;
}

/** `Label (ApiName)`, the way Setup names fields. */
function fieldOption(field: FieldOption, prefix = ''): Option {
    return { label: `${field.label} (${prefix}${field.apiName})`, value: `${prefix}${field.apiName}` };
}

/** The object's own fields, e.g. for the User ID Field and the changed-fields list. */
export function fieldOptions(schema: ObjectSchema | null | undefined): Option[] {
    return (schema?.fields ?? []).map((field) => fieldOption(field));
}

/** Prefix of a combobox value that stands for "a field of this parent", not for a field. */
export const PARENT_PREFIX = 'parent:';

/**
 * Options for a mapping's source: every field of the object, then one entry per single-target lookup that opens
 * that parent's fields (value `parent:<relationshipName>`), labelled with the lookup's label and an arrow.
 */
export function sourceOptions(schema: ObjectSchema | null | undefined, parentLabel: string): Option[] {
    const fields = fieldOptions(schema);
    const parents = (schema?.fields ?? [])
        .filter((field) => field.relationshipName && field.referenceTo)
        .map((field) => ({
            label: formatLabel(parentLabel, field.label, field.referenceTo ?? ''),
            value: `${PARENT_PREFIX}${field.relationshipName}`
        }));
    return [...fields, ...parents];
}

/** The lookup a relationship name belongs to, or null. */
export function parentField(schema: ObjectSchema | null | undefined, relationshipName: string): FieldOption | null {
    const wanted = relationshipName.toLowerCase();
    return (
        (schema?.fields ?? []).find(
            (field) => field.relationshipName?.toLowerCase() === wanted && Boolean(field.referenceTo)
        ) ?? null
    );
}

/** A source path split into the relationship (or null for a field of the object itself) and the field. */
export function splitSource(source: string): { relationship: string | null; field: string } {
    const dot = source.indexOf('.');
    return dot < 0
        ? { relationship: null, field: source }
        : { relationship: source.slice(0, dot), field: source.slice(dot + 1) };
}

/** Makes sure the current value is an option, so a value the schema does not list (yet) still shows. */
export function withCurrent(options: Option[], current: string | null | undefined): Option[] {
    const value = current?.trim() ?? '';
    return value === '' || options.some((option) => option.value === value)
        ? options
        : [{ label: value, value }, ...options];
}
