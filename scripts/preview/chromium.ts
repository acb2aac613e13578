import { accessSync, constants } from 'node:fs';

/** Where Debian's `chromium` package puts the browser (`apt-get install chromium`). */
export const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutable(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

/**
 * The system Chromium the browser tests drive (Playwright downloads none): `CHROMIUM_PATH` when set (it must then
 * exist), else the first of the default paths that exists; null when there is none.
 */
export function findChromium(
    env: NodeJS.ProcessEnv = process.env,
    candidates: readonly string[] = DEFAULT_CHROMIUM_PATHS,
    executable: (path: string) => boolean = isExecutable
): string | null {
    const configured = env.CHROMIUM_PATH?.trim();
    if (configured) {
        if (!executable(configured)) {
            throw new Error(`CHROMIUM_PATH is ${configured}, but no executable is there.`);
        }
        return configured;
    }
    return candidates.find((path) => executable(path)) ?? null;
}

/**
 * Flags for a headless Chromium on a machine with no network: no sandbox (CI runs as root), no GPU, and none of the
 * background connections (updates, sync, safe browsing) a closed network would refuse.
 */
export const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions'
];

/** What `npm run test:browser` does on this machine: run the journeys, or say why not and exit with `code`. */
export type BrowserTestPlan = { run: true; chromium: string } | { run: false; code: number; message: string };

/**
 * Without Chromium the browser tests are skipped on a developer's machine, saying so, so that `npm test` still runs
 * everything else; in CI (`CI` set) they must run, so a missing Chromium fails.
 */
export function browserTestPlan(chromium: string | null, env: NodeJS.ProcessEnv = process.env): BrowserTestPlan {
    if (chromium) {
        return { run: true, chromium };
    }
    const how = 'Install it with `apt-get install chromium`, or set CHROMIUM_PATH.';
    return env.CI
        ? {
              run: false,
              code: 1,
              message: `error: test:browser needs Chromium, and CI must run the browser tests. ${how}`
          }
        : {
              run: false,
              code: 0,
              message: `test:browser: SKIPPED: no Chromium on this machine, so no browser test ran. ${how}`
          };
}
