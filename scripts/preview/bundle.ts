import { existsSync, realpathSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import lwc from '@lwc/rollup-plugin';
import { rollup, type Plugin, type RollupCache, type RollupLog } from 'rollup';
import { compileComponent } from '../gates/lwcBuild';
import { listFiles } from '../lib/files';
import { discoverComponents, type ComponentSource } from './components';
import { baseComponentSources, referencedIcons } from './icons';
import { loadLabels } from './labels';
import {
    BROWSER_DIR,
    RUNTIME,
    VIRTUAL,
    componentFile,
    componentOwning,
    platformStubs,
    resolveBare,
    virtualSource,
    type ResolveContext,
    type VirtualContext
} from './modules';
import { REGISTRY, type PreviewTable } from './registry';

/** The compiled preview: one ES module with the shell, the package's components and the base components. */
export interface PreviewBundle {
    code: string;
    /** Modules in the bundle. */
    modules: number;
    milliseconds: number;
    /** Warnings about the project's own files (the base components' compiler warnings are not ours to fix). */
    warnings: string[];
    /** For a faster rebuild: Rollup reuses every module whose source did not change. */
    cache: RollupCache | undefined;
}

export interface BundleOptions {
    /** The project root (sfdx-project.json). */
    root: string;
    /** A previous build's cache. */
    cache?: RollupCache;
    /** The pages and scenarios (default: scripts/preview/registry.ts). */
    table?: PreviewTable;
}

/** `lightning-base-components`' package.json, for its module stubs. */
function lbcManifest(root: string): string {
    return require.resolve('lightning-base-components/package.json', { paths: [root, __dirname] });
}

/**
 * Whether the build has failed. Rollup does not cancel the modules still in flight when a build fails; the preview's
 * plugins then refuse further work, so a failed build stops instead of compiling the rest of the graph unseen.
 */
interface BuildState {
    failed: boolean;
}

function stopIfFailed(state: BuildState): void {
    if (state.failed) {
        throw new Error('the build has failed already');
    }
}

/** Strips TypeScript from the package's sources and the preview runtime, as `npm run build` does (same function). */
function typescript(state: BuildState): Plugin {
    return {
        name: 'cio-preview-typescript',
        transform(code, id) {
            stopIfFailed(state);
            const file = id.split('?')[0];
            if (id.startsWith('\0') || extname(file) !== '.ts' || file.includes('/node_modules/')) {
                return null;
            }
            return { code: compileComponent(code, file), map: null };
        }
    };
}

/**
 * What a bundler would inline for the browser: the LWC engine's `process.env.NODE_ENV` checks (development mode, so
 * the engine reports misuse in the console) and the base components' `import.meta.env.SSR` (never server-side here).
 */
function browserEnvironment(): Plugin {
    return {
        name: 'cio-preview-environment',
        transform(code) {
            if (!code.includes('process.env.NODE_ENV') && !code.includes('import.meta.env.SSR')) {
                return null;
            }
            return {
                code: code
                    .replace(/process\.env\.NODE_ENV/g, JSON.stringify('development'))
                    .replace(/import\.meta\.env\.SSR/g, 'false'),
                map: null
            };
        }
    };
}

/**
 * Resolves every file under `node_modules` to its real path, so each package is in the bundle once. With a symlinked
 * `node_modules` (a git worktree sharing another checkout's), the LWC plugin finds `lwc` through the link while the
 * base components' stubs, found with Node's `require.resolve`, import it from the link's target: the bundle then held
 * two LWC engines, and a template registered with one is refused by the other ("Invalid template returned by the
 * render() method"). Project files keep their paths: components are matched by folder (modules.ts).
 */
function oneCopyPerPackage(): Plugin {
    return {
        name: 'cio-preview-real-paths',
        async resolveId(specifier, importer, options) {
            const resolved = await this.resolve(specifier, importer, { ...options, skipSelf: true });
            if (!resolved || resolved.external || !resolved.id.includes('/node_modules/')) {
                return resolved;
            }
            const [file, ...query] = resolved.id.split('?');
            if (!existsSync(file)) {
                return resolved;
            }
            return { ...resolved, id: [realpathSync(file), ...query].join('?') };
        }
    };
}

/** Resolves `c/*`, the platform modules and the preview's own modules (see modules.ts). */
function projectModules(resolveContext: ResolveContext, virtualContext: VirtualContext, state: BuildState): Plugin {
    const { components } = resolveContext;
    return {
        name: 'cio-preview-modules',
        buildEnd(error) {
            state.failed = error !== undefined;
        },
        resolveId(specifier, importer) {
            stopIfFailed(state);
            if (
                specifier.startsWith('.') &&
                importer &&
                !importer.startsWith('\0') &&
                !importer.includes('/node_modules/')
            ) {
                return resolveRelative(specifier, importer, components);
            }
            if (specifier.startsWith('\0') || specifier.startsWith('/')) {
                return null;
            }
            const resolution = resolveBare(specifier, importer, resolveContext);
            if (!resolution) return null;
            return 'file' in resolution ? resolution.file : `${VIRTUAL}${resolution.virtual}`;
        },
        load(id) {
            stopIfFailed(state);
            return id.startsWith(VIRTUAL) ? virtualSource(id.slice(VIRTUAL.length), virtualContext) : null;
        }
    };
}

/**
 * A relative import inside a component bundle stays in that component (namespace `c`): `./labels` is the `.ts`
 * source (never the `.js` that `npm run build` writes beside it), `./x.html` and `./x.css` keep LWC's query.
 * Anything else is left to the LWC plugin.
 */
function resolveRelative(
    specifier: string,
    importer: string,
    components: ReadonlyMap<string, ComponentSource>
): string | null {
    const [importerFile] = importer.split('?');
    const [path, query] = specifier.split('?');
    const base = resolve(dirname(importerFile), path);
    const candidates = extname(base) === '' || extname(base) === '.js' ? [base.replace(/\.js$/, '') + '.ts'] : [base];
    const file = candidates.find((candidate) => existsSync(candidate));
    if (!file) return null;
    const bundle = componentOwning(file, components);
    if (!bundle) return query ? `${file}?${query}` : file;
    const marked = componentFile(file, bundle);
    return query ? `${marked}&${query}` : marked;
}

function describe(log: RollupLog): string {
    const where = log.loc ? `${log.loc.file ?? log.id ?? ''}:${log.loc.line}:${log.loc.column}` : (log.id ?? '');
    return `${where ? `${where}: ` : ''}${log.message}`;
}

/**
 * Compiles the preview in memory: the shell (scripts/preview/browser), every component the pages list, and what
 * they import, with the LWC compiler of the project's LWC version.
 */
export async function buildPreview(options: BundleOptions): Promise<PreviewBundle> {
    const started = Date.now();
    const root = resolve(options.root);
    const table = options.table ?? REGISTRY;
    const components = discoverComponents(root);
    const manifest = lbcManifest(root);
    const lbcSourceDir = join(dirname(manifest), 'src', 'lightning');
    const componentFiles = [...components.values()].flatMap((component) =>
        listFiles(component.dir, (path) => /\.(ts|html)$/.test(path) && !path.includes('__tests__'))
    );
    const resolveContext: ResolveContext = { components, platformStubs: platformStubs(manifest) };
    const virtualContext: VirtualContext = {
        labels: loadLabels(root),
        icons: referencedIcons([...componentFiles, ...baseComponentSources(lbcSourceDir)]),
        lbcSourceDir,
        components,
        pages: table.pages,
        scenarios: table.scenarios,
        defaultScenario: table.defaultScenario
    };
    const warnings: string[] = [];
    const state: BuildState = { failed: false };
    const bundle = await rollup({
        input: RUNTIME.main,
        cache: options.cache,
        // Tree-shaking the base components saves little and costs about a fifth of the build.
        treeshake: false,
        plugins: [
            oneCopyPerPackage(),
            projectModules(resolveContext, virtualContext, state),
            typescript(state),
            browserEnvironment(),
            lwc({
                rootDir: BROWSER_DIR,
                modules: [{ npm: 'lightning-base-components' }],
                // Lightning base components use ElementInternals (lightning-combobox); synthetic shadow needs this to allow it.
                enableSyntheticElementInternals: true
            })
        ],
        onwarn(log) {
            if (log.code === 'UNRESOLVED_IMPORT') {
                throw new Error(`${describe(log)} (the browser could not load it)`);
            }
            const file = log.loc?.file ?? log.id ?? '';
            if (log.code === 'CIRCULAR_DEPENDENCY' || file.includes('/node_modules/')) {
                return;
            }
            warnings.push(describe(log));
        }
    });
    try {
        const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
        return {
            code: output[0].code,
            modules: bundle.cache?.modules.length ?? 0,
            milliseconds: Date.now() - started,
            warnings,
            cache: bundle.cache
        };
    } finally {
        await bundle.close();
    }
}

/** The SLDS files the preview serves (styles and the icon sprites the styles refer to). */
export function sldsAssetsDir(root: string): string {
    return join(
        dirname(require.resolve('@salesforce-ux/design-system/package.json', { paths: [root, __dirname] })),
        'assets'
    );
}
