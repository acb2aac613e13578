import { spawn } from 'node:child_process';

/** What a finished child process said. */
export interface RunResult {
    /** Exit code; a process killed by a signal reports 128 + 1 so it is never mistaken for success. */
    code: number;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    /** Also stream the child's output to this process's stdout/stderr as it arrives. */
    echo?: boolean;
}

/**
 * Runs a command without a shell (arguments are never re-parsed) and collects its output.
 * A command that cannot start at all (not installed) rejects with an error that names it.
 */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            if (options.echo) process.stdout.write(chunk);
        });
        child.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
            if (options.echo) process.stderr.write(chunk);
        });
        child.on('error', (error: NodeJS.ErrnoException) => {
            reject(
                error.code === 'ENOENT'
                    ? new Error(`'${command}' was not found on PATH. ${installHint(command)}`)
                    : error
            );
        });
        child.on('close', (code) => resolve({ code: code ?? 129, stdout, stderr }));
    });
}

function installHint(command: string): string {
    return command === 'java'
        ? 'Install Java 17 or later (Debian/Ubuntu: apt-get install openjdk-17-jre-headless).'
        : 'Install it, or run `npm ci` first.';
}
