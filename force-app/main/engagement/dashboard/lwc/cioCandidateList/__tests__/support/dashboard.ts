import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CandidateList } from 'c/cioCandidateData';

/**
 * Shared by the candidate widget, banner and data tests: the real label wording, the fixtures, and small DOM
 * helpers. Tests that mock the labels must load the components after mockDashboardLabels(), with a dynamic
 * import() (static imports are hoisted above it).
 */

/** When every fixture under ../data was generated (2026-03-04T15:30:00Z). */
export const FIXTURE_NOW = 1772638200000;

const LABELS_FILE = join(__dirname, '../../../../ui-labels/CustomLabels.labels-meta.xml');
const DATA_DIR = join(__dirname, '../data');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Every Cio_Candidates_* label in the dashboard's labels file: name → value. */
export function dashboardLabels(): Map<string, string> {
    const xml = readFileSync(LABELS_FILE, 'utf8');
    const labels = new Map<string, string>();
    for (const match of xml.matchAll(/<fullName>(\w+)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g)) {
        labels.set(
            match[1],
            match[2].replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity])
        );
    }
    return labels;
}

/** Makes `@salesforce/label/c.<name>` return the real wording, so tests read the sentences users read. */
export function mockDashboardLabels(): void {
    for (const [name, value] of dashboardLabels()) {
        jest.doMock(`@salesforce/label/c.${name}`, () => ({ default: value }), { virtual: true });
    }
}

export type FixtureName =
    | 'my'
    | 'team'
    | 'pipeline'
    | 'empty'
    | 'truncated'
    | 'notConfigured'
    | 'noPoolOwner'
    | 'invalidConfiguration'
    | 'error';

/** A fresh copy of a fixture, so no test sees another's changes. */
export function fixture(name: FixtureName): CandidateList {
    return JSON.parse(readFileSync(join(DATA_DIR, `${name}.json`), 'utf8')) as CandidateList;
}

/** Lets pending promises settle and the components re-render. */
export function flush(): Promise<void> {
    return Array.from({ length: 10 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

/** A promise the test settles itself, to observe the state while Apex is still working. */
export interface Deferred<T> {
    promise: Promise<T>;
    resolve: (value: T) => void;
    reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return { promise, resolve, reject };
}

export function query<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector);
}

export function queryAll<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T[] {
    return Array.from(element.shadowRoot!.querySelectorAll<T>(selector));
}

/** The trimmed text of the first match, '' when there is none. */
export function text(element: ParentNode, selector: string): string {
    return element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function removeAll(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}
