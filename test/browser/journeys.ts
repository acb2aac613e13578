/**
 * The journeys of issue 8 that the package can do today, as functions of a Journey and the project whose fixtures
 * and labels the preview serves. The specs run them against the project; gate.spec.ts runs them against a copy with
 * a known-bad fixture and expects them to fail. What a journey expects to see is what the preview's backend answers
 * for the scenario (the Jest fixtures) in the words of the project's custom labels, never a third copy.
 *
 * Adding a journey for a screen merged later (Contact Activity, the recruiter home) is a page object under pages/
 * and a function here; see "Local preview and browser tests" in docs/ARCHITECTURE.md.
 */
import type {
    ConnectionReport,
    SaveResult,
    SettingsView
} from '../../force-app/main/admin/lwc/cioSettings/settingsTypes';
import type { PreviewResult, TriggerRow } from '../../force-app/main/admin/lwc/cioTriggerEditor/triggerTypes';
import { SAMPLE_CONTACT_ID } from '../../scripts/preview/adminData';
import { loadLabels } from '../../scripts/preview/labels';
import { projectBackend } from '../../scripts/preview/preview';
import { SettingsPage } from './pages/settingsPage';
import { TriggersPage } from './pages/triggersPage';
import type { Journey } from './support/browser';

/** What the preview answers for an Apex call in a scenario: the journey's expectation. */
export function answerOf<T>(root: string, method: string, scenario: string, params: Record<string, unknown> = {}): T {
    const outcome = projectBackend(root).call({ method, params, scenario });
    if (!outcome.ok) {
        throw new Error(`${method} in ${scenario} answers an error: ${outcome.error.body.message}`);
    }
    return outcome.data as T;
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
