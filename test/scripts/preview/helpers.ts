import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../helpers/workspace';

/** A throwaway SFDX project: files by path relative to its root, node_modules linked to this project's. */
export function makeProject(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'cio-preview-'));
    const all: Record<string, string> = {
        'sfdx-project.json': JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }] }),
        // The LWC module resolver looks for the nearest package.json above a component.
        'package.json': JSON.stringify({ name: 'cio-preview-test', private: true }),
        ...files
    };
    for (const [path, content] of Object.entries(all)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    return root;
}

export function removeProject(root: string): void {
    rmSync(root, { recursive: true, force: true });
}

/** A CustomLabels file with these labels. */
export function labelsXml(labels: Record<string, string>): string {
    const entries = Object.entries(labels).map(
        ([name, value]) =>
            `    <labels>\n        <fullName>${name}</fullName>\n        <language>en_US</language>\n        <protected>true</protected>\n        <shortDescription>${name}</shortDescription>\n        <value>${value}</value>\n    </labels>`
    );
    return `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n${entries.join('\n')}\n</CustomLabels>\n`;
}
