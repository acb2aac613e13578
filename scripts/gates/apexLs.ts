import { dirname, join } from 'node:path';
import { display, listFiles, packageDirectories } from '../lib/files';
import type { GateResult } from '../lib/gate';
import { requireJava } from '../lib/java';
import { run } from '../lib/run';

/**
 * Gate: Apex semantics. Runs apex-ls `CheckForIssues` (the copy bundled in @salesforce/code-analyzer-pmd-engine,
 * pinned in package.json) over the project: unknown types, fields, methods and labels, wrong argument types,
 * missing meta files. Any Syntax, Error or Missing issue fails; Warnings are reported.
 *
 * It cannot see field names inside SOQL SELECT lists or WHERE clauses, nor calls to another class's private
 * methods (see docs/ARCHITECTURE.md for how the code compensates).
 */
export async function checkApex(root: string): Promise<GateResult> {
    const sources = packageDirectories(root).flatMap((dir) => listFiles(dir, (p) => /\.(cls|trigger)$/.test(p)));
    await requireJava();
    const result = await run('java', [
        '-cp',
        apexLsClasspath(),
        'io.github.apexdevtools.apexls.CheckForIssues',
        '-n', // no cache: every run checks from scratch
        '-w',
        root
    ]);
    const { errors, warnings } = parseIssues(result.stdout, root);
    if (result.code !== 0 && errors.length === 0) {
        errors.push(`apex-ls exited with ${result.code}: ${(result.stderr || result.stdout).trim()}`);
    }
    return {
        ok: result.code === 0 && errors.length === 0,
        errors,
        warnings,
        summary: `${sources.length} Apex files checked by apex-ls`
    };
}

/** The PMD engine's java-lib folder; apex-ls must run from its classpath, not with `java -jar` (see toolchain notes). */
export function apexLsClasspath(): string {
    const engine = dirname(require.resolve('@salesforce/code-analyzer-pmd-engine/package.json'));
    return join(engine, 'dist', 'java-lib', '*');
}

const BLOCKING = /^(Syntax|Error|Missing): (.*)$/;
const REPORTED = /^(Warning|Unused): (.*)$/;

/**
 * apex-ls text output is a file path line followed by its issues (`Error: line 2 at 4-9: message`).
 * Each issue is returned as `file: kind: line …: message`.
 */
export function parseIssues(output: string, root: string): { errors: string[]; warnings: string[] } {
    const errors: string[] = [];
    const warnings: string[] = [];
    let file = '';
    for (const line of output.split(/\r?\n/)) {
        const blocking = BLOCKING.exec(line);
        const reported = REPORTED.exec(line);
        if (blocking) errors.push(`${file}: ${blocking[1]}: ${blocking[2]}`);
        else if (reported) warnings.push(`${file}: ${reported[1]}: ${reported[2]}`);
        else if (line.trim().startsWith('/')) file = display(root, line.trim());
    }
    return { errors, warnings };
}
