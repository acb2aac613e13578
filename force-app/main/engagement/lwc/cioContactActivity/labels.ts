/**
 * Every string the Contact Activity panel shows, as custom labels
 * (force-app/main/engagement/ui-labels/CustomLabels.labels-meta.xml). Labels with {0} are filled with formatLabel().
 */
import TITLE from '@salesforce/label/c.Cio_ContactActivity_Title';
import LOADING from '@salesforce/label/c.Cio_ContactActivity_Loading';
import REFRESH from '@salesforce/label/c.Cio_ContactActivity_Refresh';
import REFRESH_HELP from '@salesforce/label/c.Cio_ContactActivity_RefreshHelp';
import REFRESHING from '@salesforce/label/c.Cio_ContactActivity_Refreshing';
import UPDATED from '@salesforce/label/c.Cio_ContactActivity_Updated';
import UPDATED_FROM_CACHE from '@salesforce/label/c.Cio_ContactActivity_UpdatedFromCache';
import STALE_DATA from '@salesforce/label/c.Cio_ContactActivity_StaleData';
import JUST_NOW from '@salesforce/label/c.Cio_ContactActivity_JustNow';
import PERSON_MATCHED from '@salesforce/label/c.Cio_ContactActivity_PersonMatched';
import PERSON_ID from '@salesforce/label/c.Cio_ContactActivity_PersonId';
import WHY_TITLE from '@salesforce/label/c.Cio_ContactActivity_WhyTitle';
import LAST_ACTIVITY from '@salesforce/label/c.Cio_ContactActivity_LastActivity';
import KPIS_TITLE from '@salesforce/label/c.Cio_ContactActivity_KpisTitle';
import KPI_LAST_SENT from '@salesforce/label/c.Cio_ContactActivity_KpiLastSent';
import KPI_LAST_OPENED from '@salesforce/label/c.Cio_ContactActivity_KpiLastOpened';
import KPI_LAST_CLICKED from '@salesforce/label/c.Cio_ContactActivity_KpiLastClicked';
import KPI_KEY_PAGES_TODAY from '@salesforce/label/c.Cio_ContactActivity_KpiKeyPagesToday';
import KPI_KEY_PAGES_TODAY_DETAIL from '@salesforce/label/c.Cio_ContactActivity_KpiKeyPagesTodayDetail';
import KPI_LAST_PAGE_VIEW from '@salesforce/label/c.Cio_ContactActivity_KpiLastPageView';
import NEVER from '@salesforce/label/c.Cio_ContactActivity_Never';
import NO_PAGE_VIEWS from '@salesforce/label/c.Cio_ContactActivity_NoPageViews';
import KEY_PAGES_TITLE from '@salesforce/label/c.Cio_ContactActivity_KeyPagesTitle';
import KEY_PAGES_EMPTY from '@salesforce/label/c.Cio_ContactActivity_KeyPagesEmpty';
import EMAILS_TITLE from '@salesforce/label/c.Cio_ContactActivity_EmailsTitle';
import EMAILS_CAPTION from '@salesforce/label/c.Cio_ContactActivity_EmailsCaption';
import EMAILS_EMPTY from '@salesforce/label/c.Cio_ContactActivity_EmailsEmpty';
import COLUMN_TIME from '@salesforce/label/c.Cio_ContactActivity_ColumnTime';
import COLUMN_TYPE from '@salesforce/label/c.Cio_ContactActivity_ColumnType';
import COLUMN_SUBJECT from '@salesforce/label/c.Cio_ContactActivity_ColumnSubject';
import COLUMN_CAMPAIGN from '@salesforce/label/c.Cio_ContactActivity_ColumnCampaign';
import SORTED_ASCENDING from '@salesforce/label/c.Cio_ContactActivity_SortedAscending';
import SORTED_DESCENDING from '@salesforce/label/c.Cio_ContactActivity_SortedDescending';
import NO_SUBJECT from '@salesforce/label/c.Cio_ContactActivity_NoSubject';
import NO_CAMPAIGN from '@salesforce/label/c.Cio_ContactActivity_NoCampaign';
import TYPE_SENT from '@salesforce/label/c.Cio_ContactActivity_TypeSent';
import TYPE_DELIVERED from '@salesforce/label/c.Cio_ContactActivity_TypeDelivered';
import TYPE_OPENED from '@salesforce/label/c.Cio_ContactActivity_TypeOpened';
import TYPE_CLICKED from '@salesforce/label/c.Cio_ContactActivity_TypeClicked';
import TYPE_BOUNCED from '@salesforce/label/c.Cio_ContactActivity_TypeBounced';
import TYPE_FAILED from '@salesforce/label/c.Cio_ContactActivity_TypeFailed';
import TYPE_UNSUBSCRIBED from '@salesforce/label/c.Cio_ContactActivity_TypeUnsubscribed';
import OPENS_IN_NEW_TAB from '@salesforce/label/c.Cio_ContactActivity_OpensInNewTab';
import MATCHES_TITLE from '@salesforce/label/c.Cio_ContactActivity_MatchesTitle';
import NO_EMAIL_TITLE from '@salesforce/label/c.Cio_ContactActivity_NoEmailTitle';
import NO_EMAIL_BODY from '@salesforce/label/c.Cio_ContactActivity_NoEmailBody';
import NOT_FOUND_TITLE from '@salesforce/label/c.Cio_ContactActivity_NotFoundTitle';
import NOT_FOUND_BODY from '@salesforce/label/c.Cio_ContactActivity_NotFoundBody';
import NOT_CONFIGURED_TITLE from '@salesforce/label/c.Cio_ContactActivity_NotConfiguredTitle';
import NOT_CONFIGURED_BODY from '@salesforce/label/c.Cio_ContactActivity_NotConfiguredBody';
import UNAUTHORIZED_TITLE from '@salesforce/label/c.Cio_ContactActivity_UnauthorizedTitle';
import UNAUTHORIZED_BODY from '@salesforce/label/c.Cio_ContactActivity_UnauthorizedBody';
import RATE_LIMITED_TITLE from '@salesforce/label/c.Cio_ContactActivity_RateLimitedTitle';
import RATE_LIMITED_WAIT from '@salesforce/label/c.Cio_ContactActivity_RateLimitedWait';
import RATE_LIMITED_READY from '@salesforce/label/c.Cio_ContactActivity_RateLimitedReady';
import RATE_LIMITED_LATER from '@salesforce/label/c.Cio_ContactActivity_RateLimitedLater';
import TIMEOUT_TITLE from '@salesforce/label/c.Cio_ContactActivity_TimeoutTitle';
import TIMEOUT_BODY from '@salesforce/label/c.Cio_ContactActivity_TimeoutBody';
import ERROR_MESSAGE from '@salesforce/label/c.Cio_ContactActivity_ErrorMessage';
import NO_RECORD from '@salesforce/label/c.Cio_ContactActivity_NoRecord';
import INFO from '@salesforce/label/c.Cio_ContactActivity_Info';
import WARNING from '@salesforce/label/c.Cio_ContactActivity_Warning';

export const LABELS = Object.freeze({
    title: TITLE,
    loading: LOADING,
    refresh: REFRESH,
    refreshHelp: REFRESH_HELP,
    refreshing: REFRESHING,
    updated: UPDATED,
    updatedFromCache: UPDATED_FROM_CACHE,
    staleData: STALE_DATA,
    justNow: JUST_NOW,
    personMatched: PERSON_MATCHED,
    personId: PERSON_ID,
    whyTitle: WHY_TITLE,
    lastActivity: LAST_ACTIVITY,
    kpisTitle: KPIS_TITLE,
    kpiLastSent: KPI_LAST_SENT,
    kpiLastOpened: KPI_LAST_OPENED,
    kpiLastClicked: KPI_LAST_CLICKED,
    kpiKeyPagesToday: KPI_KEY_PAGES_TODAY,
    kpiKeyPagesTodayDetail: KPI_KEY_PAGES_TODAY_DETAIL,
    kpiLastPageView: KPI_LAST_PAGE_VIEW,
    never: NEVER,
    noPageViews: NO_PAGE_VIEWS,
    keyPagesTitle: KEY_PAGES_TITLE,
    keyPagesEmpty: KEY_PAGES_EMPTY,
    emailsTitle: EMAILS_TITLE,
    emailsCaption: EMAILS_CAPTION,
    emailsEmpty: EMAILS_EMPTY,
    columnTime: COLUMN_TIME,
    columnType: COLUMN_TYPE,
    columnSubject: COLUMN_SUBJECT,
    columnCampaign: COLUMN_CAMPAIGN,
    sortedAscending: SORTED_ASCENDING,
    sortedDescending: SORTED_DESCENDING,
    noSubject: NO_SUBJECT,
    noCampaign: NO_CAMPAIGN,
    typeSent: TYPE_SENT,
    typeDelivered: TYPE_DELIVERED,
    typeOpened: TYPE_OPENED,
    typeClicked: TYPE_CLICKED,
    typeBounced: TYPE_BOUNCED,
    typeFailed: TYPE_FAILED,
    typeUnsubscribed: TYPE_UNSUBSCRIBED,
    opensInNewTab: OPENS_IN_NEW_TAB,
    matchesTitle: MATCHES_TITLE,
    noEmailTitle: NO_EMAIL_TITLE,
    noEmailBody: NO_EMAIL_BODY,
    notFoundTitle: NOT_FOUND_TITLE,
    notFoundBody: NOT_FOUND_BODY,
    notConfiguredTitle: NOT_CONFIGURED_TITLE,
    notConfiguredBody: NOT_CONFIGURED_BODY,
    unauthorizedTitle: UNAUTHORIZED_TITLE,
    unauthorizedBody: UNAUTHORIZED_BODY,
    rateLimitedTitle: RATE_LIMITED_TITLE,
    rateLimitedWait: RATE_LIMITED_WAIT,
    rateLimitedReady: RATE_LIMITED_READY,
    rateLimitedLater: RATE_LIMITED_LATER,
    timeoutTitle: TIMEOUT_TITLE,
    timeoutBody: TIMEOUT_BODY,
    errorMessage: ERROR_MESSAGE,
    noRecord: NO_RECORD,
    info: INFO,
    warning: WARNING
});
