import { PROJECT_ROOT } from '../helpers/workspace';
import { answerOf, createTrigger, label, previewPayload, saveEmptyTrigger } from './journeys';
import { TriggersPage } from './pages/triggersPage';
import { usePreviewBrowser } from './support/browser';

describe('Triggers in the browser', () => {
    const browser = usePreviewBrowser();

    it('opens an Event Trigger and previews its payload for a record', async () => {
        await browser().journey('triggers-preview-payload', (journey) => previewPayload(journey, PROJECT_ROOT));
    });

    it('says why there is no payload for a record the org does not have', async () => {
        await browser().journey('triggers-preview-unknown-record', async (journey) => {
            const triggers = await TriggersPage.open(journey);
            await triggers.openTrigger('Lead identify');
            await triggers.previewPayload('00Q000000000042AAA');

            expect(await triggers.previewMessage()).toBe(
                label(PROJECT_ROOT, 'Cio_Triggers_PreviewRecordNotFound', '00Q000000000042AAA', 'Lead')
            );
        });
    });

    it('counts the records to sync, starts the sync and follows it to the end', async () => {
        await browser().journey('triggers-sync', async (journey) => {
            const count = answerOf<number>(PROJECT_ROOT, 'CioBackfillController.countRecords', 'default');
            const triggers = await TriggersPage.open(journey);
            await triggers.openTrigger('Contact identify');

            expect(await triggers.countSync()).toBe(label(PROJECT_ROOT, 'Cio_Triggers_SyncCount', String(count)));
            expect(await triggers.startSyncAndWait()).toBe(label(PROJECT_ROOT, 'Cio_Triggers_SyncDone'));
        });
    });

    it('creates an Event Trigger through the form and the mapping editor, and follows its deployment', async () => {
        await browser().journey('triggers-create', (journey) => createTrigger(journey, PROJECT_ROOT));
    });

    it('refuses to save an empty trigger, naming each required field next to it and in the summary', async () => {
        await browser().journey('triggers-required-fields', (journey) => saveEmptyTrigger(journey, PROJECT_ROOT));
    });

    it('shows the empty list of a new install, and the error of a user without permission', async () => {
        await browser().journey('triggers-empty-and-error', async (journey) => {
            const empty = await TriggersPage.open(journey, 'unconfigured');
            expect(await empty.root.locator('.empty-message').innerText()).toBe(
                label(PROJECT_ROOT, 'Cio_Triggers_Empty')
            );

            const failing = await TriggersPage.open(journey, 'server-errors');
            expect(await failing.root.locator('c-cio-error-panel.load-error').innerText()).toContain(
                label(PROJECT_ROOT, 'Cio_Triggers_LoadError')
            );
            await journey.expectAccessible('load error');
        });
    });
});
