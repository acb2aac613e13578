import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    GENERATED_MARKER,
    buildLwc,
    bundleOf,
    compileComponent,
    isComponentSource
} from '../../scripts/gates/lwcBuild';

describe('isComponentSource', () => {
    it.each([
        ['force-app/main/core/lwc/cioX/cioX.ts', true],
        ['force-app/main/core/lwc/cioX/helpers.ts', true],
        ['force-app/main/core/lwc/cioX/__tests__/cioX.test.ts', false],
        ['force-app/main/core/lwc/cioX/types.d.ts', false],
        ['force-app/main/core/lwc/cioX/cioX.js', false],
        ['scripts/gates/lwcBuild.ts', false]
    ])('%s → %p', (path, expected) => {
        expect(isComponentSource(path)).toBe(expected);
    });
});

describe('compileComponent', () => {
    it('strips types but keeps LWC decorators in their source form', () => {
        const source = [
            "import { LightningElement, api } from 'lwc';",
            "import type { Thing } from './types';",
            'export default class CioX extends LightningElement {',
            '    @api recordId: string | undefined;',
            '    private count: number = 0;',
            '    get thing(): Thing | null { return null; }',
            '}'
        ].join('\n');

        const output = compileComponent(source, 'cioX.ts');

        expect(output.startsWith(`${GENERATED_MARKER} cioX.ts; edit the .ts file, not this one.\n`)).toBe(true);
        expect(output).toMatch(/@api\s+recordId;/);
        expect(output).toContain('count = 0;');
        expect(output).not.toContain(': string');
        expect(output).not.toContain("from './types'");
    });

    it('reports TypeScript it cannot parse', () => {
        expect(() => compileComponent('export const = ;', 'broken.ts')).toThrow(/broken\.ts/);
    });
});

describe('buildLwc', () => {
    let root: string;
    let bundle: string;

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'cio-build-'));
        bundle = join(root, 'force-app', 'main', 'core', 'lwc', 'cioX');
        mkdirSync(join(bundle, '__tests__'), { recursive: true });
        writeFileSync(join(root, 'sfdx-project.json'), JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }));
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('compiles each source beside itself and leaves tests alone', () => {
        writeFileSync(join(bundle, 'cioX.ts'), 'export const answer: number = 42;\n');
        writeFileSync(join(bundle, '__tests__', 'cioX.test.ts'), 'it("x", () => {});\n');

        const result = buildLwc(root);

        expect(result.compiled).toEqual(['force-app/main/core/lwc/cioX/cioX.js']);
        expect(readFileSync(join(bundle, 'cioX.js'), 'utf8')).toContain('export const answer = 42;');
        expect(existsSync(join(bundle, '__tests__', 'cioX.test.js'))).toBe(false);
        expect(bundleOf(join(bundle, 'cioX.js'))).toBe('cioX');
    });

    it('removes generated files whose source is gone, but never hand-written JavaScript', () => {
        writeFileSync(join(bundle, 'stale.js'), `${GENERATED_MARKER} stale.ts\nexport {};\n`);
        writeFileSync(join(bundle, 'handwritten.js'), 'export const mine = true;\n');

        const result = buildLwc(root);

        expect(result.removed).toEqual(['force-app/main/core/lwc/cioX/stale.js']);
        expect(existsSync(join(bundle, 'stale.js'))).toBe(false);
        expect(existsSync(join(bundle, 'handwritten.js'))).toBe(true);
    });
});
