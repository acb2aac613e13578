/**
 * Every string the candidate widgets and banners show, as custom labels
 * (force-app/main/engagement/dashboard/ui-labels/CustomLabels.labels-meta.xml). Labels with {0}, {1}… are filled
 * with formatLabel().
 */
import BANNER_ERROR from '@salesforce/label/c.Cio_Candidates_BannerError';
import BANNER_FALLBACK from '@salesforce/label/c.Cio_Candidates_BannerFallback';
import BANNER_LOADING from '@salesforce/label/c.Cio_Candidates_BannerLoading';
import CLAIM from '@salesforce/label/c.Cio_Candidates_Claim';
import CLAIM_ASSISTIVE from '@salesforce/label/c.Cio_Candidates_ClaimAssistive';
import CLAIM_ERROR from '@salesforce/label/c.Cio_Candidates_ClaimError';
import CLAIMED_MESSAGE from '@salesforce/label/c.Cio_Candidates_ClaimedMessage';
import CLAIMED_TITLE from '@salesforce/label/c.Cio_Candidates_ClaimedTitle';
import CLAIMING from '@salesforce/label/c.Cio_Candidates_Claiming';
import COUNT_ENGAGED from '@salesforce/label/c.Cio_Candidates_CountEngaged';
import COUNT_HOT from '@salesforce/label/c.Cio_Candidates_CountHot';
import COUNT_WARM from '@salesforce/label/c.Cio_Candidates_CountWarm';
import COUNTS_LABEL from '@salesforce/label/c.Cio_Candidates_CountsLabel';
import EMPTY_HELP from '@salesforce/label/c.Cio_Candidates_EmptyHelp';
import EMPTY_TITLE from '@salesforce/label/c.Cio_Candidates_EmptyTitle';
import INVALID_CONFIGURATION_HELP from '@salesforce/label/c.Cio_Candidates_InvalidConfigurationHelp';
import INVALID_CONFIGURATION_TITLE from '@salesforce/label/c.Cio_Candidates_InvalidConfigurationTitle';
import LAST_ACTIVITY from '@salesforce/label/c.Cio_Candidates_LastActivity';
import LIST_LABEL from '@salesforce/label/c.Cio_Candidates_ListLabel';
import LOAD_ERROR from '@salesforce/label/c.Cio_Candidates_LoadError';
import LOADING from '@salesforce/label/c.Cio_Candidates_Loading';
import MY_BANNER_TITLE from '@salesforce/label/c.Cio_Candidates_MyBannerTitle';
import MY_TITLE from '@salesforce/label/c.Cio_Candidates_MyTitle';
import NEW from '@salesforce/label/c.Cio_Candidates_New';
import NEW_ASSISTIVE from '@salesforce/label/c.Cio_Candidates_NewAssistive';
import NEW_COUNT from '@salesforce/label/c.Cio_Candidates_NewCount';
import NO_ACTIVITY_TIME from '@salesforce/label/c.Cio_Candidates_NoActivityTime';
import NO_POOL_OWNER_HELP from '@salesforce/label/c.Cio_Candidates_NoPoolOwnerHelp';
import NO_POOL_OWNER_TITLE from '@salesforce/label/c.Cio_Candidates_NoPoolOwnerTitle';
import NOT_CONFIGURED_HELP from '@salesforce/label/c.Cio_Candidates_NotConfiguredHelp';
import NOT_CONFIGURED_TITLE from '@salesforce/label/c.Cio_Candidates_NotConfiguredTitle';
import OPENS_IN_NEW_TAB from '@salesforce/label/c.Cio_Candidates_OpensInNewTab';
import OWNER from '@salesforce/label/c.Cio_Candidates_Owner';
import PIPELINE_BANNER_TITLE from '@salesforce/label/c.Cio_Candidates_PipelineBannerTitle';
import PIPELINE_TITLE from '@salesforce/label/c.Cio_Candidates_PipelineTitle';
import REFRESH from '@salesforce/label/c.Cio_Candidates_Refresh';
import REFRESHING from '@salesforce/label/c.Cio_Candidates_Refreshing';
import STATE_ENGAGED from '@salesforce/label/c.Cio_Candidates_StateEngaged';
import STATE_HOT from '@salesforce/label/c.Cio_Candidates_StateHot';
import STATE_WARM from '@salesforce/label/c.Cio_Candidates_StateWarm';
import TEAM_BANNER_TITLE from '@salesforce/label/c.Cio_Candidates_TeamBannerTitle';
import TEAM_TITLE from '@salesforce/label/c.Cio_Candidates_TeamTitle';
import TOP_KEY_PAGE from '@salesforce/label/c.Cio_Candidates_TopKeyPage';
import TRUNCATED from '@salesforce/label/c.Cio_Candidates_Truncated';
import TRUNCATED_NO_TOTAL from '@salesforce/label/c.Cio_Candidates_TruncatedNoTotal';
import UNKNOWN_SCOPE from '@salesforce/label/c.Cio_Candidates_WidgetUnknownScope';
import UPDATED from '@salesforce/label/c.Cio_Candidates_Updated';

export const LABELS = Object.freeze({
    bannerError: BANNER_ERROR,
    bannerFallback: BANNER_FALLBACK,
    bannerLoading: BANNER_LOADING,
    claim: CLAIM,
    claimAssistive: CLAIM_ASSISTIVE,
    claimError: CLAIM_ERROR,
    claimedMessage: CLAIMED_MESSAGE,
    claimedTitle: CLAIMED_TITLE,
    claiming: CLAIMING,
    countEngaged: COUNT_ENGAGED,
    countHot: COUNT_HOT,
    countWarm: COUNT_WARM,
    countsLabel: COUNTS_LABEL,
    emptyHelp: EMPTY_HELP,
    emptyTitle: EMPTY_TITLE,
    invalidConfigurationHelp: INVALID_CONFIGURATION_HELP,
    invalidConfigurationTitle: INVALID_CONFIGURATION_TITLE,
    lastActivity: LAST_ACTIVITY,
    listLabel: LIST_LABEL,
    loadError: LOAD_ERROR,
    loading: LOADING,
    myBannerTitle: MY_BANNER_TITLE,
    myTitle: MY_TITLE,
    new: NEW,
    newAssistive: NEW_ASSISTIVE,
    newCount: NEW_COUNT,
    noActivityTime: NO_ACTIVITY_TIME,
    noPoolOwnerHelp: NO_POOL_OWNER_HELP,
    noPoolOwnerTitle: NO_POOL_OWNER_TITLE,
    notConfiguredHelp: NOT_CONFIGURED_HELP,
    notConfiguredTitle: NOT_CONFIGURED_TITLE,
    opensInNewTab: OPENS_IN_NEW_TAB,
    owner: OWNER,
    pipelineBannerTitle: PIPELINE_BANNER_TITLE,
    pipelineTitle: PIPELINE_TITLE,
    refresh: REFRESH,
    refreshing: REFRESHING,
    stateEngaged: STATE_ENGAGED,
    stateHot: STATE_HOT,
    stateWarm: STATE_WARM,
    teamBannerTitle: TEAM_BANNER_TITLE,
    teamTitle: TEAM_TITLE,
    topKeyPage: TOP_KEY_PAGE,
    truncated: TRUNCATED,
    truncatedNoTotal: TRUNCATED_NO_TOTAL,
    unknownScope: UNKNOWN_SCOPE,
    updated: UPDATED
});

export type LabelKey = keyof typeof LABELS;
