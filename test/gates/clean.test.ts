import { checkApex } from '../../scripts/gates/apexLs';
import { buildLwc } from '../../scripts/gates/lwcBuild';
import { checkMetadata } from '../../scripts/gates/metadata';
import { scan } from '../../scripts/gates/scan';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The control for fixtures.test.ts: the same gates pass on an untouched copy of the project, so a failure
 * there is caused by the fixture, not by the copy.
 */
jest.setTimeout(180_000);

describe('gates on the clean project', () => {
    let workspace: string;

    beforeAll(() => {
        workspace = makeWorkspace();
        buildLwc(workspace);
    });

    afterAll(() => removeWorkspace(workspace));

    it('passes apex-ls and says how many Apex files it checked', async () => {
        const result = await checkApex(workspace);

        expect(result.errors).toEqual([]);
        expect(result.ok).toBe(true);
        expect(result.summary).toMatch(/^[1-9]\d* Apex files checked by apex-ls$/);
    });

    it('passes the Code Analyzer scan with rules actually selected', async () => {
        const result = await scan(workspace);

        expect(result.errors).toEqual([]);
        expect(result.ok).toBe(true);
        expect(result.summary).toMatch(/^[1-9]\d* rules, \d+ violations, 0 blocking$/);
    });

    it('converts the source to a Metadata API package with a package.xml and no TypeScript', async () => {
        const result = await checkMetadata(workspace);

        expect(result.errors).toEqual([]);
        expect(result.ok).toBe(true);
        const packageXml = readFileSync(join(workspace, 'build', 'metadata', 'package.xml'), 'utf8');
        expect(packageXml).toContain('<members>CioSettings</members>');
        expect(packageXml).toContain('<members>CIO_Settings__c</members>');
        expect(packageXml).toContain('<members>cioErrorPanel</members>');
        expect(packageXml).toContain('<version>65.0</version>');
        expect(existsSync(join(workspace, 'build', 'metadata', 'lwc', 'cioErrorPanel', 'cioErrorPanel.js'))).toBe(true);
        expect(existsSync(join(workspace, 'build', 'metadata', 'lwc', 'cioErrorPanel', 'cioErrorPanel.ts'))).toBe(
            false
        );
    });
});
