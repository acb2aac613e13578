/* eslint-disable no-unused-vars -- the core rule reads parameter names in function types as unused variables */
import type { CandidateList } from 'c/cioCandidateData';

/**
 * Shared by the candidate widget, banner and data tests: the real label wording, the fixtures, and small DOM
 * helpers. Tests that mock the labels must load the components after mockDashboardLabels(), with a dynamic
 * import() (static imports are hoisted above it).
 */

/** When every fixture under ../data was generated (2026-03-04T15:30:00Z). */
export const FIXTURE_NOW = 1772638200000;

// Jest runs this in Node, but the components' tsconfig has no Node types: declare the little that is used.
declare const __dirname: string;
declare const process: { cwd(): string; version: string; stdout: { write(text: string): void } };
const { mkdirSync, readFileSync, readdirSync, writeFileSync } = jest.requireActual<{
    mkdirSync(path: string, options: { recursive: true }): void;
    readFileSync(path: string, encoding: 'utf8'): string;
    readdirSync(path: string, options: { recursive: true }): string[];
    writeFileSync(path: string, text: string): void;
}>('fs');

/** The dashboard's lwc folder. */
export const DASHBOARD_LWC_DIR = `${__dirname}/../../..`;

/** Every file under a folder, as paths relative to it. */
export function filesUnder(dir: string): string[] {
    return readdirSync(dir, { recursive: true });
}

/**
 * Writes a benchmark's result to build/benchmarks/<name>.json (git-ignored) and prints one line about it.
 * @returns the file written
 */
export function reportBenchmark(name: string, summary: string, result: Record<string, unknown>): string {
    const dir = `${process.cwd()}/build/benchmarks`;
    const file = `${dir}/${name}.json`;
    mkdirSync(dir, { recursive: true });
    const report = { benchmark: summary, ...result, node: process.version, measuredAt: new Date().toISOString() };
    writeFileSync(file, `${JSON.stringify(report, null, 4)}\n`);
    process.stdout.write(`\n[benchmark] ${summary}: ${JSON.stringify(result)} (${file})\n`);
    return file;
}

/** A text file's content. */
export function readText(path: string): string {
    return readFileSync(path, 'utf8');
}

const LABELS_FILE = `${__dirname}/../../../../ui-labels/CustomLabels.labels-meta.xml`;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** Every Cio_Candidates_* label in the dashboard's labels file: name → value. */
export function dashboardLabels(): Map<string, string> {
    const xml = readFileSync(LABELS_FILE, 'utf8');
    const labels = new Map<string, string>();
    for (const match of xml.matchAll(/<fullName>(\w+)<\/fullName>[\s\S]*?<value>([\s\S]*?)<\/value>/g)) {
        labels.set(
            match[1],
            match[2].replace(/&(amp|lt|gt|quot|apos);/g, (entity: string) => ENTITIES[entity])
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
    return JSON.parse(JSON.stringify(jest.requireActual(`../data/${name}.json`))) as CandidateList;
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
export function text(element: Pick<Element, 'querySelector'>, selector: string): string {
    return element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

export function removeAll(): void {
    while (document.body.firstChild) {
        document.body.removeChild(document.body.firstChild);
    }
}
