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
