/**
 * How the preview resolves what a component imports, and the code of the modules it makes up. The rule is: the
 * package's own code and Lightning base components are real; what only an org can provide (`@salesforce/*`
 * modules, navigation, toasts) is a small preview shim. Pure functions, so each rule is unit-tested.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ComponentSource } from './components';
import { tagName } from './components';
import { ICON_LIBRARIES, iconLibrarySource } from './icons';
import type { LabelValues } from './labels';
import type { PageDefinition, ScenarioDefinition } from './registry';

/** Prefix of the modules the preview writes itself (Rollup's convention for modules no file backs). */
export const VIRTUAL = '\0cio-preview:';

/** The runtime modules (browser code under scripts/preview/browser) that shims delegate to. */
export const BROWSER_DIR = join(__dirname, 'browser');
export const RUNTIME = {
    apex: join(BROWSER_DIR, 'apex.ts'),
    platform: join(BROWSER_DIR, 'platform.ts'),
    toast: join(BROWSER_DIR, 'toast.ts'),
    navigation: join(BROWSER_DIR, 'navigation.ts'),
    main: join(BROWSER_DIR, 'main.ts')
} as const;

/** The id of the generated module with the pages and their component classes. */
export const PAGES_MODULE = 'cio-preview:pages';
/** The id of the generated module with the scenarios (no component imports, so platform shims may use it). */
export const SCENARIOS_MODULE = 'cio-preview:scenarios';

/** The preview user: `@salesforce/user/Id`. */
export const PREVIEW_USER_ID = '005000000000001AAA';

/** Modules replaced by a runtime file, whoever imports them (Lightning base components included). */
const SHIMMED_FILES: Record<string, string> = {
    'lightning/platformShowToastEvent': RUNTIME.toast,
    'lightning/navigation': RUNTIME.navigation,
    '@salesforce/apex': RUNTIME.apex
};

/** The icon libraries (icons.ts); the right-to-left ones stay empty: the preview renders left to right. */
const ICON_LIBRARY = /^lightning\/iconSvgTemplates(\w+?)(Rtl)?$/;

/** Platform modules the preview writes (label: only the package's own `c.` labels). */
const VIRTUAL_KINDS = new Set(['apex', 'customPermission', 'schema', 'user']);

/** Where an import goes: a file (with LWC's `?specifier=` when it belongs to a `c/` component) or made-up code. */
export type Resolution = { file: string } | { virtual: string } | null;

export interface ResolveContext {
    components: ReadonlyMap<string, ComponentSource>;
    /** `@salesforce/i18n/*` and the other platform values Lightning base components ship stubs for. */
    platformStubs: ReadonlyMap<string, string>;
}

/** A file of the `c/<bundle>` component, marked so the LWC compiler gives it namespace `c` (not the folder's). */
export function componentFile(file: string, bundle: string): string {
    return `${file}?specifier=${encodeURIComponent(`c/${bundle}`)}`;
}

/**
 * Resolves a bare import. Returns null for what the LWC Rollup plugin resolves itself (`lwc`, `lightning/*` from
 * lightning-base-components, their own `@salesforce/*` stubs); throws for a platform module the preview has no
 * shim for, so a new dependency fails the build with a clear message instead of a blank page.
 */
export function resolveBare(specifier: string, importer: string | undefined, context: ResolveContext): Resolution {
    if (specifier.startsWith('c/')) {
        const name = specifier.slice(2);
        const component = context.components.get(name);
        if (!component) {
            throw new Error(`${specifier} is imported, but no component named ${name} exists in the package`);
        }
        return { file: componentFile(component.entry, name) };
    }
    if (specifier in SHIMMED_FILES) {
        return { file: SHIMMED_FILES[specifier] };
    }
    const icons = ICON_LIBRARY.exec(specifier);
    if (icons && icons[1] in ICON_LIBRARIES) {
        return { virtual: icons[2] ? 'empty' : `icons/${icons[1]}` };
    }
    if (specifier === PAGES_MODULE || specifier === SCENARIOS_MODULE) {
        return { virtual: specifier.slice('cio-preview:'.length) };
    }
    if (!specifier.startsWith('@salesforce/')) {
        return null;
    }
    const stub = context.platformStubs.get(specifier);
    if (stub) {
        return { file: stub };
    }
    const kind = specifier.split('/')[1];
    const rest = specifier.slice(`@salesforce/${kind}/`.length);
    const packageLabel = kind === 'label' && rest.startsWith('c.');
    if (packageLabel || (VIRTUAL_KINDS.has(kind) && rest)) {
        return { virtual: `${kind}/${rest}` };
    }
    if (importer && !isProjectFile(importer, context)) {
        return null; // a Lightning base component's own import: its package resolves it
    }
    throw new Error(
        `${specifier} has no preview shim. Add one in scripts/preview/modules.ts (imported by ${importer ?? 'the entry'})`
    );
}

function isProjectFile(importer: string, context: ResolveContext): boolean {
    const file = importer.split('?')[0];
    return [...context.components.values()].some((component) => file.startsWith(component.dir));
}

/** The `c/` component whose bundle folder holds `file`, if any. */
export function componentOwning(file: string, components: ReadonlyMap<string, ComponentSource>): string | undefined {
    const path = file.split('?')[0];
    for (const component of components.values()) {
        if (dirname(path) === component.dir || path.startsWith(`${component.dir}/`)) {
            return component.name;
        }
    }
    return undefined;
}

export interface VirtualContext {
    labels: LabelValues;
    /** The icons to bundle (`utility:info` …) and the base components' source folder they come from. */
    icons: ReadonlySet<string>;
    lbcSourceDir: string;
    components: ReadonlyMap<string, ComponentSource>;
    pages: readonly PageDefinition[];
    scenarios: readonly ScenarioDefinition[];
    defaultScenario: string;
}

const js = (value: unknown): string => JSON.stringify(value);

/** The code of a made-up module (`id` without the VIRTUAL prefix). */
export function virtualSource(id: string, context: VirtualContext): string {
    const slash = id.indexOf('/');
    const kind = slash < 0 ? id : id.slice(0, slash);
    const rest = slash < 0 ? '' : id.slice(slash + 1);
    switch (kind) {
        case 'empty':
            return 'export default {};';
        case 'icons':
            return iconLibrarySource(rest, context.icons, context.lbcSourceDir);
        case 'pages':
            return pagesSource(context);
        case 'scenarios':
            return `export const scenarios = ${js(context.scenarios)};\nexport const defaultScenario = ${js(context.defaultScenario)};`;
        case 'label':
            return labelSource(rest, context.labels);
        case 'apex':
            return `import { apexMethod } from ${js(RUNTIME.apex)};\nexport default apexMethod(${js(rest)});`;
        case 'customPermission':
            return `import { hasPermission } from ${js(RUNTIME.platform)};\nexport default hasPermission(${js(rest)});`;
        case 'schema': {
            const [objectApiName, ...field] = rest.split('.');
            const reference = field.length > 0 ? { objectApiName, fieldApiName: field.join('.') } : { objectApiName };
            return `export default ${js(reference)};`;
        }
        case 'user':
            return userSource(rest);
        default:
            throw new Error(`the preview makes no module ${id}`);
    }
}

function labelSource(rest: string, labels: LabelValues): string {
    if (!rest.startsWith('c.')) {
        throw new Error(`@salesforce/label/${rest}: only the package's own labels (c.Name) are available`);
    }
    const name = rest.slice(2);
    const value = labels.get(name);
    if (value === undefined) {
        throw new Error(`@salesforce/label/c.${name}: no custom label named ${name} in the package's labels folders`);
    }
    return `export default ${js(value)};`;
}

function userSource(field: string): string {
    switch (field) {
        case 'Id':
            return `export default ${js(PREVIEW_USER_ID)};`;
        case 'isGuest':
            return 'export default false;';
        default:
            throw new Error(`@salesforce/user/${field} has no preview value; add one in scripts/preview/modules.ts`);
    }
}

/**
 * The pages with their component constructors: a page whose components are all on this branch lists them; any
 * other page lists what is missing, and the shell shows the placeholder.
 */
function pagesSource(context: VirtualContext): string {
    const imports: string[] = [];
    const pages = context.pages.map((page) => {
        const missing = page.components.filter((entry) => !context.components.has(entry.name)).map((e) => e.name);
        const ready = page.components.length > 0 && missing.length === 0;
        const components = ready
            ? page.components.map((entry) => {
                  const binding = `Component${imports.length}`;
                  imports.push(`import ${binding} from ${js(`c/${entry.name}`)};`);
                  const props = js(entry.props ?? {});
                  return `{ name: ${js(entry.name)}, tag: ${js(tagName(entry.name))}, definition: ${binding}, props: ${props}, columns: ${js(entry.columns ?? 12)} }`;
              })
            : [];
        const expected = js(page.components.map((entry) => entry.name));
        return `{ id: ${js(page.id)}, title: ${js(page.title)}, where: ${js(page.where)}, components: [${components.join(', ')}], missing: ${js(missing)}, expected: ${expected} }`;
    });
    return [...imports, `export const pages = [\n    ${pages.join(',\n    ')}\n];`].join('\n');
}

/**
 * The values Lightning base components ship for platform modules (`@salesforce/i18n/locale`, `…/client/formFactor`,
 * their own labels and feature gates), from its package.json, so the package's components see the same locale and
 * time zone as the base components.
 */
export function platformStubs(lbcPackageJson: string): Map<string, string> {
    const manifest = JSON.parse(readFileSync(lbcPackageJson, 'utf8')) as {
        lwc?: { modules?: { name?: string; path?: string }[] };
    };
    const stubs = new Map<string, string>();
    for (const entry of manifest.lwc?.modules ?? []) {
        if (entry.name?.startsWith('@salesforce/') && entry.path) {
            stubs.set(entry.name, join(dirname(lbcPackageJson), entry.path));
        }
    }
    return stubs;
}
