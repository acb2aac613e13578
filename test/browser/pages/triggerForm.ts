import type { Locator } from 'playwright-core';
import { chooseOption, textOf, textsOf } from './lightning';

/** One row of the mapping editor as shown: the chosen source field and the typed target key. */
export interface MappingRowView {
    source: string;
    target: string;
}

/** The outcome of a save as c-cio-deploy-progress reports it. */
export interface DeploymentView {
    title: string;
    detail: string;
}

/**
 * The Event Trigger form of the Triggers tab (c-cio-trigger-form) with its mapping editor (c-cio-mapping-editor) and
 * deployment progress (c-cio-deploy-progress). Fields are found by their labels, as an admin reads them.
 */
export class TriggerForm {
    constructor(readonly root: Locator) {}

    async heading(): Promise<string> {
        return textOf(this.root.getByRole('heading', { level: 2 }));
    }

    /** Types into a text field by its label (Label, API name, Description …). */
    async fill(field: string, value: string): Promise<void> {
        await this.root.getByRole('textbox', { name: field, exact: true }).fill(value);
    }

    /** Chooses an option of a combobox (Object, User ID Field …) by the option's visible text. */
    async choose(field: string, option: string): Promise<void> {
        await chooseOption(this.root, field, option);
    }

    /** Adds a mapping row with the mapping editor's "Add mapping", picks its source field and types its target key. */
    async addMapping(sourceOption: string, target: string): Promise<void> {
        const position = (await this.mappingRows().count()) + 1;
        await this.root.getByRole('button', { name: 'Add mapping' }).click();
        await this.mappingRows()
            .nth(position - 1)
            .waitFor();
        // The row's controls are named by position: "Mapping 2 source field", "Mapping 2 target key".
        await chooseOption(this.root, `Mapping ${position} source field`, sourceOption);
        await this.root.getByRole('textbox', { name: `Mapping ${position} target key`, exact: true }).fill(target);
    }

    private mappingRows(): Locator {
        return this.root.locator('c-cio-mapping-editor tbody > tr');
    }

    /** The mapping rows as shown. */
    async mappings(): Promise<MappingRowView[]> {
        const rows = await this.mappingRows().all();
        return Promise.all(
            rows.map(async (row) => ({
                source: await textOf(row.getByRole('combobox')),
                target: await row.getByRole('textbox').inputValue()
            }))
        );
    }

    async save(): Promise<void> {
        await this.root.getByRole('button', { name: 'Save', exact: true }).click();
    }

    /** The deployment's running message; waits for it. */
    async deploymentRunning(): Promise<string> {
        const running = this.root.locator('c-cio-deploy-progress .running-text');
        await running.waitFor();
        return textOf(running);
    }

    /** Waits until the deployment succeeded and returns what the progress says (the preview succeeds in ~2 s). */
    async deploymentSucceeded(): Promise<DeploymentView> {
        const succeeded = this.root.locator('c-cio-deploy-progress .deploy-succeeded');
        await succeeded.waitFor();
        return {
            title: await textOf(succeeded.locator('.succeeded-text')),
            detail: await textOf(succeeded.locator('.deploy-detail'))
        };
    }

    /** The message under a text field or combobox (by the field's label), or '' when it has none. */
    async fieldError(field: string): Promise<string> {
        // An inner locator of `has` is matched inside each column, so it starts from the page, not from the form.
        const page = this.root.page();
        const control = page
            .getByRole('textbox', { name: field, exact: true })
            .or(page.getByRole('combobox', { name: field, exact: true }));
        const error = this.root
            .locator('div.slds-col')
            .filter({ has: control })
            .locator(':scope > div.slds-text-color_error');
        return (await error.count()) > 0 ? textOf(error) : '';
    }

    /** The summary of problems above the form: its heading and one line per problem. */
    async problems(): Promise<{ heading: string; items: string[] }> {
        const summary = this.root.getByRole('alert').and(this.root.locator('.problems'));
        await summary.waitFor();
        return {
            heading: await textOf(summary.locator('.problems-heading')),
            items: await textsOf(summary.getByRole('listitem'))
        };
    }

    /** Whether a deployment was started (the progress component is shown). */
    async deploymentStarted(): Promise<boolean> {
        return (await this.root.locator('c-cio-deploy-progress').count()) > 0;
    }
}
