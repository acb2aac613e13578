import type { Region, SettingsInput, SettingsView, TeamScope, TemplateDefinition } from './settingsTypes';

/**
 * The Settings form as the admin is editing it. Every input holds text (a number input can be empty or half
 * typed), so the model keeps strings and converts to the Apex SettingsInput only when saving, after validation.
 * Templates are keyed by template key; a blank template means "use the default".
 */

export const TEXT_FIELDS = [
    'siteId',
    'region',
    'candidateOwnerField',
    'teamScope',
    'teamGroupId',
    'unassignedPoolOwnerId',
    'keyPagePatterns'
] as const;

export const NUMBER_FIELDS = [
    'hotWindowMinutes',
    'warmWindowHours',
    'engagedWindowDays',
    'emailWarmWindowHours',
    'logRetentionDays'
] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type FormField = TextField | NumberField | 'enabled';

/** Largest value each number field accepts (the smallest is 1); the same bounds as CioSettingsValidator.RANGES. */
export const NUMBER_MAX: Readonly<Record<NumberField, number>> = {
    hotWindowMinutes: 1440,
    warmWindowHours: 168,
    engagedWindowDays: 90,
    emailWarmWindowHours: 720,
    logRetentionDays: 3650
};

/** Longest text each field can store (Text Area(255) for patterns and templates). */
export const KEY_PAGE_PATTERNS_MAX = 255;
export const TEMPLATE_MAX = 255;

/** The prefix of a SaveResult field error that belongs to a template: `template.HOT_JOB`. */
export const TEMPLATE_FIELD_PREFIX = 'template.';

export type FormModel = { enabled: boolean; templates: Readonly<Record<string, string>> } & Record<
    TextField | NumberField,
    string
>;

/** Team scope strategies that need a group or queue ID. */
export function needsTeamGroup(teamScope: string): boolean {
    return teamScope === 'PUBLIC_GROUP' || teamScope === 'QUEUE';
}

export function templateField(key: string): string {
    return `${TEMPLATE_FIELD_PREFIX}${key}`;
}

function text(value: string | number | null | undefined): string {
    return value === null || value === undefined ? '' : String(value);
}

function blankToNull(value: string): string | null {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
}

/** The form model for a view from Apex: one template entry per definition, in the definitions' order. */
export function modelFromView(view: SettingsView): FormModel {
    const { settings } = view;
    const saved = new Map((settings.templates ?? []).map((template) => [template.key, template.value]));
    const templates = Object.fromEntries(
        view.templates.map((definition) => [definition.key, text(saved.get(definition.key))])
    );
    return {
        enabled: settings.enabled === true,
        siteId: text(settings.siteId),
        region: text(settings.region),
        candidateOwnerField: text(settings.candidateOwnerField),
        teamScope: text(settings.teamScope),
        teamGroupId: text(settings.teamGroupId),
        unassignedPoolOwnerId: text(settings.unassignedPoolOwnerId),
        keyPagePatterns: text(settings.keyPagePatterns),
        hotWindowMinutes: text(settings.hotWindowMinutes),
        warmWindowHours: text(settings.warmWindowHours),
        engagedWindowDays: text(settings.engagedWindowDays),
        emailWarmWindowHours: text(settings.emailWarmWindowHours),
        logRetentionDays: text(settings.logRetentionDays),
        templates
    };
}

/** A copy of the model with one field changed. */
export function withField(model: FormModel, field: FormField, value: string | boolean): FormModel {
    return field === 'enabled' ? { ...model, enabled: value === true } : { ...model, [field]: String(value) };
}

/** A copy of the model with one template changed; '' means "use the default". */
export function withTemplate(model: FormModel, key: string, value: string): FormModel {
    return { ...model, templates: { ...model.templates, [key]: value } };
}

/**
 * What saveSettings receives. Call only after validate() found nothing: numbers are parsed as they stand.
 * Blank optional text becomes null, the group ID is dropped when the strategy does not use one, and a blank
 * template is sent as null (the default).
 */
export function toInput(model: FormModel, definitions: TemplateDefinition[]): SettingsInput {
    return {
        enabled: model.enabled,
        siteId: blankToNull(model.siteId),
        region: model.region as Region,
        candidateOwnerField: model.candidateOwnerField.trim(),
        teamScope: model.teamScope as TeamScope,
        teamGroupId: needsTeamGroup(model.teamScope) ? blankToNull(model.teamGroupId) : null,
        unassignedPoolOwnerId: blankToNull(model.unassignedPoolOwnerId),
        keyPagePatterns: model.keyPagePatterns
            .split(',')
            .map((pattern) => pattern.trim())
            .filter((pattern) => pattern !== '')
            .join(', '),
        hotWindowMinutes: Number(model.hotWindowMinutes),
        warmWindowHours: Number(model.warmWindowHours),
        engagedWindowDays: Number(model.engagedWindowDays),
        emailWarmWindowHours: Number(model.emailWarmWindowHours),
        logRetentionDays: Number(model.logRetentionDays),
        templates: definitions.map((definition) => ({
            key: definition.key,
            value: blankToNull(model.templates[definition.key] ?? '')
        }))
    };
}
