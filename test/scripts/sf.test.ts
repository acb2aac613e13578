import { UsageError } from '../../scripts/lib/cli';
import { DEPLOY_USAGE, TEST_APEX_USAGE, deploy, parseTargetOrg, sfEnv, testApex } from '../../scripts/lib/sf';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace';

jest.setTimeout(60_000);

describe('parseTargetOrg', () => {
    it.each([
        [['-o', 'dev'], 'dev', []],
        [['--target-org', 'dev', '--dry-run'], 'dev', ['--dry-run']],
        [['--ignore-conflicts', '--target-org=me@example.com'], 'me@example.com', ['--ignore-conflicts']]
    ])('reads %j', (argv, org, rest) => {
        expect(parseTargetOrg(argv, 'usage')).toEqual({ org, rest });
    });

    it.each([[[]], [['-o']], [['-o', '--dry-run']], [['--dry-run']]])('refuses %j with the usage text', (argv) => {
        expect(() => parseTargetOrg(argv, 'usage text')).toThrow(new UsageError('usage text'));
    });
});

describe('sfEnv', () => {
    it('switches off telemetry, the version check and auto-update, keeping the rest', () => {
        expect(sfEnv({ PATH: '/bin' })).toEqual({
            PATH: '/bin',
            SF_DISABLE_TELEMETRY: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_DISABLE_AUTOUPDATE: 'true',
            SF_AUTOUPDATE_DISABLE: 'true'
        });
    });
});

describe('deploy and test:apex', () => {
    it('print a usage message, not a stack trace, without an org', async () => {
        await expect(deploy('/nowhere', [])).rejects.toThrow(new UsageError(DEPLOY_USAGE));
        await expect(testApex('/nowhere', [])).rejects.toThrow(new UsageError(TEST_APEX_USAGE));
        expect(DEPLOY_USAGE).toContain('npm run deploy -- -o <org alias or username>');
    });

    describe('with an org alias this machine has never logged in to', () => {
        let workspace: string;
        let output: string[];

        beforeAll(() => {
            workspace = makeWorkspace();
        });

        afterAll(() => removeWorkspace(workspace));

        beforeEach(() => {
            output = [];
            jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => output.push(String(chunk)) > 0);
            jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => output.push(String(chunk)) > 0);
        });

        afterEach(() => jest.restoreAllMocks());

        it('deploy builds, runs the Salesforce CLI and returns its failure', async () => {
            const code = await deploy(workspace, ['-o', 'cio-no-such-org']);

            expect(code).not.toBe(0);
            expect(output.join('')).toContain('No authorization information found for cio-no-such-org');
        });

        it('test:apex runs the Salesforce CLI and returns its failure', async () => {
            const code = await testApex(workspace, ['-o', 'cio-no-such-org']);

            expect(code).not.toBe(0);
            expect(output.join('')).toContain('cio-no-such-org');
        });
    });
});
