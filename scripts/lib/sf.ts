import { buildLwc } from '../gates/lwcBuild';
import { UsageError } from './cli';
import { run, type RunResult } from './run';

/**
 * Environment for every Salesforce CLI call: no telemetry, no version check and no background auto-update
 * (which would otherwise try the network and linger after the command ends).
 */
export function sfEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    return {
        ...base,
        SF_DISABLE_TELEMETRY: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        SF_DISABLE_AUTOUPDATE: 'true',
        SF_AUTOUPDATE_DISABLE: 'true'
    };
}

/**
 * Reads the target org from `-o <alias>`, `--target-org <alias>` or `--target-org=<alias>`.
 * Every other argument is passed through to the Salesforce CLI unchanged.
 */
export function parseTargetOrg(argv: readonly string[], usage: string): { org: string; rest: string[] } {
    const rest: string[] = [];
    let org: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-o' || arg === '--target-org') {
            org = argv[++i];
        } else if (arg.startsWith('--target-org=')) {
            org = arg.slice('--target-org='.length);
        } else {
            rest.push(arg);
        }
    }
    if (!org || org.startsWith('-')) throw new UsageError(usage);
    return { org, rest };
}

/** Runs the project's own Salesforce CLI (a pinned dev dependency), streaming its output. */
export function runSf(root: string, args: readonly string[]): Promise<RunResult> {
    return run('npx', ['--no-install', 'sf', ...args], { cwd: root, env: sfEnv(), echo: true });
}

export const DEPLOY_USAGE = [
    'usage: npm run deploy -- -o <org alias or username> [extra sf project deploy start flags]',
    '',
    'Compiles the LWC TypeScript sources and deploys force-app to the org. Log in first with',
    '  npx sf org login web --alias <alias>'
].join('\n');

export const TEST_APEX_USAGE = [
    'usage: npm run test:apex -- -o <org alias or username> [extra sf apex run test flags]',
    '',
    'Runs every Apex test of the package in the org (after `npm run deploy`) and prints coverage.'
].join('\n');

/** `npm run deploy`: build, then deploy the package source to the target org. */
export async function deploy(root: string, argv: readonly string[]): Promise<number> {
    const { org, rest } = parseTargetOrg(argv, DEPLOY_USAGE);
    buildLwc(root);
    const result = await runSf(root, ['project', 'deploy', 'start', '--source-dir', 'force-app', '-o', org, ...rest]);
    return result.code;
}

/** `npm run test:apex`: run the package's Apex tests in the target org with code coverage. */
export async function testApex(root: string, argv: readonly string[]): Promise<number> {
    const { org, rest } = parseTargetOrg(argv, TEST_APEX_USAGE);
    const result = await runSf(root, [
        'apex',
        'run',
        'test',
        '-o',
        org,
        '--test-level',
        'RunLocalTests',
        '--code-coverage',
        '--result-format',
        'human',
        '--wait',
        '60',
        ...rest
    ]);
    return result.code;
}
