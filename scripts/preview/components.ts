import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isComponentSource } from '../gates/lwcBuild';
import { display, listFiles, packageDirectories } from '../lib/files';

/** A Lightning web component of this project: its bundle name and the TypeScript module that defines it. */
export interface ComponentSource {
    /** The bundle name, as in `c/<name>` and `<c-kebab-name>`. */
    name: string;
    /** Absolute path of `<bundle>/<name>.ts`. */
    entry: string;
    /** Absolute path of the bundle folder. */
    dir: string;
}

/**
 * Finds every component in the package directories: a folder under some `lwc/` whose main module
 * `<name>/<name>.ts` exists. The preview relies on this instead of a list, so a component merged from another branch
 * is picked up without configuration.
 */
export function discoverComponents(root: string): Map<string, ComponentSource> {
    const components = new Map<string, ComponentSource>();
    for (const dir of packageDirectories(root)) {
        for (const file of listFiles(dir, isComponentSource)) {
            const bundle = dirname(file);
            const name = basename(bundle);
            if (basename(file) !== `${name}.ts` || basename(dirname(bundle)) !== 'lwc') {
                continue;
            }
            const existing = components.get(name);
            if (existing) {
                throw new Error(
                    `two components are named ${name}: ${display(root, existing.dir)} and ${display(root, bundle)}`
                );
            }
            components.set(name, { name, entry: file, dir: bundle });
        }
    }
    return components;
}

/** `cioContactActivity` → `c-cio-contact-activity`, the element name LWC gives a `c/` component. */
export function tagName(name: string): string {
    return `c-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

const APEX_IMPORT = /['"]@salesforce\/apex\/([A-Za-z_][\w]*\.[A-Za-z_]\w*)['"]/g;
const COMPONENT_IMPORT = /['"]c\/([A-Za-z_]\w*)['"]/g;
const CHILD_TAG = /<c-([a-z0-9-]+)/g;

/** `cio-error-panel` → `cioErrorPanel`. */
function bundleNameOfTag(kebab: string): string {
    return kebab.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * The Apex methods (`Class.method`) a component calls, directly or through the `c/` components it imports or
 * renders. Read from the sources, so a test can check that every method a page needs has a preview route before
 * anyone opens the page.
 */
export function apexMethodsUsedBy(name: string, components: ReadonlyMap<string, ComponentSource>): string[] {
    const methods = new Set<string>();
    const seen = new Set<string>();
    const pending = [name];
    while (pending.length > 0) {
        const current = pending.pop()!;
        const component = components.get(current);
        if (seen.has(current) || !component) {
            continue;
        }
        seen.add(current);
        const files = listFiles(
            component.dir,
            (path) => (isComponentSource(path) || path.endsWith('.html')) && !path.includes('__tests__')
        );
        for (const file of files) {
            const source = readFileSync(file, 'utf8');
            for (const match of source.matchAll(APEX_IMPORT)) methods.add(match[1]);
            for (const match of source.matchAll(COMPONENT_IMPORT)) pending.push(match[1]);
            for (const match of source.matchAll(CHILD_TAG)) pending.push(bundleNameOfTag(match[1]));
        }
    }
    return [...methods].sort();
}

/** Where a component's Jest fixtures live: `<bundle>/__tests__/data`. */
export function fixtureDir(component: ComponentSource): string {
    return join(component.dir, '__tests__', 'data');
}
