/**
 * The local preview's one table: which pages exist and which components they show, which scenarios there are, and
 * how each Apex method answers. Components are found in the package directories by name, so a page lights up as
 * soon as its components are merged; until then it shows a "not built on this branch" placeholder.
 *
 * To add a screen: list its components under its page, route each Apex method it calls (fixture files from the
 * component's `__tests__/data`), and add the scenarios that vary it. `npm run test:unit` checks the table
 * (every fixture exists and parses, every Apex method a page calls has a route).
 */
import {
    SAMPLE_CONTACT_ID,
    SETTINGS,
    TRIGGERS,
    backfillStatusInPreview,
    countRecordsInPreview,
    noTriggers,
    previewPayloadFor,
    readOnlyView,
    saveApiKeysAccepted,
    saveSettingsAccepted,
    startBackfillInPreview,
    unconfiguredView,
    untestedReport
} from './adminData';
import { apexError, fixture, handler, relativeToNow, type ApexRoute } from './backend';
import {
    CONTACT_ACTIVITY,
    TRIGGER_FORM,
    candidatesForScope,
    claimInPreview,
    deploymentStatusInPreview,
    describeInPreview,
    everyScope,
    saveTriggerInPreview,
    sendNowInPreview
} from './engagementData';

/** One component on a page, with the properties the page gives it (a record page passes `recordId`). */
export interface PageComponent {
    name: string;
    props?: Record<string, unknown>;
    /** Columns of a 12-column grid it spans (default 12), as a Lightning page region would size it. */
    columns?: number;
}

export interface PageDefinition {
    /** The URL path: `/<id>`. */
    id: string;
    title: string;
    /** Who uses the page in the product, and where they find it. */
    where: string;
    components: PageComponent[];
}

export interface ScenarioDefinition {
    id: string;
    label: string;
    description: string;
    /** Custom permissions (`@salesforce/customPermission/X`) the preview user lacks in this scenario. */
    withoutPermissions?: string[];
}

export const DEFAULT_SCENARIO = 'default';

/** The whole table; tests build previews from smaller ones. */
export interface PreviewTable {
    pages: readonly PageDefinition[];
    scenarios: readonly ScenarioDefinition[];
    defaultScenario: string;
    routes: Readonly<Record<string, ApexRoute>>;
}

export const PAGES: PageDefinition[] = [
    {
        id: 'settings',
        title: 'Settings',
        where: 'Admin · CIO Pipelines app → Settings tab',
        components: [{ name: SETTINGS }]
    },
    {
        id: 'triggers',
        title: 'Triggers',
        where: 'Admin · CIO Pipelines app → Triggers tab',
        components: [{ name: TRIGGERS }]
    },
    {
        id: 'contact',
        title: 'Contact Activity',
        where: 'Recruiter · a Contact record page',
        components: [
            { name: 'cioEngagementBanner', props: { recordId: SAMPLE_CONTACT_ID, objectApiName: 'Contact' } },
            { name: 'cioContactActivity', props: { recordId: SAMPLE_CONTACT_ID, objectApiName: 'Contact' } }
        ]
    },
    {
        id: 'recruiter-home',
        title: 'Recruiter home',
        where: 'Recruiter · CIO Pipelines app home',
        // As the CIO_Pipelines_Home flexipage places them: banners on top, then My, Team and Pipeline.
        components: [
            { name: 'cioMyCandidatesBanner', columns: 4 },
            { name: 'cioTeamCandidatesBanner', columns: 4 },
            { name: 'cioPipelineCandidatesBanner', columns: 4 },
            { name: 'cioMyActiveCandidates', columns: 4 },
            { name: 'cioTeamActiveCandidates', columns: 4 },
            { name: 'cioPipelineActiveCandidates', columns: 4 }
        ]
    }
];

export const SCENARIOS: ScenarioDefinition[] = [
    {
        id: DEFAULT_SCENARIO,
        label: 'Configured workspace',
        description: 'Keys saved, sending on, six Event Triggers; every call succeeds.'
    },
    {
        id: 'unconfigured',
        label: 'First install',
        description: 'Nothing configured yet: no keys, no Site ID, sending off, no Event Triggers.'
    },
    {
        id: 'read-only',
        label: 'Admin without permission',
        description: 'A user without the CIO Pipelines Admin permission set: Settings are read-only.'
    },
    {
        id: 'connection-failed',
        label: 'Test Connection fails',
        description: 'The Pipelines API times out (503) and the App API key is not set.'
    },
    {
        id: 'wrong-region',
        label: 'Wrong region',
        description: 'Both keys belong to an EU workspace while the region is US.'
    },
    {
        id: 'save-rejected',
        label: 'Save rejected',
        description: 'Apex refuses the settings: an unknown Candidate Owner Field and a template over 255 characters.'
    },
    {
        id: 'server-errors',
        label: 'Server errors',
        description: 'Every Apex call throws, as it does for a user without the custom permission.'
    },
    {
        id: 'warm-by-email',
        label: 'Candidate warm by email',
        description: 'The Contact opened an email this morning but has viewed no key page this week.'
    },
    {
        id: 'quiet-candidate',
        label: 'Quiet candidate',
        description: 'The Contact was last active weeks ago; the dashboard has no active candidates.'
    },
    {
        id: 'several-people',
        label: 'Several people, one email',
        description: "Two people in Customer.io share the Contact's email address; the panel says which one it shows."
    },
    {
        id: 'not-in-customerio',
        label: 'Not in Customer.io',
        description: "The Contact's email address is not in the Customer.io workspace."
    },
    {
        id: 'rate-limited',
        label: 'Rate limited',
        description: 'Customer.io answered 429 with Retry-After: the panel waits before it may refresh.'
    },
    {
        id: 'dashboard-misconfigured',
        label: 'Dashboard misconfigured',
        description: 'No Unassigned Pool Owner, and a queue id where the Team strategy expects a public group.'
    }
];

/** What CioPermissions.require() throws for a user without the admin custom permission. */
const NO_PERMISSION = apexError(['Cio_Permission_Missing', 'CIO_Manage_Settings']);

/** The Contact Activity panel and the banner read the same payload (the banner's call is served from cache). */
function panel(file: string) {
    return fixture(CONTACT_ACTIVITY, file, relativeToNow('fetchedAt'));
}

const CONTACT_ACTIVITY_ROUTE: ApexRoute = {
    default: panel('panel.hot.json'),
    unconfigured: fixture(CONTACT_ACTIVITY, 'panel.notConfigured.json'),
    'server-errors': fixture(CONTACT_ACTIVITY, 'panel.error.json'),
    'warm-by-email': panel('panel.warmEmail.json'),
    'quiet-candidate': panel('panel.quiet.json'),
    'several-people': panel('panel.multipleMatches.json'),
    'not-in-customerio': panel('panel.notFound.json'),
    'rate-limited': fixture(CONTACT_ACTIVITY, 'panel.rateLimited.json')
};

export const APEX_ROUTES: Record<string, ApexRoute> = {
    'CioSettingsController.getSettings': {
        default: fixture(SETTINGS, 'settingsView.json'),
        unconfigured: fixture(SETTINGS, 'settingsView.json', unconfiguredView),
        'read-only': fixture(SETTINGS, 'settingsView.json', readOnlyView),
        'server-errors': NO_PERMISSION
    },
    'CioSettingsController.saveSettings': {
        default: handler(saveSettingsAccepted),
        'save-rejected': fixture(SETTINGS, 'saveResult.fieldErrors.json'),
        'server-errors': NO_PERMISSION
    },
    'CioSettingsController.saveApiKeys': {
        default: handler(saveApiKeysAccepted),
        'server-errors': NO_PERMISSION
    },
    'CioSettingsController.testConnection': {
        default: fixture(SETTINGS, 'connectionReport.ok.json'),
        unconfigured: fixture(SETTINGS, 'connectionReport.ok.json', untestedReport),
        'connection-failed': fixture(SETTINGS, 'connectionReport.failed.json'),
        'wrong-region': fixture(SETTINGS, 'connectionReport.wrongRegion.json'),
        'server-errors': NO_PERMISSION
    },
    'CioTriggerListController.listTriggers': {
        default: fixture(TRIGGERS, 'triggers.json'),
        unconfigured: handler(noTriggers),
        'server-errors': NO_PERMISSION
    },
    'CioTriggerListController.previewPayload': {
        default: handler(previewPayloadFor),
        'server-errors': NO_PERMISSION
    },
    'CioBackfillController.countRecords': { default: handler(countRecordsInPreview) },
    'CioBackfillController.startBackfill': { default: handler(startBackfillInPreview) },
    'CioBackfillController.backfillStatus': { default: handler(backfillStatusInPreview) },
    'CioTriggerEditorController.listObjects': {
        default: fixture(TRIGGER_FORM, 'objects.json'),
        'server-errors': NO_PERMISSION
    },
    'CioTriggerEditorController.describeObject': { default: handler(describeInPreview) },
    'CioTriggerEditorController.validateTrigger': { default: handler(() => []) },
    'CioTriggerEditorController.saveTrigger': {
        default: handler(saveTriggerInPreview),
        'server-errors': NO_PERMISSION
    },
    'CioTriggerEditorController.deploymentStatus': { default: handler(deploymentStatusInPreview) },
    'CioTriggerEditorController.sendPreviewNow': { default: handler(sendNowInPreview) },
    'CioContactActivityController.getActivity': CONTACT_ACTIVITY_ROUTE,
    'CioContactActivityController.getBanner': CONTACT_ACTIVITY_ROUTE,
    'CioCandidatesController.getCandidates': {
        default: handler(candidatesForScope),
        unconfigured: handler(everyScope('notConfigured.json')),
        'quiet-candidate': handler(everyScope('empty.json')),
        'server-errors': handler(everyScope('error.json')),
        'dashboard-misconfigured': handler((params, context) => {
            const file = { TEAM: 'invalidConfiguration.json', PIPELINE: 'noPoolOwner.json' }[String(params.scope)];
            return file ? everyScope(file)(params, context) : candidatesForScope(params, context);
        })
    },
    'CioCandidatesController.claimCandidate': { default: handler(claimInPreview) }
};

export const REGISTRY: PreviewTable = {
    pages: PAGES,
    scenarios: SCENARIOS,
    defaultScenario: DEFAULT_SCENARIO,
    routes: APEX_ROUTES
};
