import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.sf', '.sfdx']);

/**
 * Every file below `dir` (recursively, in a stable order) whose path passes `keep`.
 * Dependency and tool folders are skipped.
 */
export function listFiles(dir: string, keep: (path: string) => boolean = () => true): string[] {
    const found: string[] = [];
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name)) found.push(...listFiles(path, keep));
        } else if (keep(path)) {
            found.push(path);
        }
    }
    return found;
}

/** The package directories named in the project's sfdx-project.json, as absolute paths. */
export function packageDirectories(root: string): string[] {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as {
        packageDirectories?: { path: string }[];
    };
    const directories = project.packageDirectories ?? [];
    if (directories.length === 0) {
        throw new Error('sfdx-project.json lists no packageDirectories.');
    }
    return directories.map((entry) => join(root, entry.path));
}

/** `path` relative to `root`, with forward slashes, for messages. */
export function display(root: string, path: string): string {
    return relative(root, path).split('\\').join('/');
}
