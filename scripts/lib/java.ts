import { run } from './run';

/** The oldest Java that runs apex-ls 6 and PMD 7 as bundled by the Code Analyzer PMD engine. */
export const MINIMUM_JAVA = 17;

/** Reads the major version out of `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"`). */
export function parseJavaMajor(versionOutput: string): number | undefined {
    const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
    if (!match) return undefined;
    const first = Number(match[1]);
    return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Fails with an actionable message unless a Java of at least MINIMUM_JAVA is on PATH. */
export async function requireJava(): Promise<void> {
    const result = await run('java', ['-version']);
    const major = parseJavaMajor(result.stderr + result.stdout);
    if (major === undefined || major < MINIMUM_JAVA) {
        throw new Error(
            `Java ${MINIMUM_JAVA} or later is required (found ${major ?? 'an unreadable version'}). ` +
                'Debian/Ubuntu: apt-get install openjdk-17-jre-headless.'
        );
    }
}
