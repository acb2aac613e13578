import { LABELS } from './labels';
import type { ListStatus, Scope } from './candidateTypes';

/**
 * How scopes, statuses and states look, shared by the widgets and the banners so both say the same thing the
 * same way. A state is always shown as an icon and a word, never by colour alone.
 */

export const SCOPES: readonly Scope[] = Object.freeze(['MY', 'TEAM', 'PIPELINE'] as Scope[]);

/** Whether a value is one of the three scopes (the wrappers set it; anything else is a placement mistake). */
export function isScope(value: unknown): value is Scope {
    return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

const WIDGET_TITLES: Record<Scope, string> = {
    MY: LABELS.myTitle,
    TEAM: LABELS.teamTitle,
    PIPELINE: LABELS.pipelineTitle
};

const BANNER_TITLES: Record<Scope, string> = {
    MY: LABELS.myBannerTitle,
    TEAM: LABELS.teamBannerTitle,
    PIPELINE: LABELS.pipelineBannerTitle
};

/** The widget's card title for a scope ("My Active Candidates"); the My title for an unknown scope. */
export function widgetTitle(scope: unknown): string {
    return isScope(scope) ? WIDGET_TITLES[scope] : LABELS.myTitle;
}

/** The banner's title for a scope ("My Candidates"); the My title for an unknown scope. */
export function bannerTitle(scope: unknown): string {
    return isScope(scope) ? BANNER_TITLES[scope] : LABELS.myBannerTitle;
}

/** A configuration status explained: what is wrong and who fixes it how. */
export interface StatusNotice {
    status: ListStatus;
    iconName: string;
    title: string;
    help: string;
}

const NOTICES: Partial<Record<ListStatus, Omit<StatusNotice, 'status'>>> = {
    NOT_CONFIGURED: {
        iconName: 'utility:setup',
        title: LABELS.notConfiguredTitle,
        help: LABELS.notConfiguredHelp
    },
    NO_POOL_OWNER: {
        iconName: 'utility:info',
        title: LABELS.noPoolOwnerTitle,
        help: LABELS.noPoolOwnerHelp
    },
    INVALID_CONFIGURATION: {
        iconName: 'utility:warning',
        title: LABELS.invalidConfigurationTitle,
        help: LABELS.invalidConfigurationHelp
    }
};

/**
 * The notice for a configuration status; null for OK and for ERROR (an error goes to the error panel), and for a
 * status this version does not know (treated as an error too).
 */
export function statusNotice(status: string | null | undefined): StatusNotice | null {
    const notice = status ? NOTICES[status as ListStatus] : undefined;
    return notice ? { status: status as ListStatus, ...notice } : null;
}

/** How one engagement state is shown: a word, an icon, and a badge style. */
export interface StateLook {
    label: string;
    iconName: string;
    /** `inverse` on dark badges, so the icon stays visible. */
    iconVariant: string | null;
    /** SLDS badge classes; the colour only repeats what the word says. */
    badgeClass: string;
}

const BADGE = 'slds-badge state-badge';

// SLDS theme classes only, so the widgets and banners share the colours without shared CSS.
const LOOKS: Record<string, StateLook> = {
    HOT: {
        label: LABELS.stateHot,
        iconName: 'utility:trending',
        iconVariant: 'inverse',
        badgeClass: `${BADGE} slds-theme_error state-hot`
    },
    WARM: {
        label: LABELS.stateWarm,
        iconName: 'utility:preview',
        iconVariant: null,
        badgeClass: `${BADGE} slds-theme_warning state-warm`
    },
    ENGAGED: {
        label: LABELS.stateEngaged,
        iconName: 'utility:like',
        iconVariant: 'inverse',
        badgeClass: `${BADGE} slds-theme_success state-engaged`
    }
};

/** WARM because of an email rather than key pages gets the email icon: the word is the same, the cause differs. */
const EMAIL_LOOK_ICON = 'utility:email';

/**
 * How a state is shown. A state this version does not know is shown as its own text with a neutral icon, so
 * nothing a newer server sends is hidden.
 * @param state HOT, WARM or ENGAGED
 * @param templateKey WARM_EMAIL switches the WARM icon to an envelope
 */
export function stateLook(state: string | null | undefined, templateKey?: string | null): StateLook {
    const look = LOOKS[state ?? ''];
    if (!look) {
        return { label: state ?? '', iconName: 'utility:info', iconVariant: null, badgeClass: BADGE };
    }
    return templateKey === 'WARM_EMAIL' ? { ...look, iconName: EMAIL_LOOK_ICON } : look;
}

/** Sort rank of a state: hottest first; anything unknown after the active states. */
export function stateRank(state: string | null | undefined): number {
    switch (state) {
        case 'HOT':
            return 0;
        case 'WARM':
            return 1;
        case 'ENGAGED':
            return 2;
        default:
            return 3;
    }
}
