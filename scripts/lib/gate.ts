/** The outcome of one quality gate: whether it passed, and what to tell the developer. */
export interface GateResult {
    ok: boolean;
    /** Problems that fail the gate, each naming the file and what is wrong. */
    errors: string[];
    /** Findings that are reported but do not fail the gate. */
    warnings: string[];
    /** One line saying what was checked, so a pass is never silent about its scope. */
    summary: string;
}

/** Prints a gate's result and returns the process exit code for it. */
export function report(name: string, result: GateResult, out: (line: string) => void = console.log): number {
    for (const warning of result.warnings) out(`warning: ${warning}`);
    for (const error of result.errors) out(`error: ${error}`);
    out(`${name}: ${result.ok ? 'passed' : 'FAILED'} (${result.summary})`);
    return result.ok ? 0 : 1;
}
