/**
 * Preview runtime (runs in the browser): which scenario the page was opened with (`?scenario=`), and the custom
 * permissions of the preview user in that scenario (`@salesforce/customPermission/*`).
 */
import { defaultScenario, scenarios } from 'cio-preview:scenarios';
import { SCENARIO_PARAM } from './address';

/** The scenario in the page's query string, or the default one. */
export function currentScenario(search: string = globalThis.location?.search ?? ''): string {
    return new URLSearchParams(search).get(SCENARIO_PARAM) || defaultScenario;
}

/**
 * Whether the preview user holds a custom permission: yes, unless the scenario takes it away. Evaluated when a
 * component's module loads, as the platform does.
 */
export function hasPermission(name: string, scenario: string = currentScenario()): boolean {
    const definition = scenarios.find((candidate) => candidate.id === scenario);
    return !(definition?.withoutPermissions ?? []).includes(name);
}
