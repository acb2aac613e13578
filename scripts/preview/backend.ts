import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComponentSource } from './components';
import { fixtureDir } from './components';
import type { LabelValues } from './labels';

/** The arguments an Apex method was called with, by parameter name (as a component passes them). */
export type ApexParams = Record<string, unknown>;

/** What the preview can do for one Apex method in one scenario. */
export type Responder = FixtureResponder | HandlerResponder | ErrorResponder;

/**
 * Answer with a Jest fixture: `<component>/__tests__/data/<file>`, read from disk on every call (so an edited
 * fixture shows on the next reload), optionally turned into a variant by `derive`.
 */
export interface FixtureResponder {
    kind: 'fixture';
    component: string;
    file: string;
    /** Makes a variant of the fixture (a copy: the parsed JSON is never shared between calls). */
    derive?: (data: unknown, context: HandlerContext, params: ApexParams) => unknown;
}

/** Answer with code: for writes (echo what was saved) and for jobs that progress between calls. */
export interface HandlerResponder {
    kind: 'handler';
    handle: (params: ApexParams, context: HandlerContext) => unknown;
}

/**
 * Answer as Apex does when the method throws an AuraHandledException: with a message, or with a custom label's
 * wording (`[name, ...values]`, as Apex formats `Label.X`).
 */
export interface ErrorResponder {
    kind: 'error';
    message: string | [label: string, ...values: string[]];
}

/**
 * What a handler may use: the fixtures, the project's custom labels (so messages read as Apex would word them), and
 * state kept for the life of the server (e.g. a started job).
 */
export interface HandlerContext {
    fixture(component: string, file: string): unknown;
    /** A custom label's value with `{0}`, `{1}`… filled in, as Apex's `String.format(Label.X, values)`. */
    label(name: string, ...values: string[]): string;
    state: Map<string, unknown>;
}

/** One Apex method's answers: `default`, and any scenario that answers differently. */
export type ApexRoute = { default: Responder } & Partial<Record<string, Responder>>;

export function fixture(component: string, file: string, derive?: FixtureResponder['derive']): FixtureResponder {
    return { kind: 'fixture', component, file, derive };
}

export function handler(handle: HandlerResponder['handle']): HandlerResponder {
    return { kind: 'handler', handle };
}

export function apexError(message: ErrorResponder['message']): ErrorResponder {
    return { kind: 'error', message };
}

/** Property names that hold a time as epoch milliseconds in the package's DTOs (`fetchedAt`, `lastSentAt`, `at`). */
const TIME_PROPERTY = /^(at|\w+At)$/;

/**
 * A fixture variant whose times move with the clock: every epoch-milliseconds time (a number property named `at` or
 * `…At`) is shifted by the same amount, so that `anchor` (`fetchedAt`, `generatedAt`) is now. A fixture of a HOT
 * candidate, read twelve minutes after its page view, then stays twelve minutes old in the preview, whatever the date.
 */
export function relativeToNow(anchor: string, now: () => number = Date.now): NonNullable<FixtureResponder['derive']> {
    return (data) => {
        const anchorTime = (data as Record<string, unknown> | null)?.[anchor];
        if (typeof anchorTime !== 'number') {
            throw new Error(`relativeToNow: the fixture has no number ${anchor}`);
        }
        const shift = now() - anchorTime;
        const move = (value: unknown, key: string): unknown => {
            if (typeof value === 'number' && TIME_PROPERTY.test(key)) return value + shift;
            if (Array.isArray(value)) return value.map((item) => move(item, ''));
            if (typeof value === 'object' && value !== null) {
                return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, move(inner, name)]));
            }
            return value;
        };
        return move(data, '');
    };
}

/** A call from the browser: `Class.method`, its parameters, and the scenario the page was opened with. */
export interface ApexRequest {
    method: string;
    params: ApexParams;
    scenario: string;
}

/**
 * What Apex throws to a component, in the shape the platform gives it (`error.body.message`), which is what
 * `reduceErrors()` and the error panel read.
 */
export interface ApexError {
    status: number;
    statusText: string;
    ok: false;
    body: { message: string; exceptionType: string };
}

export type ApexOutcome = { ok: true; data: unknown } | { ok: false; error: ApexError };

/**
 * Thrown by a handler to answer as Apex does when it refuses (an AuraHandledException with this message), as opposed
 * to any other error, which is a problem of the preview itself.
 */
export class ApexRefusal extends Error {}

/** Text that marks a failure of the preview itself (no route, a missing or broken fixture), not of the product. */
export const PREVIEW_PROBLEM = 'Preview problem:';

function apexFailure(message: string, exceptionType = 'System.AuraHandledException'): ApexOutcome {
    return {
        ok: false,
        error: { status: 500, statusText: 'Server Error', ok: false, body: { message, exceptionType } }
    };
}

export interface BackendOptions {
    routes: Readonly<Record<string, ApexRoute>>;
    /** Scenario ids the routes may use; a request for another scenario is a preview problem. */
    scenarios: readonly string[];
    /** Finds a component by bundle name, to locate its fixtures (discovered, so fixtures move with it). */
    component: (name: string) => ComponentSource | undefined;
    /** The project's custom labels, for handlers that word a message as Apex does. */
    labels: LabelValues;
    /** Told about every preview problem, so a server can log them and a test can fail on them. */
    onProblem?: (message: string) => void;
}

export interface Backend {
    call(request: ApexRequest): ApexOutcome;
    /** Reads and parses a fixture; throws with the file named when it is missing or not JSON. */
    readFixture(component: string, file: string): unknown;
}

/**
 * The preview's stand-in for the org: routes each Apex call to its fixture, handler or error for the scenario
 * (falling back to `default`), and answers in the platform's shapes.
 */
export function createBackend(options: BackendOptions): Backend {
    const state = new Map<string, unknown>();
    const known = new Set(options.scenarios);

    function readFixture(componentName: string, file: string): unknown {
        const component = options.component(componentName);
        if (!component) {
            throw new Error(`fixture ${componentName}/${file}: no component named ${componentName} on this branch`);
        }
        const path = join(fixtureDir(component), file);
        let text: string;
        try {
            text = readFileSync(path, 'utf8');
        } catch {
            throw new Error(`fixture ${componentName}/__tests__/data/${file} does not exist`);
        }
        try {
            return JSON.parse(text) as unknown;
        } catch (error) {
            throw new Error(`fixture ${componentName}/__tests__/data/${file} is not JSON: ${(error as Error).message}`);
        }
    }

    function label(name: string, ...values: string[]): string {
        const value = options.labels.get(name);
        if (value === undefined) {
            throw new Error(`no custom label named ${name}`);
        }
        return value.replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
    }

    const context: HandlerContext = { fixture: readFixture, label, state };

    function answer(responder: Responder, params: ApexParams): ApexOutcome {
        switch (responder.kind) {
            case 'fixture': {
                const data = readFixture(responder.component, responder.file);
                return { ok: true, data: responder.derive ? responder.derive(data, context, params) : data };
            }
            case 'handler':
                return { ok: true, data: responder.handle(params, context) };
            case 'error':
                return apexFailure(
                    typeof responder.message === 'string' ? responder.message : label(...responder.message)
                );
        }
    }

    function call(request: ApexRequest): ApexOutcome {
        const problem = (message: string): ApexOutcome => {
            const text = `${PREVIEW_PROBLEM} ${request.method}: ${message}`;
            options.onProblem?.(text);
            return apexFailure(text, 'Preview');
        };
        if (!known.has(request.scenario)) {
            return problem(`unknown scenario '${request.scenario}'`);
        }
        const route = options.routes[request.method];
        if (!route) {
            return problem('no preview route; add one to APEX_ROUTES in scripts/preview/registry.ts');
        }
        try {
            return answer(route[request.scenario] ?? route.default, request.params);
        } catch (error) {
            return error instanceof ApexRefusal ? apexFailure(error.message) : problem((error as Error).message);
        }
    }

    return { call, readFixture };
}
