/**
 * The journeys of issue 8 that the package can do today, as functions of a Journey and the project whose fixtures
 * and labels the preview serves. The specs run them against the project; gate.spec.ts runs them against a copy with
 * a known-bad fixture and expects them to fail. What a journey expects to see is what the preview's backend answers
 * for the scenario (the Jest fixtures) in the words of the project's custom labels, never a third copy.
 *
 * A journey for another screen is a page object under pages/ and a function here; see "Local preview and browser
 * tests" in docs/ARCHITECTURE.md.
 */
import type {
    ConnectionReport,
    SaveResult,
    SettingsView
} from '../../force-app/main/admin/lwc/cioSettings/settingsTypes';
import type { PreviewResult, TriggerRow } from '../../force-app/main/admin/lwc/cioTriggerEditor/triggerTypes';
import type {
    DeploymentStatus,
    ObjectOption,
    ObjectSchema,
    SaveTriggerResult
} from '../../force-app/main/admin/lwc/cioTriggerModel/editorTypes';
import type {
    Candidate,
    CandidateList,
    Scope
} from '../../force-app/main/engagement/dashboard/lwc/cioCandidateData/candidateTypes';
import type { Panel } from '../../force-app/main/engagement/lwc/cioContactActivity/activityTypes';
import { SAMPLE_CONTACT_ID } from '../../scripts/preview/adminData';
import { loadLabels } from '../../scripts/preview/labels';
import { projectBackend } from '../../scripts/preview/preview';
import { ContactActivityPage } from './pages/contactActivityPage';
import { RecruiterHomePage } from './pages/recruiterHomePage';
import { SettingsPage } from './pages/settingsPage';
import { TriggersPage } from './pages/triggersPage';
import type { Journey } from './support/browser';

/** Asks the preview's backend, as the page does: `(method, scenario, params)` gives the answer or throws. */
export type PreviewAnswers = <T>(method: string, scenario: string, params?: Record<string, unknown>) => T;

/**
 * One backend of the project, for a journey whose expectation needs several calls in a row, as the page makes them
 * (a claim, then the list without the claimed candidate). Each call of answerOf starts from a fresh one.
 */
export function previewSession(root: string): PreviewAnswers {
    const backend = projectBackend(root);
    return <T>(method: string, scenario: string, params: Record<string, unknown> = {}): T => {
        const outcome = backend.call({ method, params, scenario });
        if (!outcome.ok) {
            throw new Error(`${method} in ${scenario} answers an error: ${outcome.error.body.message}`);
        }
        return outcome.data as T;
    };
}

/** What the preview answers for an Apex call in a scenario: the journey's expectation. */
export function answerOf<T>(root: string, method: string, scenario: string, params: Record<string, unknown> = {}): T {
    return previewSession(root)<T>(method, scenario, params);
}

/** A custom label of the project, with `{0}`… filled in. */
export function label(root: string, name: string, ...values: string[]): string {
    const value = loadLabels(root).get(name);
    if (value === undefined) throw new Error(`no label ${name}`);
    return value.replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
}

/** Settings: an invalid value is refused before anything is sent, with the reason under the field. */
export async function saveWithInvalidValue(journey: Journey, root: string): Promise<void> {
    const settings = await SettingsPage.open(journey);
    await settings.fill('hotWindowMinutes', '0');
    await settings.save();

    expect(await settings.fieldError('hotWindowMinutes')).toBe(
        label(root, 'Cio_Settings_ValidationWholeNumber', '1440')
    );
    expect(await settings.isMarkedInvalid('hotWindowMinutes')).toBe(true);
    expect(await settings.saveMessage()).toBe(label(root, 'Cio_Settings_FixFields'));
}

/** Settings: Apex refuses the save; each of its messages shows next to its field, its summary above the form. */
export async function saveRefusedByApex(journey: Journey, root: string): Promise<void> {
    const refused = answerOf<SaveResult>(root, 'CioSettingsController.saveSettings', 'save-rejected');
    const settings = await SettingsPage.open(journey, 'save-rejected');
    await settings.save();

    expect(await settings.saveMessage()).toBe(refused.message);
    for (const error of refused.fieldErrors) {
        expect(await settings.fieldError(error.field)).toBe(error.message);
    }
    expect(await settings.isMarkedInvalid('candidateOwnerField')).toBe(true);
}

/** Settings: Test Connection reports each API on its own line, as Apex answered for the scenario. */
export async function testConnection(journey: Journey, root: string, scenario = 'default'): Promise<void> {
    const report = answerOf<ConnectionReport>(root, 'CioSettingsController.testConnection', scenario);
    const view = answerOf<SettingsView>(root, 'CioSettingsController.getSettings', scenario);
    const settings = await SettingsPage.open(journey, scenario);
    await settings.testConnection();

    const status = (check: ConnectionReport['cdp']) =>
        label(
            root,
            check.skipped
                ? 'Cio_Settings_CheckSkipped'
                : check.ok
                  ? 'Cio_Settings_CheckPassed'
                  : 'Cio_Settings_CheckFailed'
        );
    const workspace = (check: ConnectionReport['cdp']) =>
        check.workspaceName ? label(root, 'Cio_Settings_Workspace', check.workspaceName) : '';
    expect(await settings.connectionResults()).toEqual([
        {
            api: 'CDP',
            name: label(root, 'Cio_Settings_PipelinesApi'),
            status: status(report.cdp),
            message: report.cdp.message,
            workspace: workspace(report.cdp)
        },
        {
            api: 'APP_API',
            name: label(root, 'Cio_Settings_AppApi'),
            status: status(report.appApi),
            message: report.appApi.message,
            workspace: workspace(report.appApi)
        }
    ]);
    const hints = [...new Set([report.cdp.regionHint, report.appApi.regionHint].filter((hint) => hint !== null))];
    expect(await settings.regionHints()).toEqual(
        hints.map((hint) => label(root, 'Cio_Settings_RegionHint', hint, view.settings.region))
    );
}

/** Triggers: open an Event Trigger and preview the payload it builds for the sample Contact. */
export async function previewPayload(journey: Journey, root: string): Promise<void> {
    const rows = answerOf<TriggerRow[]>(root, 'CioTriggerListController.listTriggers', 'default');
    const contact = rows.find((row) => row.developerName === 'Contact_Identify')!;
    const params = { triggerName: contact.developerName, recordId: SAMPLE_CONTACT_ID };
    const expected = answerOf<PreviewResult>(root, 'CioTriggerListController.previewPayload', 'default', params);
    const triggers = await TriggersPage.open(journey);
    expect(await triggers.triggerNames()).toEqual(rows.map((row) => row.developerName));

    await triggers.openTrigger(contact.label);
    await triggers.previewPayload(SAMPLE_CONTACT_ID);

    expect(await triggers.payloadJson()).toBe(expected.json);
}

/** Settings as an admin first sees it, checked by axe (the journey checks again at its end). */
export async function settingsAccessible(journey: Journey): Promise<void> {
    await SettingsPage.open(journey);
    await journey.expectAccessible('Settings');
}

// ---- shared expectations ----------------------------------------------------------------------------------------

/**
 * A banner template with its values put in for its `{placeholders}`: what the package's one renderer
 * (c/cioTemplates) shows when every placeholder has a value. A placeholder without one stays as written, so the
 * journeys that expect a finished sentence also check that no `{…}` is left.
 */
export function filledTemplate(
    template: string | null | undefined,
    values: readonly { name: string; value?: string | null }[] | null | undefined
): string {
    const byName = new Map((values ?? []).map((value) => [value.name, value.value ?? '']));
    return (template ?? '').replace(/\{([^{}]+)\}/g, (token, name: string) => byName.get(name) ?? token);
}

const PLACEHOLDER = /\{[^{}]*\}/;

/**
 * "26 minutes ago": how the panel words a time under an hour old, in the preview's locale (en-US, the base
 * components' i18n stub). Throws for other ages, so a fixture that moves a time past an hour asks for a new wording.
 */
export function minutesAgo(at: number | null | undefined, now: number | null | undefined): string {
    const minutes = Math.floor(((now ?? 0) - (at ?? 0)) / 60_000);
    if (at == null || now == null || minutes < 1 || minutes >= 60) {
        throw new Error(`minutesAgo: ${String(at)} is not between one minute and an hour before ${String(now)}`);
    }
    return new Intl.RelativeTimeFormat('en-US', { numeric: 'always' }).format(-minutes, 'minute');
}

// ---- Contact Activity -------------------------------------------------------------------------------------------

function contactPanel(root: string, scenario: string): Panel {
    return answerOf<Panel>(root, 'CioContactActivityController.getActivity', scenario, {
        contactId: SAMPLE_CONTACT_ID
    });
}

/**
 * Contact Activity: a HOT contact. The banner (on top of the record page, and again in the panel) shows the HOT state
 * in words and the admin's template for it filled with the contact's values; the five KPI cards show the last send,
 * open and click, today's key pages and the last page view, whose link is the page's address.
 */
export async function hotContact(journey: Journey, root: string): Promise<void> {
    const panel = contactPanel(root, 'default');
    const engagement = panel.engagement!;
    const kpis = panel.kpis!;
    expect(engagement.state).toBe('HOT');
    const contact = await ContactActivityPage.open(journey);

    const banner = {
        state: 'HOT',
        name: label(root, 'Cio_EngagementBanner_StateHot'),
        text: filledTemplate(engagement.template, engagement.values)
    };
    expect(await contact.bannerView()).toEqual(banner);
    expect(banner.text).not.toMatch(PLACEHOLDER);
    expect(await contact.panelBannerView()).toEqual(banner);

    const ago = (at: number | null | undefined) => minutesAgo(at, panel.fetchedAt);
    expect(await contact.kpiCards()).toEqual([
        { key: 'lastSent', label: label(root, 'Cio_ContactActivity_KpiLastSent'), value: ago(kpis.lastSentAt) },
        { key: 'lastOpened', label: label(root, 'Cio_ContactActivity_KpiLastOpened'), value: ago(kpis.lastOpenedAt) },
        {
            key: 'lastClicked',
            label: label(root, 'Cio_ContactActivity_KpiLastClicked'),
            value: ago(kpis.lastClickedAt)
        },
        {
            key: 'keyPagesToday',
            label: label(root, 'Cio_ContactActivity_KpiKeyPagesToday'),
            value: String(kpis.keyPagesToday)
        },
        {
            key: 'lastPageView',
            label: label(root, 'Cio_ContactActivity_KpiLastPageView'),
            value: ago(kpis.lastPageAt)
        }
    ]);
    expect(await contact.lastPageLink()).toBe(kpis.lastPageUrl);
}

/**
 * Contact Activity: the email activity table opens newest first; selecting Subject sorts it A to Z, selecting it again
 * Z to A, and `aria-sort` follows on the column headings. The rows stay the same emails.
 */
export async function sortEmailTable(journey: Journey, root: string): Promise<void> {
    const emails = contactPanel(root, 'default').emails ?? [];
    expect(emails.every((email) => typeof email.subject === 'string' && email.subject.trim() !== '')).toBe(true);
    const columns = ['Time', 'Type', 'Subject', 'Campaign'].map((name) =>
        label(root, `Cio_ContactActivity_Column${name}`)
    );
    const sorted = (column: string, direction: string) =>
        columns.map((name) => ({ column: name, ariaSort: name === column ? direction : 'none' }));
    // Newest first; equal times by id, as the panel breaks ties.
    const newestFirst = [...emails]
        .sort((a, b) => (b.at ?? 0) - (a.at ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((email) => email.id);
    const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
    const aToZ = emails.map((email) => email.subject!.trim()).sort(collator.compare);
    const contact = await ContactActivityPage.open(journey);

    expect(await contact.sortState()).toEqual(sorted(columns[0], 'descending'));
    expect(await contact.emailRowIds()).toEqual(newestFirst);

    await contact.sortBy(columns[2]);
    expect(await contact.sortState()).toEqual(sorted(columns[2], 'ascending'));
    expect(await contact.emailSubjects()).toEqual(aToZ);

    await contact.sortBy(columns[2]);
    expect(await contact.sortState()).toEqual(sorted(columns[2], 'descending'));
    expect(await contact.emailSubjects()).toEqual([...aToZ].reverse());
    expect([...(await contact.emailRowIds())].sort()).toEqual([...newestFirst].sort());
}

/**
 * Contact Activity: Customer.io answered 429 with Retry-After. The banner and the panel say so, Refresh is disabled
 * while the panel counts the wait down, and enabled when it is over. The page's clock is Playwright's, run forward
 * instead of waiting the seconds out.
 */
export async function rateLimitedContact(journey: Journey, root: string): Promise<void> {
    const panel = contactPanel(root, 'rate-limited');
    const wait = panel.retryAfterSeconds!;
    expect(panel.status).toBe('RATE_LIMITED');
    await journey.page.clock.install();
    const contact = await ContactActivityPage.open(journey, 'rate-limited');

    expect(await contact.bannerNotice()).toBe(label(root, 'Cio_ContactActivity_RateLimitedTitle'));
    expect(await contact.notice()).toEqual({
        status: 'RATE_LIMITED',
        title: label(root, 'Cio_ContactActivity_RateLimitedTitle'),
        detail: panel.message
    });
    expect(await contact.refreshButton.isDisabled()).toBe(true);
    const waitText = await contact.rateLimitWait();
    const seconds = Number(/\d+/.exec(waitText)?.[0]);
    expect(waitText).toBe(label(root, 'Cio_ContactActivity_RateLimitedWait', String(seconds)));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(wait);

    await journey.page.clock.runFor((wait + 1) * 1000);
    expect(await contact.rateLimitReady()).toBe(label(root, 'Cio_ContactActivity_RateLimitedReady'));
    expect(await contact.refreshButton.isEnabled()).toBe(true);
}

/** Contact Activity: several people in Customer.io share the Contact's email; the panel says which one it shows. */
export async function severalPeople(journey: Journey, root: string): Promise<void> {
    const panel = contactPanel(root, 'several-people');
    const contact = await ContactActivityPage.open(journey, 'several-people');

    expect(await contact.matches()).toEqual({
        title: label(root, 'Cio_ContactActivity_MatchesTitle', String(panel.matchCount)),
        note: panel.matchNote
    });
    expect((await contact.bannerView()).state).toBe(panel.engagement?.state);
}

// ---- Recruiter home ---------------------------------------------------------------------------------------------

const SCOPES: readonly Scope[] = ['MY', 'TEAM', 'PIPELINE'];
const SCOPE_NAMES: Record<Scope, string> = { MY: 'My', TEAM: 'Team', PIPELINE: 'Pipeline' };
const STATE_NAMES: Record<string, string> = { HOT: 'Hot', WARM: 'Warm', ENGAGED: 'Engaged' };

function candidatesOf(root: string, scope: Scope, scenario = 'default'): CandidateList {
    return answerOf<CandidateList>(root, 'CioCandidatesController.getCandidates', scenario, { scope });
}

/** Hottest first (HOT, WARM, ENGAGED), then the most recent activity: the order the widgets promise. */
function hottestFirst(candidates: readonly Candidate[]): Candidate[] {
    const rank = (state: string) => Object.keys(STATE_NAMES).indexOf(state);
    return [...candidates].sort(
        (a, b) => rank(a.state) - rank(b.state) || (b.lastActivityAt ?? 0) - (a.lastActivityAt ?? 0)
    );
}

/** A widget's rows as the recruiter should read them: name, state in words, and the owner on Team and Pipeline. */
function expectedRows(root: string, scope: Scope, list: CandidateList) {
    return hottestFirst(list.candidates ?? []).map((candidate) => ({
        name: candidate.name,
        state: label(root, `Cio_Candidates_State${STATE_NAMES[candidate.state]}`),
        owner: scope === 'MY' ? '' : label(root, 'Cio_Candidates_Owner', candidate.ownerName ?? '')
    }));
}

/** The banner's sentence and count chips for a list. */
async function expectBanner(home: RecruiterHomePage, root: string, scope: Scope, list: CandidateList): Promise<void> {
    const text = await home.bannerText(scope);
    expect(text).toBe(filledTemplate(list.banner?.template, list.banner?.values ?? []));
    expect(text).not.toMatch(PLACEHOLDER);
    expect(await home.bannerCounts(scope)).toEqual([
        label(root, 'Cio_Candidates_CountHot', String(list.counts?.hot)),
        label(root, 'Cio_Candidates_CountWarm', String(list.counts?.warm)),
        label(root, 'Cio_Candidates_CountEngaged', String(list.counts?.engaged))
    ]);
}

/**
 * Recruiter home: My, Team and Pipeline, one after the other. Each widget lists its scope's candidates hottest first
 * with their state in words (owners on Team and Pipeline), and its banner gives the counts in the admin's wording.
 * Refresh on the Team widget asks Apex again and shows the same list.
 */
export async function candidateWidgets(journey: Journey, root: string): Promise<void> {
    const home = await RecruiterHomePage.open(journey);
    for (const scope of SCOPES) {
        const list = candidatesOf(root, scope);
        expect(await home.widgetTitle(scope)).toBe(label(root, `Cio_Candidates_${SCOPE_NAMES[scope]}Title`));
        expect(await home.candidates(scope)).toEqual(expectedRows(root, scope, list));
        await expectBanner(home, root, scope, list);
    }

    const team = await home.candidates('TEAM');
    await home.refresh('TEAM');
    expect(await home.candidates('TEAM')).toEqual(team);
}

/**
 * Recruiter home: claiming the hottest Pipeline candidate takes them out of the pool; the Pipeline list and its banner
 * count one fewer, and a toast says they are now the recruiter's. The preview's backend keeps claims for the life of
 * the server, so this journey runs once per preview (after any journey that expects the full pool).
 */
export async function claimCandidate(journey: Journey, root: string): Promise<void> {
    const session = previewSession(root);
    const pool = session<CandidateList>('CioCandidatesController.getCandidates', 'default', { scope: 'PIPELINE' });
    const hottest = hottestFirst(pool.candidates ?? [])[0];
    const after = session<CandidateList>('CioCandidatesController.claimCandidate', 'default', {
        contactId: hottest.contactId
    });
    const home = await RecruiterHomePage.open(journey);
    expect(await home.candidates('PIPELINE')).toEqual(expectedRows(root, 'PIPELINE', pool));

    await home.claim(hottest.name!);

    expect(await home.toast()).toEqual({
        title: label(root, 'Cio_Candidates_ClaimedTitle'),
        message: label(root, 'Cio_Candidates_ClaimedMessage', hottest.name!)
    });
    expect(await home.candidates('PIPELINE')).toEqual(expectedRows(root, 'PIPELINE', after));
    expect(after.counts?.total).toBe((pool.counts?.total ?? 0) - 1);
    await expectBanner(home, root, 'PIPELINE', after);
}

/**
 * Recruiter home without an Unassigned Pool Owner (and with a queue where Team expects a public group): the Pipeline
 * widget and banner explain what is missing and who sets it, Team says its configuration is invalid, My still lists.
 */
export async function misconfiguredDashboard(journey: Journey, root: string): Promise<void> {
    const scenario = 'dashboard-misconfigured';
    const pipeline = candidatesOf(root, 'PIPELINE', scenario);
    const team = candidatesOf(root, 'TEAM', scenario);
    const home = await RecruiterHomePage.open(journey, scenario);
    const noPoolOwner = {
        status: 'NO_POOL_OWNER',
        title: label(root, 'Cio_Candidates_NoPoolOwnerTitle'),
        help: label(root, 'Cio_Candidates_NoPoolOwnerHelp')
    };

    expect(await home.widgetNotice('PIPELINE')).toEqual({ ...noPoolOwner, message: pipeline.message });
    expect(await home.bannerNotice('PIPELINE')).toEqual({ ...noPoolOwner, message: '' });
    expect(await home.widgetNotice('TEAM')).toEqual({
        status: 'INVALID_CONFIGURATION',
        title: label(root, 'Cio_Candidates_InvalidConfigurationTitle'),
        help: label(root, 'Cio_Candidates_InvalidConfigurationHelp'),
        message: team.message
    });
    expect(await home.candidates('MY')).toEqual(expectedRows(root, 'MY', candidatesOf(root, 'MY', scenario)));
}

// ---- Trigger editor ---------------------------------------------------------------------------------------------

/** How the form's comboboxes name an object or a field: "Contact (Contact)", "First Name (FirstName)". */
function optionName(item: ObjectOption): string {
    return `${item.label} (${item.apiName})`;
}

/**
 * Triggers: a new Event Trigger like the seed "Contact identify" (its label, object and user id field, and its first
 * three mappings), entered as an admin does through the form's comboboxes and the mapping editor, then saved: the
 * deployment runs, and ends with the success message.
 */
export async function createTrigger(journey: Journey, root: string): Promise<void> {
    const seed = answerOf<TriggerRow[]>(root, 'CioTriggerListController.listTriggers', 'default').find(
        (row) => row.developerName === 'Contact_Identify'
    )!;
    const objects = answerOf<ObjectOption[]>(root, 'CioTriggerEditorController.listObjects', 'default');
    const schema = answerOf<ObjectSchema>(root, 'CioTriggerEditorController.describeObject', 'default', {
        objectApiName: seed.objectApiName
    });
    const field = (apiName: string | null | undefined) => {
        const found = schema.fields.find((candidate) => candidate.apiName === apiName);
        if (!found) throw new Error(`the ${schema.apiName} describe fixture has no field ${String(apiName)}`);
        return optionName(found);
    };
    const mappings = seed.mappings.slice(0, 3).map((mapping) => ({
        source: field(mapping.sourceField),
        target: mapping.targetKey ?? ''
    }));
    const session = previewSession(root);
    const { jobId } = session<SaveTriggerResult>('CioTriggerEditorController.saveTrigger', 'default', { input: {} });
    session<DeploymentStatus>('CioTriggerEditorController.deploymentStatus', 'default', { jobId });
    const deployed = session<DeploymentStatus>('CioTriggerEditorController.deploymentStatus', 'default', { jobId });

    const triggers = await TriggersPage.open(journey);
    const form = await triggers.newTrigger();
    expect(await form.heading()).toBe(label(root, 'Cio_TriggerEditor_FormNewHeading'));
    await form.fill(label(root, 'Cio_TriggerEditor_FieldLabel'), seed.label);
    await form.choose(
        label(root, 'Cio_TriggerEditor_FieldObject'),
        optionName(objects.find((object) => object.apiName === seed.objectApiName)!)
    );
    await form.choose(label(root, 'Cio_TriggerEditor_UserIdFieldRequired'), field(seed.userIdField));
    for (const mapping of mappings) {
        await form.addMapping(mapping.source, mapping.target);
    }
    expect(await form.mappings()).toEqual(mappings);

    await form.save();
    expect(await form.deploymentRunning()).toBe(label(root, 'Cio_TriggerEditor_DeployRunning', seed.label));
    expect(await form.deploymentSucceeded()).toEqual({
        title: label(root, 'Cio_TriggerEditor_DeploySucceeded', seed.label),
        detail: deployed.message
    });
}

/**
 * Triggers: Save on an empty new trigger is refused in the browser. Each required field says so under it, the summary
 * above the form lists them in form order, and nothing is deployed.
 */
export async function saveEmptyTrigger(journey: Journey, root: string): Promise<void> {
    const required = label(root, 'Cio_Validation_Required');
    // An empty draft is an identify call on insert and update; it lacks these four. Each is named in the summary
    // by its field name and found on the form by its control's label (the same words for the User ID Field).
    const fields = [
        ['FieldLabel', 'FieldLabel'],
        ['FieldName', 'FieldName'],
        ['FieldObject', 'FieldObject'],
        ['FieldUserIdField', 'UserIdFieldRequired']
    ].map(([name, control]) => ({
        name: label(root, `Cio_TriggerEditor_${name}`),
        control: label(root, `Cio_TriggerEditor_${control}`)
    }));
    const triggers = await TriggersPage.open(journey);
    const form = await triggers.newTrigger();

    await form.save();

    expect(await form.problems()).toEqual({
        heading: label(root, 'Cio_TriggerEditor_FormProblems', String(fields.length)),
        items: fields.map((field) => `${field.name}: ${required}`)
    });
    for (const field of fields) {
        expect(await form.fieldError(field.control)).toBe(required);
    }
    expect(await form.deploymentStarted()).toBe(false);
}
