import { checkApex } from '../../scripts/gates/apexLs';
import { buildLwc } from '../../scripts/gates/lwcBuild';
import { checkMetadata } from '../../scripts/gates/metadata';
import { scan } from '../../scripts/gates/scan';
import { run } from '../../scripts/lib/run';
import { injectFixture, loadFixtures, makeWorkspace, removeWorkspace, type Fixture } from '../helpers/workspace';

/**
 * Proof that every offline gate can fail: each known-bad fixture under test/fixtures is put into a copy of
 * force-app, the gate it targets is run the way `npm test` runs it, and the gate must exit non-zero with the
 * expected message. A gate that passes a bad fixture fails this suite.
 */
jest.setTimeout(180_000);

interface GateOutcome {
    failed: boolean;
    output: string;
}

async function npmScript(workspace: string, script: string): Promise<GateOutcome> {
    const result = await run('npm', ['run', '--silent', script], { cwd: workspace });
    return { failed: result.code !== 0, output: result.stdout + result.stderr };
}

const GATES: Record<string, (workspace: string) => Promise<GateOutcome>> = {
    'format:check': (workspace) => npmScript(workspace, 'format:check'),
    lint: (workspace) => npmScript(workspace, 'lint'),
    typecheck: (workspace) => npmScript(workspace, 'typecheck'),
    'check:apex': async (workspace) => {
        const result = await checkApex(workspace);
        return { failed: !result.ok, output: result.errors.join('\n') };
    },
    scan: async (workspace) => {
        const result = await scan(workspace);
        return { failed: !result.ok, output: result.errors.join('\n') };
    },
    'check:metadata': async (workspace) => {
        buildLwc(workspace); // npm test builds before it checks metadata
        const result = await checkMetadata(workspace);
        return { failed: !result.ok, output: result.errors.join('\n') };
    },
    // The LWC project only: the scripts project is this very suite.
    'test:unit': async (workspace) => {
        const result = await run('npx', ['jest', '--selectProjects', 'lwc', '--coverage=false', '--ci'], {
            cwd: workspace
        });
        return { failed: result.code !== 0, output: result.stdout + result.stderr };
    }
};

const fixtures = loadFixtures();

describe('known-bad fixtures', () => {
    it('cover every gate that npm test runs on source code', () => {
        const covered = new Set(fixtures.flatMap((fixture) => fixture.gates.map((entry) => entry.gate)));
        expect([...covered].sort()).toEqual(Object.keys(GATES).sort());
    });

    describe.each(fixtures.map((fixture): [string, Fixture] => [fixture.name, fixture]))('%s', (_name, fixture) => {
        let workspace: string;

        beforeAll(() => {
            workspace = makeWorkspace();
            injectFixture(workspace, fixture);
        });

        afterAll(() => removeWorkspace(workspace));

        const gates = [...new Set(fixture.gates.map((entry) => entry.gate))];
        it.each(gates)(`fails %s (${fixture.description})`, async (gate) => {
            const outcome = await GATES[gate](workspace);

            expect(outcome.failed).toBe(true);
            for (const expectation of fixture.gates.filter((entry) => entry.gate === gate)) {
                expect(outcome.output).toContain(expectation.expect);
            }
        });
    });
});
