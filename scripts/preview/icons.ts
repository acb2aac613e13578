/**
 * Icons in the preview. Lightning base components draw an icon from a per-category library of compiled SVG
 * templates (`lightning/iconSvgTemplatesUtility` …), about 1,700 of them; compiling them all would double the build
 * time. The preview bundles the same templates, but only those that the package's components or the base
 * components name (`utility:info`, `custom:custom67`…). An icon named some other way (built from a variable) is
 * reported in the browser console, where the browser tests see it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../lib/files';

/** The library module suffix of each icon category (`lightning/iconSvgTemplates<Suffix>`). */
export const ICON_LIBRARIES: Record<string, string> = {
    Utility: 'utility',
    Standard: 'standard',
    Custom: 'custom',
    Action: 'action',
    Doctype: 'doctype'
};

const ICON_NAME = /\b(utility|standard|custom|action|doctype):([a-z0-9_]+)\b/g;

/**
 * Icons a base component names by building the name at run time, so no literal shows them: lightning-toast uses
 * `utility:${variant}`.
 */
const BUILT_AT_RUN_TIME = ['utility:info', 'utility:success', 'utility:warning', 'utility:error'];

/** Every `category:name` icon name written in a text. */
export function iconNamesIn(text: string): string[] {
    return [...text.matchAll(ICON_NAME)].map((match) => `${match[1]}:${match[2]}`);
}

/** The icons named in these files, plus those the base components build at run time. */
export function referencedIcons(files: readonly string[]): Set<string> {
    const icons = new Set(BUILT_AT_RUN_TIME);
    for (const file of files) {
        for (const icon of iconNamesIn(readFileSync(file, 'utf8'))) icons.add(icon);
    }
    return icons;
}

/** The base components' own sources (not the icon libraries), where they name the icons they draw. */
export function baseComponentSources(lbcSourceDir: string): string[] {
    return listFiles(
        lbcSourceDir,
        (path) => /\.(js|html)$/.test(path) && !path.includes('/iconSvgTemplates') && !path.endsWith('.d.ts')
    );
}

/** `<lbc>/src/lightning/iconSvgTemplatesUtility/buildTemplates/utility`: one compiled-SVG template per icon. */
export function iconTemplatesDir(lbcSourceDir: string, library: string): string {
    const category = ICON_LIBRARIES[library];
    return join(lbcSourceDir, `iconSvgTemplates${library}`, 'buildTemplates', category);
}

/**
 * The code of one icon library: the referenced icons of its category that exist, keyed as the base components look
 * them up (`utility_info`), behind a proxy that reports an icon the preview did not bundle.
 */
export function iconLibrarySource(library: string, icons: ReadonlySet<string>, lbcSourceDir: string): string {
    const category = ICON_LIBRARIES[library];
    if (!category) {
        throw new Error(`no icon library iconSvgTemplates${library}`);
    }
    const dir = iconTemplatesDir(lbcSourceDir, library);
    const names = [...icons]
        .filter((icon) => icon.startsWith(`${category}:`))
        .map((icon) => icon.slice(category.length + 1))
        .filter((name) => existsSync(join(dir, `${name}.html`)))
        .sort();
    const imports = names.map(
        (name, index) => `import icon${index} from ${JSON.stringify(join(dir, `${name}.html`))};`
    );
    const entries = names.map((name, index) => `${JSON.stringify(`${category}_${name}`)}: icon${index}`);
    return [
        ...imports,
        `const icons = { ${entries.join(', ')} };`,
        'export default new Proxy(icons, {',
        '    get(target, key) {',
        `        if (typeof key === 'string' && key.startsWith(${JSON.stringify(`${category}_`)}) && !(key in target)) {`,
        "            console.error(`Preview: icon ${key.replace('_', ':')} is not bundled. Name it literally ('category:name') in the component so the preview finds it.`);",
        '        }',
        '        return target[key];',
        '    }',
        '});'
    ].join('\n');
}
