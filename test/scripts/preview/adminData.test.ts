import type {
    ConnectionReport,
    SaveResult,
    SettingsView
} from '../../../force-app/main/admin/lwc/cioSettings/settingsTypes';
import type {
    BackfillStatus,
    PreviewResult,
    TriggerRow
} from '../../../force-app/main/admin/lwc/cioTriggerEditor/triggerTypes';
import { PREVIEW_USER, SAMPLE_CONTACT_ID, SAMPLE_SYNC_COUNT } from '../../../scripts/preview/adminData';
import { projectBackend } from '../../../scripts/preview/preview';
import { PROJECT_ROOT } from '../../helpers/workspace';

/** The preview's answers for the real project, as the browser gets them. */
function answer<T>(method: string, scenario = 'default', params: Record<string, unknown> = {}): T {
    const outcome = projectBackend(PROJECT_ROOT).call({ method, params, scenario });
    if (!outcome.ok) throw new Error(outcome.error.body.message);
    return outcome.data as T;
}

const configured = () => answer<SettingsView>('CioSettingsController.getSettings');

describe('the Settings tab in the preview', () => {
    it('answers getSettings with the Jest fixture in the default scenario', () => {
        expect(configured().settings.siteId).toBe('8c1f4e2b9a7d6c503e1f');
        expect(configured().writeKey.isSet).toBe(true);
    });

    it('shows a fresh install: nothing configured, nothing sent, templates at their defaults', () => {
        const view = answer<SettingsView>('CioSettingsController.getSettings', 'unconfigured');

        expect(view.settings).toEqual({
            ...configured().settings,
            enabled: false,
            siteId: null,
            candidateOwnerField: 'OwnerId',
            teamGroupId: null,
            unassignedPoolOwnerId: null,
            templates: configured().settings.templates.map((template) => ({ key: template.key, value: null }))
        });
        expect(view.writeKey).toEqual({ isSet: false, lastChangedAt: null, lastChangedBy: null });
        expect(view.appApiKey.isSet).toBe(false);
        expect(view.health).toMatchObject({
            enabled: false,
            credentialsSet: false,
            pendingEvents: 0,
            purgeScheduled: false,
            senderRunsAs: null
        });
        expect(view.canManage).toBe(true);
    });

    it('shows an admin without the permission a read-only page', () => {
        const view = answer<SettingsView>('CioSettingsController.getSettings', 'read-only');

        expect([view.canManage, view.canTest]).toEqual([false, false]);
        expect(view.settings).toEqual(configured().settings);
    });

    it('skips both checks of Test Connection when no key is saved, in the words of the Apex labels', () => {
        const report = answer<ConnectionReport>('CioSettingsController.testConnection', 'unconfigured');

        expect(report.cdp).toMatchObject({ api: 'CDP', ok: false, skipped: true, statusCode: null });
        expect(report.cdp.message).toBe('Not tested: the Pipelines API Key is not set.');
        expect(report.appApi.message).toBe('Not tested: the App API Key is not set.');
    });

    it('echoes saved settings in the view Apex returns after a save', () => {
        const input = { ...configured().settings, siteId: 'new-site', enabled: false };

        const result = answer<SaveResult>('CioSettingsController.saveSettings', 'default', { input });

        expect(result).toMatchObject({ ok: true, message: null, fieldErrors: [] });
        expect(result.view?.settings).toEqual(input);
        expect(result.view?.health.enabled).toBe(false);
    });

    it('marks the keys typed as saved now, by the preview user', () => {
        const result = answer<SaveResult>('CioSettingsController.saveApiKeys', 'default', {
            writeKey: null,
            appApiKey: 'secret'
        });

        expect(result.view?.appApiKey).toEqual({
            isSet: true,
            lastChangedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
            lastChangedBy: PREVIEW_USER
        });
        expect(result.view?.writeKey).toEqual(configured().writeKey);
        expect(result.view?.health.credentialsSet).toBe(true);
    });

    it("answers a refused save with the Jest fixture's field errors", () => {
        const result = answer<SaveResult>('CioSettingsController.saveSettings', 'save-rejected', { input: {} });

        expect(result.ok).toBe(false);
        expect(result.fieldErrors.map((error) => error.field)).toEqual(['candidateOwnerField', 'template.WARM_EMAIL']);
    });

    it('throws the missing-permission error in the server-errors scenario', () => {
        const outcome = projectBackend(PROJECT_ROOT).call({
            method: 'CioSettingsController.getSettings',
            params: {},
            scenario: 'server-errors'
        });

        expect(outcome.ok === false && outcome.error.body.message).toBe(
            'You need the CIO_Manage_Settings permission for this. Ask your admin to assign the CIO Pipelines Admin permission set.'
        );
    });
});

describe('the Triggers tab in the preview', () => {
    const preview = (triggerName: string, recordId: string) =>
        answer<PreviewResult>('CioTriggerListController.previewPayload', 'default', { triggerName, recordId });

    it('lists the Jest fixture, and none after a fresh install', () => {
        expect(answer<TriggerRow[]>('CioTriggerListController.listTriggers')).toHaveLength(6);
        expect(answer<TriggerRow[]>('CioTriggerListController.listTriggers', 'unconfigured')).toEqual([]);
    });

    it('previews the payload fixture for the sample Contact', () => {
        const result = preview('Contact_Identify', SAMPLE_CONTACT_ID);

        expect(result.ok).toBe(true);
        expect(result.json).toContain('"userId" : "ada@example.com"');
    });

    it('answers any other record as Apex answers a record that does not exist', () => {
        expect(preview('Contact_Identify', '003000000000002AAA')).toEqual({
            ok: false,
            message: 'No Contact record with ID 003000000000002AAA exists, or you do not have access to it.'
        });
        expect(preview('Lead_Identify', SAMPLE_CONTACT_ID).message).toBe(
            `No Lead record with ID ${SAMPLE_CONTACT_ID} exists, or you do not have access to it.`
        );
    });

    it('answers an unknown trigger as Apex does', () => {
        expect(preview('Nope', SAMPLE_CONTACT_ID)).toEqual({
            ok: false,
            message: 'No Event Trigger named Nope exists. Reload the Triggers tab.'
        });
        expect(answer<PreviewResult>('CioTriggerListController.previewPayload', 'default', {}).message).toBe(
            'No Event Trigger named  exists. Reload the Triggers tab.'
        );
    });

    it('counts the sample records, then runs a sync one batch per status read until it completes', () => {
        const backend = projectBackend(PROJECT_ROOT);
        const call = <T>(method: string, params: Record<string, unknown> = {}) => {
            const outcome = backend.call({ method: `CioBackfillController.${method}`, params, scenario: 'default' });
            return (outcome.ok ? outcome.data : outcome.error) as T;
        };

        expect(call<number>('countRecords', { triggerName: 'Contact_Identify' })).toBe(SAMPLE_SYNC_COUNT);
        const jobId = call<string>('startBackfill', { triggerName: 'Contact_Identify' });
        const statuses = [1, 2, 3, 4].map(() => call<BackfillStatus>('backfillStatus', { jobId }));

        expect(statuses.map((status) => [status.status, status.itemsProcessed, status.totalItems])).toEqual([
            ['Processing', 1, 3],
            ['Processing', 2, 3],
            ['Completed', 3, 3],
            ['Completed', 3, 3]
        ]);
        expect(statuses[0].completedAt).toBeNull();
        expect(statuses[2].completedAt).toMatch(/^\d{4}-/);
        expect(call<BackfillStatus>('backfillStatus', { jobId: 'unknown' }).status).toBe('Completed');
    });
});
