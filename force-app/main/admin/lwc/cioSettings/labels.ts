/**
 * Every string the Settings tab shows, as custom labels (force-app/main/admin/labels/CustomLabels.labels-meta.xml).
 * Labels with {0}, {1}… are filled with formatLabel().
 */
import TITLE from '@salesforce/label/c.Cio_Settings_Title';
import INTRO from '@salesforce/label/c.Cio_Settings_Intro';
import LOADING from '@salesforce/label/c.Cio_Settings_Loading';
import LOAD_ERROR from '@salesforce/label/c.Cio_Settings_LoadError';
import READ_ONLY from '@salesforce/label/c.Cio_Settings_ReadOnly';
import SAVE_SETTINGS from '@salesforce/label/c.Cio_Settings_SaveSettings';
import SAVING from '@salesforce/label/c.Cio_Settings_Saving';
import SAVE_ERROR from '@salesforce/label/c.Cio_Settings_SaveError';
import FIX_FIELDS from '@salesforce/label/c.Cio_Settings_FixFields';
import SAVED_TITLE from '@salesforce/label/c.Cio_Settings_SavedTitle';
import SAVED_MESSAGE from '@salesforce/label/c.Cio_Settings_SavedMessage';
import CREDENTIALS_TITLE from '@salesforce/label/c.Cio_Settings_CredentialsTitle';
import CREDENTIALS_HELP from '@salesforce/label/c.Cio_Settings_CredentialsHelp';
import WRITE_KEY from '@salesforce/label/c.Cio_Settings_WriteKey';
import WRITE_KEY_HELP from '@salesforce/label/c.Cio_Settings_WriteKeyHelp';
import APP_API_KEY from '@salesforce/label/c.Cio_Settings_AppApiKey';
import APP_API_KEY_HELP from '@salesforce/label/c.Cio_Settings_AppApiKeyHelp';
import KEY_SAVED_BY from '@salesforce/label/c.Cio_Settings_KeySavedBy';
import KEY_SAVED_AT from '@salesforce/label/c.Cio_Settings_KeySavedAt';
import KEY_SAVED from '@salesforce/label/c.Cio_Settings_KeySaved';
import KEY_NOT_SET from '@salesforce/label/c.Cio_Settings_KeyNotSet';
import SAVE_KEYS from '@salesforce/label/c.Cio_Settings_SaveKeys';
import SAVING_KEYS from '@salesforce/label/c.Cio_Settings_SavingKeys';
import SAVE_KEYS_ERROR from '@salesforce/label/c.Cio_Settings_SaveKeysError';
import SAVE_KEYS_FAILED from '@salesforce/label/c.Cio_Settings_SaveKeysFailed';
import KEYS_SAVED_TITLE from '@salesforce/label/c.Cio_Settings_KeysSavedTitle';
import KEYS_SAVED_MESSAGE from '@salesforce/label/c.Cio_Settings_KeysSavedMessage';
import SITE_ID from '@salesforce/label/c.Cio_Settings_SiteId';
import SITE_ID_HELP from '@salesforce/label/c.Cio_Settings_SiteIdHelp';
import REGION from '@salesforce/label/c.Cio_Settings_Region';
import REGION_HELP from '@salesforce/label/c.Cio_Settings_RegionHelp';
import REGION_US from '@salesforce/label/c.Cio_Settings_RegionUs';
import REGION_EU from '@salesforce/label/c.Cio_Settings_RegionEu';
import ENABLED from '@salesforce/label/c.Cio_Settings_Enabled';
import ENABLED_HELP from '@salesforce/label/c.Cio_Settings_EnabledHelp';
import ON from '@salesforce/label/c.Cio_Settings_On';
import OFF from '@salesforce/label/c.Cio_Settings_Off';
import SANDBOX_GUARD from '@salesforce/label/c.Cio_Settings_SandboxGuard';
import WARNING from '@salesforce/label/c.Cio_Settings_Warning';
import INFO from '@salesforce/label/c.Cio_Settings_Info';
import CONNECTION_TITLE from '@salesforce/label/c.Cio_Settings_ConnectionTitle';
import TEST_CONNECTION from '@salesforce/label/c.Cio_Settings_TestConnection';
import CONNECTION_HELP from '@salesforce/label/c.Cio_Settings_ConnectionHelp';
import CONNECTION_NO_PERMISSION from '@salesforce/label/c.Cio_Settings_ConnectionNoPermission';
import TESTING from '@salesforce/label/c.Cio_Settings_Testing';
import TEST_ERROR from '@salesforce/label/c.Cio_Settings_TestError';
import PIPELINES_API from '@salesforce/label/c.Cio_Settings_PipelinesApi';
import APP_API from '@salesforce/label/c.Cio_Settings_AppApi';
import CHECK_PASSED from '@salesforce/label/c.Cio_Settings_CheckPassed';
import CHECK_FAILED from '@salesforce/label/c.Cio_Settings_CheckFailed';
import CHECK_SKIPPED from '@salesforce/label/c.Cio_Settings_CheckSkipped';
import STATUS_CODE from '@salesforce/label/c.Cio_Settings_StatusCode';
import LATENCY from '@salesforce/label/c.Cio_Settings_Latency';
import WORKSPACE from '@salesforce/label/c.Cio_Settings_Workspace';
import REGION_HINT from '@salesforce/label/c.Cio_Settings_RegionHint';
import SWITCH_REGION from '@salesforce/label/c.Cio_Settings_SwitchRegion';
import REGION_SWITCHED from '@salesforce/label/c.Cio_Settings_RegionSwitched';
import RECRUITER_TITLE from '@salesforce/label/c.Cio_Settings_RecruiterTitle';
import OWNER_FIELD from '@salesforce/label/c.Cio_Settings_OwnerField';
import OWNER_FIELD_HELP from '@salesforce/label/c.Cio_Settings_OwnerFieldHelp';
import TEAM_SCOPE from '@salesforce/label/c.Cio_Settings_TeamScope';
import TEAM_SCOPE_HELP from '@salesforce/label/c.Cio_Settings_TeamScopeHelp';
import SCOPE_MANAGER_HIERARCHY from '@salesforce/label/c.Cio_Settings_ScopeManagerHierarchy';
import SCOPE_PUBLIC_GROUP from '@salesforce/label/c.Cio_Settings_ScopePublicGroup';
import SCOPE_QUEUE from '@salesforce/label/c.Cio_Settings_ScopeQueue';
import SCOPE_ALL_USERS from '@salesforce/label/c.Cio_Settings_ScopeAllUsers';
import TEAM_GROUP_ID from '@salesforce/label/c.Cio_Settings_TeamGroupId';
import TEAM_QUEUE_ID from '@salesforce/label/c.Cio_Settings_TeamQueueId';
import TEAM_GROUP_ID_HELP from '@salesforce/label/c.Cio_Settings_TeamGroupIdHelp';
import POOL_OWNER_ID from '@salesforce/label/c.Cio_Settings_PoolOwnerId';
import POOL_OWNER_ID_HELP from '@salesforce/label/c.Cio_Settings_PoolOwnerIdHelp';
import TEMPLATES_TITLE from '@salesforce/label/c.Cio_Settings_TemplatesTitle';
import TEMPLATES_HELP from '@salesforce/label/c.Cio_Settings_TemplatesHelp';
import RESET_TO_DEFAULT from '@salesforce/label/c.Cio_Settings_ResetToDefault';
import RESET_TEMPLATE from '@salesforce/label/c.Cio_Settings_ResetTemplate';
import PREVIEW from '@salesforce/label/c.Cio_Settings_Preview';
import UNKNOWN_PLACEHOLDERS from '@salesforce/label/c.Cio_Settings_UnknownPlaceholders';
import PLACEHOLDERS_TITLE from '@salesforce/label/c.Cio_Settings_PlaceholdersTitle';
import PLACEHOLDER_COLUMN from '@salesforce/label/c.Cio_Settings_PlaceholderColumn';
import MEANING_COLUMN from '@salesforce/label/c.Cio_Settings_MeaningColumn';
import EXAMPLE_COLUMN from '@salesforce/label/c.Cio_Settings_ExampleColumn';
import ENGAGEMENT_TITLE from '@salesforce/label/c.Cio_Settings_EngagementTitle';
import ENGAGEMENT_HELP from '@salesforce/label/c.Cio_Settings_EngagementHelp';
import KEY_PAGE_PATTERNS from '@salesforce/label/c.Cio_Settings_KeyPagePatterns';
import KEY_PAGE_PATTERNS_HELP from '@salesforce/label/c.Cio_Settings_KeyPagePatternsHelp';
import HOT_WINDOW from '@salesforce/label/c.Cio_Settings_HotWindow';
import HOT_WINDOW_HELP from '@salesforce/label/c.Cio_Settings_HotWindowHelp';
import WARM_WINDOW from '@salesforce/label/c.Cio_Settings_WarmWindow';
import WARM_WINDOW_HELP from '@salesforce/label/c.Cio_Settings_WarmWindowHelp';
import ENGAGED_WINDOW from '@salesforce/label/c.Cio_Settings_EngagedWindow';
import ENGAGED_WINDOW_HELP from '@salesforce/label/c.Cio_Settings_EngagedWindowHelp';
import EMAIL_WARM_WINDOW from '@salesforce/label/c.Cio_Settings_EmailWarmWindow';
import EMAIL_WARM_WINDOW_HELP from '@salesforce/label/c.Cio_Settings_EmailWarmWindowHelp';
import LOG_RETENTION from '@salesforce/label/c.Cio_Settings_LogRetention';
import LOG_RETENTION_HELP from '@salesforce/label/c.Cio_Settings_LogRetentionHelp';
import HEALTH_TITLE from '@salesforce/label/c.Cio_Settings_HealthTitle';
import HEALTH_SENDING from '@salesforce/label/c.Cio_Settings_HealthSending';
import HEALTH_SANDBOX_GUARD from '@salesforce/label/c.Cio_Settings_HealthSandboxGuard';
import HEALTH_GUARD_OK from '@salesforce/label/c.Cio_Settings_HealthGuardOk';
import HEALTH_GUARD_TRIPPED from '@salesforce/label/c.Cio_Settings_HealthGuardTripped';
import HEALTH_CREDENTIALS from '@salesforce/label/c.Cio_Settings_HealthCredentials';
import HEALTH_CREDENTIALS_SET from '@salesforce/label/c.Cio_Settings_HealthCredentialsSet';
import HEALTH_CREDENTIALS_MISSING from '@salesforce/label/c.Cio_Settings_HealthCredentialsMissing';
import HEALTH_LAST_CDP from '@salesforce/label/c.Cio_Settings_HealthLastCdp';
import HEALTH_LAST_APP_API from '@salesforce/label/c.Cio_Settings_HealthLastAppApi';
import HEALTH_NEVER from '@salesforce/label/c.Cio_Settings_HealthNever';
import HEALTH_OUTBOX from '@salesforce/label/c.Cio_Settings_HealthOutbox';
import HEALTH_OUTBOX_UNAVAILABLE from '@salesforce/label/c.Cio_Settings_HealthOutboxUnavailable';
import HEALTH_PENDING from '@salesforce/label/c.Cio_Settings_HealthPending';
import HEALTH_FAILED from '@salesforce/label/c.Cio_Settings_HealthFailed';
import HEALTH_DEAD from '@salesforce/label/c.Cio_Settings_HealthDead';
import HEALTH_OLDEST_PENDING from '@salesforce/label/c.Cio_Settings_HealthOldestPending';
import HEALTH_NONE from '@salesforce/label/c.Cio_Settings_HealthNone';
import HEALTH_SENDER from '@salesforce/label/c.Cio_Settings_HealthSender';
import HEALTH_SENDER_NOT_YET from '@salesforce/label/c.Cio_Settings_HealthSenderNotYet';
import HEALTH_SENDER_OK from '@salesforce/label/c.Cio_Settings_HealthSenderOk';
import HEALTH_SENDER_NO_ACCESS from '@salesforce/label/c.Cio_Settings_HealthSenderNoAccess';
import HEALTH_PURGE from '@salesforce/label/c.Cio_Settings_HealthPurge';
import HEALTH_PURGE_SCHEDULED from '@salesforce/label/c.Cio_Settings_HealthPurgeScheduled';
import HEALTH_PURGE_SCHEDULED_NO_DATE from '@salesforce/label/c.Cio_Settings_HealthPurgeScheduledNoDate';
import HEALTH_PURGE_NOT_SCHEDULED from '@salesforce/label/c.Cio_Settings_HealthPurgeNotScheduled';
import VALIDATION_REQUIRED from '@salesforce/label/c.Cio_Settings_ValidationRequired';
import VALIDATION_WHOLE_NUMBER from '@salesforce/label/c.Cio_Settings_ValidationWholeNumber';
import VALIDATION_GROUP_ID from '@salesforce/label/c.Cio_Settings_ValidationGroupId';
import VALIDATION_POOL_OWNER_ID from '@salesforce/label/c.Cio_Settings_ValidationPoolOwnerId';
import VALIDATION_PATTERNS_REQUIRED from '@salesforce/label/c.Cio_Settings_ValidationPatternsRequired';
import VALIDATION_TOO_LONG from '@salesforce/label/c.Cio_Settings_ValidationTooLong';
import VALIDATION_SITE_ID from '@salesforce/label/c.Cio_Settings_ValidationSiteId';
import VALIDATION_WINDOW_ORDER from '@salesforce/label/c.Cio_Settings_ValidationWindowOrder';
import VALIDATION_ENABLE_NEEDS_KEY from '@salesforce/label/c.Cio_Settings_ValidationEnableNeedsKey';

export const LABELS = Object.freeze({
    title: TITLE,
    intro: INTRO,
    loading: LOADING,
    loadError: LOAD_ERROR,
    readOnly: READ_ONLY,
    saveSettings: SAVE_SETTINGS,
    saving: SAVING,
    saveError: SAVE_ERROR,
    fixFields: FIX_FIELDS,
    savedTitle: SAVED_TITLE,
    savedMessage: SAVED_MESSAGE,
    credentialsTitle: CREDENTIALS_TITLE,
    credentialsHelp: CREDENTIALS_HELP,
    writeKey: WRITE_KEY,
    writeKeyHelp: WRITE_KEY_HELP,
    appApiKey: APP_API_KEY,
    appApiKeyHelp: APP_API_KEY_HELP,
    keySavedBy: KEY_SAVED_BY,
    keySavedAt: KEY_SAVED_AT,
    keySaved: KEY_SAVED,
    keyNotSet: KEY_NOT_SET,
    saveKeys: SAVE_KEYS,
    savingKeys: SAVING_KEYS,
    saveKeysError: SAVE_KEYS_ERROR,
    saveKeysFailed: SAVE_KEYS_FAILED,
    keysSavedTitle: KEYS_SAVED_TITLE,
    keysSavedMessage: KEYS_SAVED_MESSAGE,
    siteId: SITE_ID,
    siteIdHelp: SITE_ID_HELP,
    region: REGION,
    regionHelp: REGION_HELP,
    regionUs: REGION_US,
    regionEu: REGION_EU,
    enabled: ENABLED,
    enabledHelp: ENABLED_HELP,
    on: ON,
    off: OFF,
    sandboxGuard: SANDBOX_GUARD,
    warning: WARNING,
    info: INFO,
    connectionTitle: CONNECTION_TITLE,
    testConnection: TEST_CONNECTION,
    connectionHelp: CONNECTION_HELP,
    connectionNoPermission: CONNECTION_NO_PERMISSION,
    testing: TESTING,
    testError: TEST_ERROR,
    pipelinesApi: PIPELINES_API,
    appApi: APP_API,
    checkPassed: CHECK_PASSED,
    checkFailed: CHECK_FAILED,
    checkSkipped: CHECK_SKIPPED,
    statusCode: STATUS_CODE,
    latency: LATENCY,
    workspace: WORKSPACE,
    regionHint: REGION_HINT,
    switchRegion: SWITCH_REGION,
    regionSwitched: REGION_SWITCHED,
    recruiterTitle: RECRUITER_TITLE,
    ownerField: OWNER_FIELD,
    ownerFieldHelp: OWNER_FIELD_HELP,
    teamScope: TEAM_SCOPE,
    teamScopeHelp: TEAM_SCOPE_HELP,
    scopeManagerHierarchy: SCOPE_MANAGER_HIERARCHY,
    scopePublicGroup: SCOPE_PUBLIC_GROUP,
    scopeQueue: SCOPE_QUEUE,
    scopeAllUsers: SCOPE_ALL_USERS,
    teamGroupId: TEAM_GROUP_ID,
    teamQueueId: TEAM_QUEUE_ID,
    teamGroupIdHelp: TEAM_GROUP_ID_HELP,
    poolOwnerId: POOL_OWNER_ID,
    poolOwnerIdHelp: POOL_OWNER_ID_HELP,
    templatesTitle: TEMPLATES_TITLE,
    templatesHelp: TEMPLATES_HELP,
    resetToDefault: RESET_TO_DEFAULT,
    resetTemplate: RESET_TEMPLATE,
    preview: PREVIEW,
    unknownPlaceholders: UNKNOWN_PLACEHOLDERS,
    placeholdersTitle: PLACEHOLDERS_TITLE,
    placeholderColumn: PLACEHOLDER_COLUMN,
    meaningColumn: MEANING_COLUMN,
    exampleColumn: EXAMPLE_COLUMN,
    engagementTitle: ENGAGEMENT_TITLE,
    engagementHelp: ENGAGEMENT_HELP,
    keyPagePatterns: KEY_PAGE_PATTERNS,
    keyPagePatternsHelp: KEY_PAGE_PATTERNS_HELP,
    hotWindow: HOT_WINDOW,
    hotWindowHelp: HOT_WINDOW_HELP,
    warmWindow: WARM_WINDOW,
    warmWindowHelp: WARM_WINDOW_HELP,
    engagedWindow: ENGAGED_WINDOW,
    engagedWindowHelp: ENGAGED_WINDOW_HELP,
    emailWarmWindow: EMAIL_WARM_WINDOW,
    emailWarmWindowHelp: EMAIL_WARM_WINDOW_HELP,
    logRetention: LOG_RETENTION,
    logRetentionHelp: LOG_RETENTION_HELP,
    healthTitle: HEALTH_TITLE,
    healthSending: HEALTH_SENDING,
    healthSandboxGuard: HEALTH_SANDBOX_GUARD,
    healthGuardOk: HEALTH_GUARD_OK,
    healthGuardTripped: HEALTH_GUARD_TRIPPED,
    healthCredentials: HEALTH_CREDENTIALS,
    healthCredentialsSet: HEALTH_CREDENTIALS_SET,
    healthCredentialsMissing: HEALTH_CREDENTIALS_MISSING,
    healthLastCdp: HEALTH_LAST_CDP,
    healthLastAppApi: HEALTH_LAST_APP_API,
    healthNever: HEALTH_NEVER,
    healthOutbox: HEALTH_OUTBOX,
    healthOutboxUnavailable: HEALTH_OUTBOX_UNAVAILABLE,
    healthPending: HEALTH_PENDING,
    healthFailed: HEALTH_FAILED,
    healthDead: HEALTH_DEAD,
    healthOldestPending: HEALTH_OLDEST_PENDING,
    healthNone: HEALTH_NONE,
    healthSender: HEALTH_SENDER,
    healthSenderNotYet: HEALTH_SENDER_NOT_YET,
    healthSenderOk: HEALTH_SENDER_OK,
    healthSenderNoAccess: HEALTH_SENDER_NO_ACCESS,
    healthPurge: HEALTH_PURGE,
    healthPurgeScheduled: HEALTH_PURGE_SCHEDULED,
    healthPurgeScheduledNoDate: HEALTH_PURGE_SCHEDULED_NO_DATE,
    healthPurgeNotScheduled: HEALTH_PURGE_NOT_SCHEDULED,
    validationRequired: VALIDATION_REQUIRED,
    validationWholeNumber: VALIDATION_WHOLE_NUMBER,
    validationGroupId: VALIDATION_GROUP_ID,
    validationPoolOwnerId: VALIDATION_POOL_OWNER_ID,
    validationPatternsRequired: VALIDATION_PATTERNS_REQUIRED,
    validationTooLong: VALIDATION_TOO_LONG,
    validationSiteId: VALIDATION_SITE_ID,
    validationWindowOrder: VALIDATION_WINDOW_ORDER,
    validationEnableNeedsKey: VALIDATION_ENABLE_NEEDS_KEY
});

export type LabelKey = keyof typeof LABELS;
