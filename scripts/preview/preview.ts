import { watch, type FSWatcher } from 'node:fs';
import { extname } from 'node:path';
import { UsageError } from '../lib/cli';
import { packageDirectories } from '../lib/files';
import { createBackend, type Backend } from './backend';
import { buildPreview, sldsAssetsDir, type PreviewBundle } from './bundle';
import { checkTable } from './check';
import { discoverComponents } from './components';
import { loadLabels } from './labels';
import { BROWSER_DIR } from './modules';
import { REGISTRY, type PreviewTable } from './registry';
import { startPreviewServer, type PreviewServer } from './server';

/** The port `npm start` serves on unless PORT says otherwise. */
export const DEFAULT_PORT = 3000;

/** The port from the PORT variable: a number from 0 (any free port) to 65535. */
export function portFrom(value: string | undefined): number {
    if (value === undefined || value.trim() === '') return DEFAULT_PORT;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`PORT must be a port number from 0 to 65535, not '${value}'.`);
    }
    return port;
}

/** Source changes that need a new bundle; fixture (.json) changes do not: the backend reads fixtures per call. */
const REBUILD_EXTENSIONS = new Set(['.ts', '.html', '.css', '.xml']);

export interface BundleSource {
    /** The newest bundle, rebuilt first when a source changed since the last build. */
    current(): Promise<string>;
    close(): void;
}

/**
 * Builds the bundle once and, with `watch`, again (reusing Rollup's cache) after a component, label or shell source
 * changes. One build at a time; every waiting request gets its result.
 */
export function bundleSource(
    root: string,
    options: { watch: boolean; log: (line: string) => void; initial?: PreviewBundle; table?: PreviewTable }
): BundleSource {
    let latest: PreviewBundle | undefined = options.initial;
    let stale = latest === undefined;
    let building: Promise<string> | null = null;
    const watchers: FSWatcher[] = [];

    function rebuild(): Promise<string> {
        building ??= buildPreview({ root, cache: latest?.cache, table: options.table })
            .then((bundle) => {
                latest = bundle;
                for (const warning of bundle.warnings) options.log(`warning: ${warning}`);
                options.log(`preview built: ${bundle.modules} modules in ${(bundle.milliseconds / 1000).toFixed(1)} s`);
                return bundle.code;
            })
            .catch((error: unknown) => {
                options.log(`error: the preview did not build: ${(error as Error).message}`);
                throw error;
            })
            .finally(() => {
                building = null;
            });
        stale = false;
        return building;
    }

    if (options.watch) {
        for (const dir of [...packageDirectories(root), BROWSER_DIR]) {
            watchers.push(
                watch(dir, { recursive: true }, (_event, file) => {
                    if (file && REBUILD_EXTENSIONS.has(extname(file)) && !file.includes('__tests__')) {
                        stale = true;
                    }
                })
            );
        }
    }

    return {
        current: () => building ?? (stale || !latest ? rebuild() : Promise.resolve(latest.code)),
        close: () => {
            for (const watcher of watchers) watcher.close();
        }
    };
}

/** The preview's backend for a project: fixtures of its discovered components, wording from its labels. */
export function projectBackend(
    root: string,
    table: PreviewTable = REGISTRY,
    onProblem?: (message: string) => void
): Backend {
    const components = discoverComponents(root);
    return createBackend({
        routes: table.routes,
        scenarios: table.scenarios.map((scenario) => scenario.id),
        component: (name) => components.get(name),
        labels: loadLabels(root),
        onProblem
    });
}

export interface RunningPreview {
    server: PreviewServer;
    /** Preview problems (no route, a missing or broken fixture) seen so far; browser tests fail on any. */
    problems: string[];
    close(): Promise<void>;
}

export interface StartOptions {
    root: string;
    port: number;
    watch?: boolean;
    log?: (line: string) => void;
    /** A bundle built already (browser tests build once and serve it from several servers). */
    bundle?: PreviewBundle;
    /** Or just its code, as another preview serves it. */
    bundleCode?: string;
    table?: PreviewTable;
}

/** A bundle known only by its code. */
function prebuilt(code: string): PreviewBundle {
    return { code, modules: 0, milliseconds: 0, warnings: [], cache: undefined };
}

/** Builds the preview (unless given a bundle) and serves it. */
export async function startPreview(options: StartOptions): Promise<RunningPreview> {
    const log = options.log ?? (() => undefined);
    const problems: string[] = [];
    const table = options.table ?? REGISTRY;
    const backend = projectBackend(options.root, table, (message) => {
        problems.push(message);
        log(`warning: ${message}`);
    });
    for (const problem of checkTable(table, discoverComponents(options.root), backend)) {
        log(`warning: ${problem}`);
    }
    const initial = options.bundle ?? (options.bundleCode === undefined ? undefined : prebuilt(options.bundleCode));
    const source = bundleSource(options.root, { watch: options.watch ?? false, log, initial, table });
    await source.current(); // fail before listening when the first build fails
    const server = await startPreviewServer({
        backend,
        bundle: source.current,
        pageIds: table.pages.map((page) => page.id),
        problems,
        sldsDir: sldsAssetsDir(options.root),
        port: options.port
    });
    return {
        server,
        problems,
        close: async () => {
            source.close();
            await server.close();
        }
    };
}
