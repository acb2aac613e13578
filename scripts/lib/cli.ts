/** Thrown for a command line a script cannot use; the message is the usage text. */
export class UsageError extends Error {}

/**
 * Runs a script's body and turns its outcome into the process exit code. Expected failures (a missing tool,
 * a missing argument) print their message alone; a stack trace is shown only with DEBUG set.
 */
export function main(body: () => Promise<number>): void {
    body().then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            if (error instanceof UsageError) {
                console.error(error.message);
                process.exitCode = 64; // EX_USAGE
                return;
            }
            const message = error instanceof Error ? error.message : String(error);
            console.error(`error: ${message}`);
            if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
            process.exitCode = 2;
        }
    );
}
