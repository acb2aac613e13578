/**
 * Checks of the preview's table (registry.ts) against the project, run by the unit tests and printed by `npm start`:
 * a fixture that is missing or not JSON, a route for a scenario that does not exist, an Apex method a page calls
 * without a route. Routes and pages for components not on this branch are not errors: they wait for the merge.
 */
import type { ApexRoute, Backend } from './backend';
import { apexMethodsUsedBy, type ComponentSource } from './components';
import type { PageDefinition, PreviewTable } from './registry';

/** The Apex methods each page's components call (directly or through the `c/` components they use). */
export function apexMethodsOfPage(page: PageDefinition, components: ReadonlyMap<string, ComponentSource>): string[] {
    return [...new Set(page.components.flatMap((entry) => apexMethodsUsedBy(entry.name, components)))].sort();
}

/** The fixture files a route reads, as `component/file`. */
function fixturesOf(route: ApexRoute): { component: string; file: string }[] {
    return Object.values(route).flatMap((responder) =>
        responder && responder.kind === 'fixture' ? [{ component: responder.component, file: responder.file }] : []
    );
}

export function checkTable(
    table: PreviewTable,
    components: ReadonlyMap<string, ComponentSource>,
    backend: Pick<Backend, 'readFixture'>
): string[] {
    const problems: string[] = [];
    const scenarioIds = new Set(table.scenarios.map((scenario) => scenario.id));
    if (!scenarioIds.has(table.defaultScenario)) {
        problems.push(`the default scenario ${table.defaultScenario} is not in the scenarios`);
    }
    const pageIds = new Set<string>();
    for (const page of table.pages) {
        if (!/^[a-z][a-z0-9-]*$/.test(page.id) || pageIds.has(page.id)) {
            problems.push(`page id ${page.id} must be unique, lower-case letters, digits and dashes`);
        }
        pageIds.add(page.id);
        const onBranch = page.components.every((entry) => components.has(entry.name));
        if (!onBranch) continue;
        for (const method of apexMethodsOfPage(page, components)) {
            if (!table.routes[method]) {
                problems.push(`page ${page.id} calls ${method}, which has no route in APEX_ROUTES`);
            }
        }
    }
    for (const [method, route] of Object.entries(table.routes)) {
        for (const scenario of Object.keys(route)) {
            if (!scenarioIds.has(scenario)) {
                problems.push(`${method} has an answer for scenario ${scenario}, which is not in SCENARIOS`);
            }
        }
        for (const { component, file } of fixturesOf(route)) {
            if (!components.has(component)) continue; // waits for the component's merge
            try {
                backend.readFixture(component, file);
            } catch (error) {
                problems.push(`${method}: ${(error as Error).message}`);
            }
        }
    }
    return problems;
}

/**
 * The pages whose data a scenario changes: those calling an Apex method that answers differently in it. The default
 * scenario changes every page.
 */
export function pagesChangedBy(
    scenario: string,
    table: PreviewTable,
    components: ReadonlyMap<string, ComponentSource>
): PageDefinition[] {
    if (scenario === table.defaultScenario) {
        return [...table.pages];
    }
    return table.pages.filter((page) =>
        apexMethodsOfPage(page, components).some((method) => table.routes[method]?.[scenario] !== undefined)
    );
}
