import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { display, listFiles, packageDirectories } from '../lib/files';

/** The value of every custom label in the project, by API name (the `X` of `@salesforce/label/c.X`). */
export type LabelValues = ReadonlyMap<string, string>;

/** A CustomLabels metadata file, as sfdx source format splits them: one per feature folder. */
export function isLabelsFile(path: string): boolean {
    return path.endsWith('.labels-meta.xml');
}

/**
 * Reads the custom labels of one CustomLabels XML file. Values are taken exactly as written (no number parsing, no
 * trimming), the way the platform stores them, with XML's character references decoded as the platform does
 * (`person&#x27;s` is "person's").
 */
export function parseLabels(xml: string, file: string): Map<string, string> {
    const parser = new XMLParser({
        ignoreAttributes: true,
        parseTagValue: false,
        trimValues: false,
        // The parser decodes numeric character references only with its HTML entities on.
        htmlEntities: true,
        isArray: (tag) => tag === 'labels'
    });
    const document = parser.parse(xml) as { CustomLabels?: { labels?: { fullName?: unknown; value?: unknown }[] } };
    const labels = new Map<string, string>();
    for (const entry of document.CustomLabels?.labels ?? []) {
        const name = typeof entry.fullName === 'string' ? entry.fullName.trim() : '';
        if (!name) {
            throw new Error(`${file}: a label has no <fullName>`);
        }
        // An empty <value/> parses as ''; a missing one is a broken label.
        if (entry.value === undefined) {
            throw new Error(`${file}: label ${name} has no <value>`);
        }
        labels.set(name, String(entry.value));
    }
    return labels;
}

/**
 * Every custom label in the project's package directories (sfdx-project.json), so the preview shows the same
 * wording the org shows. A label defined twice is an error: the platform would refuse the deployment.
 */
export function loadLabels(root: string): LabelValues {
    const labels = new Map<string, string>();
    const definedIn = new Map<string, string>();
    for (const dir of packageDirectories(root)) {
        for (const file of listFiles(dir, isLabelsFile)) {
            const where = display(root, file);
            for (const [name, value] of parseLabels(readFileSync(file, 'utf8'), where)) {
                const earlier = definedIn.get(name);
                if (earlier) {
                    throw new Error(`custom label ${name} is defined twice: in ${earlier} and in ${where}`);
                }
                definedIn.set(name, where);
                labels.set(name, value);
            }
        }
    }
    return labels;
}
