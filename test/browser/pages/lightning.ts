import type { Locator, Page, Response } from 'playwright-core';
import { APEX_PATH } from '../../../scripts/preview/server';

/**
 * How a user works the Lightning base components of the preview (the npm `lightning-base-components` build), shared
 * by the page objects.
 */

/**
 * Chooses an option of a `lightning-combobox` as a user does: clicks the combobox by its label, then the option by its
 * visible text in the list that opens (each combobox's list bears the combobox's label, so options of other lists on
 * the page, such as a dual listbox of the same fields, are not mistaken for it). Resolves once the combobox shows it.
 */
export async function chooseOption(scope: Locator, combobox: string, option: string): Promise<void> {
    const box = scope.getByRole('combobox', { name: combobox, exact: true });
    await box.click();
    await scope
        .getByRole('listbox', { name: combobox, exact: true })
        .getByRole('option', { name: option, exact: true })
        .click();
    await box.filter({ hasText: option }).waitFor();
}

/** Text as the DOM holds it, spaces collapsed: a CSS `text-transform` (uppercase titles) does not change it. */
export async function textOf(locator: Locator): Promise<string> {
    return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The texts of every element a locator matches, as textOf reads them. */
export async function textsOf(locator: Locator): Promise<string[]> {
    return (await locator.allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** The next answer of the preview's backend to an Apex method (optionally with these parameters). */
export function apexAnswer(page: Page, method: string, params: Record<string, unknown> = {}): Promise<Response> {
    return page.waitForResponse((response) => {
        if (new URL(response.url()).pathname !== APEX_PATH) return false;
        const body = JSON.parse(response.request().postData() ?? '{}') as {
            method?: string;
            params?: Record<string, unknown>;
        };
        return body.method === method && Object.entries(params).every(([name, value]) => body.params?.[name] === value);
    });
}
