import type { Locator } from 'playwright-core';
import type { Journey } from '../support/browser';
import { TriggerForm } from './triggerForm';

/** The Triggers tab (c-cio-trigger-editor): the list of Event Triggers, their details and the payload preview. */
export class TriggersPage {
    readonly root: Locator;

    private constructor(readonly journey: Journey) {
        this.root = journey.page.locator('c-cio-trigger-editor');
    }

    /** Opens Triggers in a scenario and waits for the list (or its empty or error state). */
    static async open(journey: Journey, scenario?: string): Promise<TriggersPage> {
        await journey.open('triggers', scenario);
        const triggers = new TriggersPage(journey);
        await triggers.root
            .locator('table.trigger-table, .empty-state, c-cio-error-panel.load-error')
            .first()
            .waitFor();
        return triggers;
    }

    /** The developer names of the listed triggers, in order. */
    async triggerNames(): Promise<string[]> {
        const rows = await this.root.locator('table.trigger-table > tbody > tr').all();
        return Promise.all(rows.map(async (row) => (await row.getAttribute('data-name')) ?? ''));
    }

    /** Opens a trigger's details by its label, as an admin clicks it. */
    async openTrigger(label: string): Promise<Locator> {
        await this.root.getByRole('button', { name: label, exact: true }).click();
        const details = this.root.locator('section.trigger-details');
        await details.waitFor();
        return details;
    }

    /** Opens the form for a new Event Trigger with the card's "New Event Trigger" button. */
    async newTrigger(): Promise<TriggerForm> {
        await this.root.getByRole('button', { name: 'New Event Trigger' }).click();
        const form = new TriggerForm(this.root.locator('c-cio-trigger-form'));
        // The objects to choose from are loaded when the form opens.
        await form.root.getByRole('combobox', { name: 'Object', exact: true }).waitFor();
        return form;
    }

    /** Types a record ID into the payload preview and runs it; resolves when the payload or the reason shows. */
    async previewPayload(recordId: string): Promise<void> {
        await this.root.getByLabel('Record ID').fill(recordId);
        await this.root.getByRole('button', { name: 'Preview', exact: true }).click();
        await this.root
            .locator('pre.preview-json, .preview-message, c-cio-error-panel.preview-error')
            .first()
            .waitFor();
    }

    async payloadJson(): Promise<string> {
        return this.root.locator('pre.preview-json').innerText();
    }

    async previewMessage(): Promise<string> {
        return (await this.root.locator('.preview-message').innerText()).trim();
    }

    /** Counts the records a sync of the open trigger would read; resolves with the sentence shown. */
    async countSync(): Promise<string> {
        await this.root.getByRole('button', { name: 'Count records' }).click();
        const result = this.root.locator('.backfill-count-result');
        await result.waitFor();
        return (await result.innerText()).trim();
    }

    /** Starts the sync and waits until the job is reported done; resolves with the sentence shown. */
    async startSyncAndWait(): Promise<string> {
        await this.root.getByRole('button', { name: 'Start sync' }).click();
        const done = this.root.locator('.backfill-done');
        await done.waitFor({ timeout: 20_000 });
        return (await done.innerText()).trim();
    }
}
