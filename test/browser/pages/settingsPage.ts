import type { Locator } from 'playwright-core';
import type { Journey } from '../support/browser';

/** The Settings tab (c-cio-settings), by what an admin sees and does. */
export class SettingsPage {
    readonly root: Locator;

    private constructor(readonly journey: Journey) {
        this.root = journey.page.locator('c-cio-settings');
    }

    /** Opens Settings in a scenario and waits until the settings have loaded (the form, or the load error). */
    static async open(journey: Journey, scenario?: string): Promise<SettingsPage> {
        await journey.open('settings', scenario);
        const settings = new SettingsPage(journey);
        await settings.root
            .locator('lightning-input[data-field="siteId"], c-cio-error-panel.load-error')
            .first()
            .waitFor();
        return settings;
    }

    /** The input, combobox or text area of a settings field (`hotWindowMinutes`, `candidateOwnerField` …). */
    field(name: string): Locator {
        return this.root.locator(`[data-field="${name}"]`);
    }

    async fill(name: string, value: string): Promise<void> {
        await this.field(name).locator('input, textarea').first().fill(value);
    }

    async save(): Promise<void> {
        await this.root.getByRole('button', { name: 'Save settings' }).click();
    }

    /**
     * The message shown under a field, next to it (without the field name the base components repeat there for
     * screen readers); waits for it to appear.
     */
    async fieldError(name: string): Promise<string> {
        const help = this.field(name).locator('[data-help-message], [data-help-text]').filter({ hasText: /\S/ });
        await help.first().waitFor();
        return help.first().evaluate((element) => {
            const copy = element.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('.slds-assistive-text').forEach((hidden) => hidden.remove());
            return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        });
    }

    /** Whether the field's control is marked invalid for assistive technology. */
    async isMarkedInvalid(name: string): Promise<boolean> {
        const control = this.field(name).locator('input, textarea, button[role="combobox"]').first();
        return (await control.getAttribute('aria-invalid')) === 'true';
    }

    /** The summary above the form after a refused save. */
    async saveMessage(): Promise<string> {
        const message = this.root.locator('.save-message-text');
        await message.waitFor();
        return (await message.innerText()).trim();
    }

    async testConnection(): Promise<void> {
        await this.root.getByRole('button', { name: 'Test Connection' }).click();
        await this.root.locator('.connection-results, c-cio-error-panel.test-error').first().waitFor();
    }

    /** One line per API of the last Test Connection: name, status, message and workspace. */
    async connectionResults(): Promise<
        { api: string; name: string; status: string; message: string; workspace: string }[]
    > {
        const rows = this.root.locator('.connection-row');
        const results = [];
        for (const row of await rows.all()) {
            const text = async (selector: string) => {
                const found = row.locator(selector);
                return (await found.count()) > 0 ? (await found.innerText()).trim() : '';
            };
            results.push({
                api: (await row.getAttribute('data-api')) ?? '',
                name: await text('.row-name'),
                status: await text('.row-status'),
                message: await text('.row-message'),
                workspace: await text('.row-workspace')
            });
        }
        return results;
    }

    async regionHints(): Promise<string[]> {
        return (await this.root.locator('.region-hint-message').allInnerTexts()).map((text) => text.trim());
    }
}
