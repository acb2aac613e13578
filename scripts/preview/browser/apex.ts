/**
 * Preview runtime (runs in the browser): `@salesforce/apex/Class.method` and `@salesforce/apex`. Each Apex method
 * is a function for imperative calls and, through its `adapter`, a wire adapter, as on the platform. Calls go to
 * the preview server (`POST /__preview/apex`), which answers from the Jest fixtures for the page's scenario.
 */
import { currentScenario } from './platform';

export const APEX_ENDPOINT = '/__preview/apex';

/** Sends one Apex call and resolves with its result, or rejects with the error Apex threw. */
export type ApexTransport = (method: string, params: Record<string, unknown>) => Promise<unknown>;

/** What the preview server answers (see scripts/preview/backend.ts). */
type Outcome = { ok: true; data: unknown } | { ok: false; error: unknown };

/** The real transport: `fetch` to the preview server, with the scenario of the page. */
export function serverTransport(
    send: typeof fetch = (...args) => fetch(...args),
    scenario: () => string = () => currentScenario()
): ApexTransport {
    return async (method, params) => {
        const response = await send(APEX_ENDPOINT, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ method, params, scenario: scenario() })
        });
        if (!response.ok) {
            // The shape of a failed platform request, so reduceErrors() shows it like any other.
            throw {
                status: response.status,
                statusText: response.statusText,
                ok: false,
                body: { message: `The preview server answered ${response.status} to ${method}.` }
            };
        }
        const outcome = (await response.json()) as Outcome;
        if (outcome.ok) {
            return outcome.data;
        }
        throw outcome.error;
    };
}

/** Wired Apex data is read-only on the platform; freezing it here makes a component that mutates it fail early. */
export function deepFreeze<T>(value: T): T {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const child of Object.values(value)) deepFreeze(child);
    }
    return value;
}

/** What a wire adapter provisions. */
export interface WiredValue {
    data: unknown;
    error: unknown;
}

type DataCallback = (value: WiredValue) => void;

interface Refreshable {
    refresh(): Promise<void>;
}

/** Which adapter provisioned a value, so refreshApex(value) can ask it again. */
const provisionedBy = new WeakMap<object, Refreshable>();

/** An `@AuraEnabled` method: callable, and wireable through `.adapter`. */
export type ApexMethod = ((params?: Record<string, unknown>) => Promise<unknown>) & {
    adapter: new (callback: DataCallback) => {
        connect(): void;
        disconnect(): void;
        update(config: Record<string, unknown> | undefined): void;
    };
};

let transport: ApexTransport = serverTransport();

/** Replaces the transport (tests). Returns the previous one. */
export function useTransport(next: ApexTransport): ApexTransport {
    const previous = transport;
    transport = next;
    return previous;
}

export function apexMethod(method: string): ApexMethod {
    const call = (params: Record<string, unknown> = {}) => transport(method, params);

    class ApexWireAdapter implements Refreshable {
        private config: Record<string, unknown> | undefined;
        private connected = false;
        /** Bumped by every request, so only the newest answer is provisioned. */
        private request = 0;

        constructor(private readonly callback: DataCallback) {}

        connect(): void {
            this.connected = true;
            if (this.config) {
                void this.refresh();
            }
        }

        disconnect(): void {
            this.connected = false;
        }

        update(config: Record<string, unknown> | undefined): void {
            this.config = config ?? {};
            if (this.connected) {
                void this.refresh();
            }
        }

        /** Calls Apex with the current configuration; nothing while a reactive parameter is still undefined. */
        async refresh(): Promise<void> {
            const config = this.config ?? {};
            if (Object.values(config).some((value) => value === undefined)) {
                return;
            }
            const request = ++this.request;
            let value: WiredValue;
            try {
                value = { data: deepFreeze(await call(config)), error: undefined };
            } catch (error) {
                value = { data: undefined, error };
            }
            if (request === this.request && this.connected) {
                provisionedBy.set(value, this);
                this.callback(value);
            }
        }
    }

    return Object.assign(call, { adapter: ApexWireAdapter });
}

/** `refreshApex(this.wiredX)`: asks the adapter that provisioned the value for fresh data. */
export function refreshApex(value: unknown): Promise<void> {
    const adapter = typeof value === 'object' && value !== null ? provisionedBy.get(value) : undefined;
    return adapter ? adapter.refresh() : Promise.resolve();
}
