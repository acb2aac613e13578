import { formatLabel } from './format';
import {
    KEY_PAGE_PATTERNS_MAX,
    NUMBER_FIELDS,
    NUMBER_MAX,
    TEMPLATE_MAX,
    needsTeamGroup,
    templateField,
    type FormModel
} from './formState';
import { LABELS } from './labels';

/**
 * Client-side checks run before anything is sent, so the admin hears about a typo at once and next to the field.
 * Apex validates again (it is the authority); its SaveResult.fieldErrors use the same field names.
 */

/** Messages by field name: a SettingsInput key, `template.<KEY>`, `writeKey` or `appApiKey`. */
export type FieldErrors = Record<string, string>;

const WHOLE_NUMBER = /^\d+$/;
const SITE_ID = /^[A-Za-z0-9]{1,100}$/;
/** A Group record ID (public groups and queues are both Groups), 15 or 18 characters. */
const GROUP_ID = /^00G[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;
/** A User or queue (Group) ID, 15 or 18 characters. */
const OWNER_ID = /^(?:005|00G)[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;
const REGIONS = ['US', 'EU'];
const TEAM_SCOPES = ['MANAGER_HIERARCHY', 'PUBLIC_GROUP', 'QUEUE', 'ALL_USERS'];

function checkNumber(value: string, max: number): string | null {
    const trimmed = value.trim();
    if (trimmed === '') {
        return LABELS.validationRequired;
    }
    const number = Number(trimmed);
    return WHOLE_NUMBER.test(trimmed) && number >= 1 && number <= max
        ? null
        : formatLabel(LABELS.validationWholeNumber, max);
}

function checkPatterns(value: string): string | null {
    if (!value.split(',').some((pattern) => pattern.trim() !== '')) {
        return LABELS.validationPatternsRequired;
    }
    return value.length > KEY_PAGE_PATTERNS_MAX ? formatLabel(LABELS.validationTooLong, KEY_PAGE_PATTERNS_MAX) : null;
}

/** HOT (minutes) < WARM (hours) <= ENGAGED (days), checked once each number is valid on its own. */
function checkWindowOrder(model: FormModel): string | null {
    const hotMinutes = Number(model.hotWindowMinutes);
    const warmHours = Number(model.warmWindowHours);
    const engagedDays = Number(model.engagedWindowDays);
    return hotMinutes < warmHours * 60 && warmHours <= engagedDays * 24 ? null : LABELS.validationWindowOrder;
}

function checkSiteId(value: string): string | null {
    const id = value.trim();
    return id === '' || SITE_ID.test(id) ? null : LABELS.validationSiteId;
}

function checkTeamGroup(model: FormModel): string | null {
    if (!needsTeamGroup(model.teamScope)) {
        return null;
    }
    const id = model.teamGroupId.trim();
    if (id === '') {
        return LABELS.validationRequired;
    }
    return GROUP_ID.test(id) ? null : LABELS.validationGroupId;
}

function checkPoolOwner(value: string): string | null {
    const id = value.trim();
    return id === '' || OWNER_ID.test(id) ? null : LABELS.validationPoolOwnerId;
}

/**
 * Checks the whole form, with the rules CioSettingsValidator applies that need no server data.
 * @param model the form as edited
 * @param writeKeySet whether the Pipelines write key is saved (sending cannot be enabled without it)
 * @returns a message per invalid field; empty when the form can be sent
 */
export function validate(model: FormModel, writeKeySet: boolean): FieldErrors {
    const numbers: [string, string | null][] = NUMBER_FIELDS.map((field) => [
        field,
        checkNumber(model[field], NUMBER_MAX[field])
    ]);
    const numbersValid = numbers.every(([, message]) => message === null);
    const checks: [string, string | null][] = [
        ['siteId', checkSiteId(model.siteId)],
        ['region', REGIONS.includes(model.region) ? null : LABELS.validationRequired],
        ['enabled', model.enabled && !writeKeySet ? LABELS.validationEnableNeedsKey : null],
        ['candidateOwnerField', model.candidateOwnerField.trim() === '' ? LABELS.validationRequired : null],
        ['teamScope', TEAM_SCOPES.includes(model.teamScope) ? null : LABELS.validationRequired],
        ['teamGroupId', checkTeamGroup(model)],
        ['unassignedPoolOwnerId', checkPoolOwner(model.unassignedPoolOwnerId)],
        ['keyPagePatterns', checkPatterns(model.keyPagePatterns)],
        ...numbers,
        ['warmWindowHours', numbersValid ? checkWindowOrder(model) : null],
        ...Object.entries(model.templates).map(([key, value]): [string, string | null] => [
            templateField(key),
            value.trim().length > TEMPLATE_MAX ? formatLabel(LABELS.validationTooLong, TEMPLATE_MAX) : null
        ])
    ];
    return Object.fromEntries(checks.filter((check): check is [string, string] => check[1] !== null));
}
