import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Impacts that fail a journey; moderate and minor findings are reported by axe but tolerated here. */
export const BLOCKING_IMPACTS: readonly string[] = ['serious', 'critical'];

/** One axe finding, reduced to what a failure message needs. */
export interface Violation {
    id: string;
    impact: string;
    help: string;
    /** Selector paths (through shadow roots) of the offending nodes. */
    targets: string[];
}

let axeSource: string | undefined;

/** axe-core as shipped on npm, injected into the page. */
function axeScript(): string {
    axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    return axeSource;
}

/** Runs axe-core (WCAG 2.x A/AA and best-practice rules) on the whole document, shadow trees included. */
export async function axeViolations(page: Page): Promise<Violation[]> {
    const loaded = await page.evaluate(() => 'axe' in window);
    if (!loaded) {
        await page.addScriptTag({ content: axeScript() });
    }
    return page.evaluate(async () => {
        type AxeResult = {
            violations: {
                id: string;
                impact: string | null;
                help: string;
                nodes: { target: unknown[] }[];
            }[];
        };
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact ?? 'unknown',
            help: violation.help,
            targets: violation.nodes.map((node) => JSON.stringify(node.target))
        }));
    });
}

/** The violations that fail a page. */
export function blocking(violations: readonly Violation[]): Violation[] {
    return violations.filter((violation) => BLOCKING_IMPACTS.includes(violation.impact));
}

export function describeViolations(violations: readonly Violation[]): string {
    return violations
        .map(
            (violation) =>
                `${violation.impact} ${violation.id}: ${violation.help}\n    at ${violation.targets.join('\n    at ')}`
        )
        .join('\n');
}

/** Fails when axe finds a serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
    const found = blocking(await axeViolations(page));
    if (found.length > 0) {
        throw new Error(
            `axe: ${found.length} serious or critical violation(s) on ${where}:\n${describeViolations(found)}`
        );
    }
}
