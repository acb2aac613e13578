import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** The repository this test suite belongs to. */
export const PROJECT_ROOT = join(__dirname, '..', '..');

/** What a gate needs from the project: its configuration, sources and tooling, but not other tests. */
const COPIED = [
    'package.json',
    'sfdx-project.json',
    '.forceignore',
    '.prettierrc.json',
    '.prettierignore',
    'eslint.config.mjs',
    'tsconfig.json',
    'jest.config.ts',
    'jest.setup.lwc.ts',
    'code-analyzer.yml',
    'config',
    'force-app',
    'examples',
    'scripts',
    'types'
];

/**
 * A throwaway copy of the project (node_modules linked, not copied) in which a test may break things.
 * Generated LWC .js files come along, as they would be present after `npm run build`.
 */
export function makeWorkspace(): string {
    const workspace = mkdtempSync(join(tmpdir(), 'cio-gate-'));
    for (const entry of COPIED) {
        const source = join(PROJECT_ROOT, entry);
        if (existsSync(source)) cpSync(source, join(workspace, entry), { recursive: true });
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(workspace, 'node_modules'), 'dir');
    return workspace;
}

export function removeWorkspace(workspace: string): void {
    rmSync(workspace, { recursive: true, force: true });
}

/** One known-bad input under test/fixtures/<name>, and what each gate must say about it. */
export interface Fixture {
    name: string;
    description: string;
    copyTo: string;
    gates: { gate: string; expect: string }[];
}

export const FIXTURES_DIR = join(PROJECT_ROOT, 'test', 'fixtures');

export function loadFixtures(): Fixture[] {
    return readdirSync(FIXTURES_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => ({
            name: entry.name,
            ...(JSON.parse(readFileSync(join(FIXTURES_DIR, entry.name, 'fixture.json'), 'utf8')) as Omit<
                Fixture,
                'name'
            >)
        }));
}

/**
 * Copies a fixture's files (everything but fixture.json) into the workspace where its manifest says. Fixtures live
 * in test/fixtures/<name> unless `source` names another folder (the browser tests keep theirs beside them).
 */
export function injectFixture(
    workspace: string,
    fixture: Pick<Fixture, 'name' | 'copyTo'>,
    source: string = join(FIXTURES_DIR, fixture.name)
): string[] {
    const target = join(workspace, fixture.copyTo);
    cpSync(source, target, { recursive: true, filter: (path) => !path.endsWith('fixture.json') });
    return readdirSync(source, { recursive: true, encoding: 'utf8' })
        .filter((file) => file !== 'fixture.json')
        .map((file) => relative(workspace, join(target, file)));
}
