import { LightningElement, api } from 'lwc';
import { LABELS } from './labels';
import { bannerText, stateStyle, type StateStyle } from './bannerModel';
import type { Engagement } from '../cioContactActivity/activityTypes';

/**
 * The engagement banner itself, shared by the Contact Activity panel and the standalone Engagement Banner so both
 * read and look the same: the state (icon, name and colour) and the admin's wording for it. Everything is bound as
 * text: markup in a template, a value or a reason is shown, never interpreted.
 */
export default class CioEngagementBannerView extends LightningElement {
    labels = LABELS;

    /** The computed engagement; null or partial data still renders a neutral banner. */
    @api engagement: Engagement | null = null;

    /** Show the engine's plain-words reason under the sentence (the standalone banner does; the panel has its own). */
    @api showReason = false;

    get look(): StateStyle {
        return stateStyle(this.engagement?.state);
    }

    get text(): string {
        return bannerText(this.engagement);
    }

    get reason(): string | null {
        const reason = this.engagement?.reason?.trim() ?? '';
        return this.showReason && reason !== '' && reason !== this.text ? reason : null;
    }
}
