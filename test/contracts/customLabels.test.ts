import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from '../../scripts/lib/files';
import { PROJECT_ROOT } from '../helpers/workspace';

/**
 * Components import custom labels as `@salesforce/label/c.Name`. Jest answers every such import with a stub and
 * no offline gate knows the labels, so a typo or a label left out of a labels file would only fail at deploy
 * time; and two feature folders defining the same label name would make the deploy ambiguous. This test reads
 * both sides.
 */

const LABEL_IMPORT = /@salesforce\/label\/c\.(\w+)/g;
const LABEL_NAME = /<fullName>(\w+)<\/fullName>/g;

/** Label name → the labels files that define it. */
export function definedLabels(files: { path: string; xml: string }[]): Map<string, string[]> {
    const defined = new Map<string, string[]>();
    for (const { path, xml } of files) {
        for (const [, name] of xml.matchAll(LABEL_NAME)) {
            defined.set(name, [...(defined.get(name) ?? []), path]);
        }
    }
    return defined;
}

/** Label name → the component sources that import it. */
export function importedLabels(files: { path: string; source: string }[]): Map<string, string[]> {
    const imported = new Map<string, string[]>();
    for (const { path, source } of files) {
        for (const [, name] of source.matchAll(LABEL_IMPORT)) {
            imported.set(name, [...new Set([...(imported.get(name) ?? []), path])]);
        }
    }
    return imported;
}

function read(paths: string[]): { path: string; text: string }[] {
    return paths.map((path) => ({ path: relative(PROJECT_ROOT, path), text: readFileSync(path, 'utf8') }));
}

const root = `${PROJECT_ROOT}/force-app`;
const labelFiles = read(listFiles(root, (path) => path.endsWith('.labels-meta.xml')));
const componentSources = read(
    listFiles(root, (path) => /\/lwc\/.+\.ts$/.test(path) && !path.includes('/__tests__/') && !path.endsWith('.d.ts'))
);
const defined = definedLabels(labelFiles.map(({ path, text }) => ({ path, xml: text })));
const imported = importedLabels(componentSources.map(({ path, text }) => ({ path, source: text })));

describe('custom labels (components ↔ labels files)', () => {
    it('finds labels files and label imports to compare', () => {
        expect(labelFiles.length).toBeGreaterThan(0);
        expect(imported.size).toBeGreaterThan(0);
    });

    it('defines every label a component imports', () => {
        const missing = [...imported.entries()]
            .filter(([name]) => !defined.has(name))
            .map(([name, users]) => `${name} (imported by ${users.join(', ')})`);

        expect(missing).toEqual([]);
    });

    it('defines each label name once across all labels files', () => {
        const duplicated = [...defined.entries()]
            .filter(([, files]) => files.length > 1)
            .map(([name, files]) => `${name} (in ${files.join(', ')})`);

        expect(duplicated).toEqual([]);
    });
});

describe('label checker', () => {
    it('notices a missing and a duplicated label', () => {
        const labels = definedLabels([
            { path: 'a.xml', xml: '<labels><fullName>Cio_A</fullName></labels>' },
            {
                path: 'b.xml',
                xml: '<labels><fullName>Cio_A</fullName></labels><labels><fullName>Cio_B</fullName></labels>'
            }
        ]);
        const imports = importedLabels([
            {
                path: 'x.ts',
                source: "import A from '@salesforce/label/c.Cio_A';\nimport C from '@salesforce/label/c.Cio_C';"
            }
        ]);

        expect(labels.get('Cio_A')).toEqual(['a.xml', 'b.xml']);
        expect(imports.has('Cio_C') && !labels.has('Cio_C')).toBe(true);
    });
});
