import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { transformSync as compileLwc } from '@lwc/compiler';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { display, listFiles, packageDirectories } from '../lib/files';
import type { GateResult } from '../lib/gate';

/**
 * Gate: metadata. Proves the source converts to a deployable Metadata API package (and writes it, with its
 * package.xml, to build/metadata), and checks what source-deploy-retrieve silently accepts or drops: malformed
 * XML, Apex without its -meta.xml, LWC bundles without their .js-meta.xml or compiled .js, components the LWC
 * compiler rejects, and field/label texts longer than the platform allows.
 */
export async function checkMetadata(root: string, outputDir = join(root, 'build', 'metadata')): Promise<GateResult> {
    const directories = packageDirectories(root);
    const files = directories.flatMap((dir) => listFiles(dir));
    const errors = [
        ...malformedXml(root, files),
        ...missingApexMeta(root, files),
        ...lwcBundleProblems(root, files),
        ...textLimitProblems(root, files),
        ...customMetadataProblems(root, files)
    ];
    const converted = errors.length === 0 ? await convert(root, directories, outputDir) : undefined;
    if (converted) errors.push(...converted.errors);
    return {
        ok: errors.length === 0,
        errors,
        warnings: [],
        summary: converted
            ? `${files.length} files, ${converted.components} components converted to ${display(root, outputDir)}`
            : `${files.length} files checked; conversion skipped until the errors are fixed`
    };
}

/** Every XML file must parse; SDR converts a truncated file without complaint. */
export function malformedXml(root: string, files: string[]): string[] {
    return files
        .filter((file) => file.endsWith('.xml'))
        .flatMap((file) => {
            const verdict = XMLValidator.validate(readFileSync(file, 'utf8'));
            return verdict === true
                ? []
                : [`${display(root, file)}:${verdict.err.line} is not well-formed XML: ${verdict.err.msg}`];
        });
}

/** SDR silently drops a class or trigger that has no -meta.xml, so the deploy would simply lack it. */
export function missingApexMeta(root: string, files: string[]): string[] {
    const present = new Set(files);
    return files
        .filter((file) => /\.(cls|trigger)$/.test(file) && !present.has(`${file}-meta.xml`))
        .map((file) => `${display(root, file)} has no ${basename(file)}-meta.xml, so it would not be deployed`);
}

/** Each LWC bundle needs its .js-meta.xml and compiled .js, and must pass the LWC compiler. */
export function lwcBundleProblems(root: string, files: string[]): string[] {
    const bundles = new Set(
        files
            .map((file) => file.split('\\').join('/'))
            .filter((file) => /\/lwc\/[^/]+\/[^/]+$/.test(file))
            .map((file) => dirname(file))
    );
    const problems: string[] = [];
    for (const bundle of bundles) {
        const name = basename(bundle);
        const where = display(root, bundle);
        if (!existsSync(join(bundle, `${name}.js-meta.xml`))) {
            problems.push(`${where} has no ${name}.js-meta.xml`);
        }
        const script = join(bundle, `${name}.js`);
        if (!existsSync(script)) {
            problems.push(`${where} has no ${name}.js: run \`npm run build\` to compile ${name}.ts`);
            continue;
        }
        for (const file of [script, join(bundle, `${name}.html`)].filter((f) => existsSync(f))) {
            try {
                compileLwc(readFileSync(file, 'utf8'), file, { name, namespace: 'c' });
            } catch (error) {
                problems.push(`${display(root, file)} is rejected by the LWC compiler: ${(error as Error).message}`);
            }
        }
    }
    return problems;
}

const RECORD_FILE = /[\\/]customMetadata[\\/](\w+)\.(\w+)\.md-meta\.xml$/;
const FIELD_FILE = /[\\/]objects[\\/](\w+__mdt)[\\/]fields[\\/](\w+)\.field-meta\.xml$/;

/**
 * Custom metadata records (`Type.Record.md-meta.xml`) must only set fields their type has, and a metadata
 * relationship must name a record that exists: SDR and apex-ls accept both mistakes, and the deploy would fail.
 */
export function customMetadataProblems(root: string, files: string[]): string[] {
    const fieldsByType = new Map<string, Map<string, string | undefined>>();
    for (const file of files) {
        const field = FIELD_FILE.exec(file);
        if (field) {
            const referenceTo = /<referenceTo>(\w+)__mdt<\/referenceTo>/.exec(readFileSync(file, 'utf8'))?.[1];
            const fields = fieldsByType.get(field[1]) ?? new Map<string, string | undefined>();
            fields.set(field[2], referenceTo);
            fieldsByType.set(field[1], fields);
        }
    }
    const records = new Set(
        files.map((file) => RECORD_FILE.exec(file)).flatMap((match) => (match ? [`${match[1]}.${match[2]}`] : []))
    );
    const problems: string[] = [];
    for (const file of files) {
        const record = RECORD_FILE.exec(file);
        const fields = record ? fieldsByType.get(`${record[1]}__mdt`) : undefined;
        if (!record) continue;
        if (!fields) {
            problems.push(`${display(root, file)}: custom metadata type ${record[1]}__mdt is not in the project`);
            continue;
        }
        const xml = readFileSync(file, 'utf8');
        for (const value of xml.matchAll(/<field>(\w+)<\/field>\s*<value[^>]*>([^<]*)<\/value>/g)) {
            if (!fields.has(value[1])) {
                problems.push(`${display(root, file)}: ${record[1]}__mdt has no field ${value[1]}`);
            } else if (fields.get(value[1]) && !records.has(`${fields.get(value[1])}.${value[2]}`)) {
                problems.push(
                    `${display(root, file)}: ${value[1]} names ${value[2]}, which is not a ${fields.get(value[1])} record`
                );
            }
        }
    }
    return problems;
}

/** Limits the Metadata API enforces only at deploy time (no XSD is available offline). */
const TEXT_LIMITS: Record<string, Record<string, number>> = {
    CustomField: { label: 40, description: 1000, inlineHelpText: 510 },
    CustomObject: { label: 40, description: 1000 },
    CustomLabel: { shortDescription: 1000, value: 1000 }
};

export function textLimitProblems(root: string, files: string[]): string[] {
    const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (tag) => tag === 'labels' });
    const problems: string[] = [];
    for (const file of files.filter((f) => /\.(field|object|labels)-meta\.xml$/.test(f))) {
        let document: Record<string, unknown>;
        try {
            document = parser.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        } catch {
            continue; // reported by malformedXml
        }
        const labels = (document.CustomLabels as { labels?: Record<string, unknown>[] } | undefined)?.labels;
        const entries: [string, Record<string, unknown>][] = labels
            ? labels.map((label) => ['CustomLabel', label])
            : Object.entries(document).filter((entry): entry is [string, Record<string, unknown>] =>
                  Boolean(TEXT_LIMITS[entry[0]])
              );
        for (const [type, element] of entries) {
            for (const [tag, limit] of Object.entries(TEXT_LIMITS[type] ?? {})) {
                const value = element[tag];
                if (typeof value === 'string' && value.length > limit) {
                    const name = typeof element.fullName === 'string' ? ` ${element.fullName}` : '';
                    problems.push(`${display(root, file)}:${name} ${tag} is ${value.length} characters; max ${limit}`);
                }
            }
        }
    }
    return problems;
}

async function convert(
    root: string,
    directories: string[],
    outputDir: string
): Promise<{ components: number; errors: string[] }> {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion?: string };
    const components = ComponentSet.fromSource(directories);
    components.sourceApiVersion = project.sourceApiVersion;
    rmSync(outputDir, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    await new MetadataConverter().convert(components, 'metadata', {
        type: 'directory',
        outputDirectory: outputDir,
        genUniqueDir: false
    });
    writeFileSync(join(outputDir, 'package.xml'), await components.getPackageXml());
    const leaked = listFiles(outputDir, (file) => /\.ts$/.test(file) || file.includes('__tests__'));
    return {
        components: components.size,
        errors: leaked.map((file) => `${display(root, file)} must not be deployed; check .forceignore`)
    };
}
