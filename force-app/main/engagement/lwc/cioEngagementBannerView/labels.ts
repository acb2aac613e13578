/**
 * The banner's own strings (state names, fallback wording), as custom labels
 * (force-app/main/engagement/ui-labels/CustomLabels.labels-meta.xml).
 */
import STATE_HOT from '@salesforce/label/c.Cio_EngagementBanner_StateHot';
import STATE_WARM from '@salesforce/label/c.Cio_EngagementBanner_StateWarm';
import STATE_ENGAGED from '@salesforce/label/c.Cio_EngagementBanner_StateEngaged';
import STATE_QUIET from '@salesforce/label/c.Cio_EngagementBanner_StateQuiet';
import STATE_NONE from '@salesforce/label/c.Cio_EngagementBanner_StateNone';
import STATE_PREFIX from '@salesforce/label/c.Cio_EngagementBanner_StatePrefix';
import NO_ENGAGEMENT from '@salesforce/label/c.Cio_EngagementBanner_NoEngagement';

export const LABELS = Object.freeze({
    stateHot: STATE_HOT,
    stateWarm: STATE_WARM,
    stateEngaged: STATE_ENGAGED,
    stateQuiet: STATE_QUIET,
    stateNone: STATE_NONE,
    statePrefix: STATE_PREFIX,
    noEngagement: NO_ENGAGEMENT
});
