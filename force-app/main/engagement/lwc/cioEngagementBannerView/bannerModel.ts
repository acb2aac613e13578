import { renderTemplate, type TemplateValues } from 'c/cioTemplates';
import { LABELS } from './labels';
import type { Engagement, EngagementState, TemplateValue } from '../cioContactActivity/activityTypes';

/**
 * What the engagement banner shows for a state: an icon and the state's name in words beside the colour, so the
 * colour is never the only signal, and the admin's wording rendered by the one template renderer (c/cioTemplates).
 * Safe with missing data: no engagement, an unknown state, no template or no values all still give a banner.
 */

export interface StateStyle {
    state: EngagementState;
    label: string;
    iconName: string;
    className: string;
}

const ICONS: Readonly<Record<EngagementState, string>> = Object.freeze({
    HOT: 'utility:trending',
    WARM: 'utility:arrowup',
    ENGAGED: 'utility:preview',
    QUIET: 'utility:clock',
    NONE: 'utility:info'
});

const NAMES: Readonly<Record<EngagementState, string>> = Object.freeze({
    HOT: LABELS.stateHot,
    WARM: LABELS.stateWarm,
    ENGAGED: LABELS.stateEngaged,
    QUIET: LABELS.stateQuiet,
    NONE: LABELS.stateNone
});

function isState(value: unknown): value is EngagementState {
    return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ICONS, value);
}

/** The look of a state; anything unknown or missing looks like NONE. */
export function stateStyle(state: string | null | undefined): StateStyle {
    const known: EngagementState = isState(state) ? state : 'NONE';
    return {
        state: known,
        label: NAMES[known],
        iconName: ICONS[known],
        className: `slds-box slds-box_small banner banner_${known.toLowerCase()}`
    };
}

/** The placeholder values as the renderer takes them; entries without a name are skipped, later names win. */
export function templateValues(values: readonly TemplateValue[] | null | undefined): TemplateValues {
    const map: Record<string, string | null> = {};
    for (const entry of values ?? []) {
        if (entry && typeof entry.name === 'string' && entry.name !== '') {
            map[entry.name] = entry.value ?? null;
        }
    }
    return map;
}

/**
 * The banner sentence: the admin's template for the state with its placeholders filled. Unknown placeholders stay
 * visible (renderTemplate's rule); without a template the engine's reason is used, and without that a neutral
 * sentence. Always plain text.
 */
export function bannerText(engagement: Engagement | null | undefined): string {
    const rendered = renderTemplate(engagement?.template, templateValues(engagement?.values)).text.trim();
    if (rendered !== '') {
        return rendered;
    }
    const reason = engagement?.reason?.trim() ?? '';
    return reason !== '' ? reason : LABELS.noEngagement;
}
