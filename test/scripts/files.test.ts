import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { display, listFiles, packageDirectories } from '../../scripts/lib/files';

describe('files', () => {
    let dir: string;

    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'cio-files-'));
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('lists files recursively in a stable order, skipping dependency folders', () => {
        mkdirSync(join(dir, 'b', 'node_modules'), { recursive: true });
        mkdirSync(join(dir, 'a'));
        writeFileSync(join(dir, 'b', 'z.cls'), '');
        writeFileSync(join(dir, 'b', 'node_modules', 'x.cls'), '');
        writeFileSync(join(dir, 'a', 'y.cls'), '');
        writeFileSync(join(dir, 'a', 'y.txt'), '');

        const found = listFiles(dir, (path) => path.endsWith('.cls')).map((path) => display(dir, path));

        expect(found).toEqual(['a/y.cls', 'b/z.cls']);
    });

    it('reads the package directories from sfdx-project.json', () => {
        writeFileSync(join(dir, 'sfdx-project.json'), JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }));

        expect(packageDirectories(dir)).toEqual([join(dir, 'force-app')]);
    });

    it('refuses a project without package directories', () => {
        writeFileSync(join(dir, 'sfdx-project.json'), '{}');

        expect(() => packageDirectories(dir)).toThrow('sfdx-project.json lists no packageDirectories.');
    });
});
