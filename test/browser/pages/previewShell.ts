import type { Locator } from 'playwright-core';
import type { Journey } from '../support/browser';

/** The preview's own frame around the components: page navigation and the scenario switcher. */
export class PreviewShell {
    constructor(readonly journey: Journey) {}

    get heading(): Locator {
        return this.journey.page.locator('main h1');
    }

    /** The navigation link of a page, by its title. */
    navLink(title: string): Locator {
        return this.journey.page.getByRole('navigation', { name: 'Preview pages' }).getByRole('link', { name: title });
    }

    async goTo(title: string): Promise<void> {
        await this.navLink(title).click();
        await this.journey.page.locator('#preview-root[data-ready="true"]').waitFor();
    }

    get scenarioSelect(): Locator {
        return this.journey.page.getByLabel('Scenario');
    }

    /** Switches scenario: the page reloads in it. */
    async switchScenario(label: string): Promise<void> {
        await Promise.all([this.journey.page.waitForURL(/./), this.scenarioSelect.selectOption({ label })]);
        await this.journey.page.locator('#preview-root[data-ready="true"]').waitFor();
    }

    get placeholder(): Locator {
        return this.journey.page.locator('.preview-placeholder');
    }
}
