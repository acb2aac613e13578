import { main } from '../lib/cli';
import { run } from '../lib/run';
import { findChromium } from '../preview/chromium';

/**
 * `npm run test:browser`: the journeys in the system Chromium (jest.browser.config.ts). Without Chromium they are
 * skipped, saying so, on a developer's machine; in CI (CI set) a missing Chromium fails the run.
 */
main(async () => {
    const chromium = findChromium();
    if (!chromium) {
        const how = 'Install it with `apt-get install chromium`, or set CHROMIUM_PATH.';
        if (process.env.CI) {
            console.error(`error: test:browser needs Chromium and CI must run the browser tests. ${how}`);
            return 1;
        }
        console.log(`test:browser: SKIPPED: no Chromium on this machine, so no browser test ran. ${how}`);
        return 0;
    }
    console.log(`test:browser: journeys in ${chromium}`);
    const jest = require.resolve('jest/bin/jest');
    const args = [
        // Rollup and the LWC compiler allocate a lot of short-lived objects; a larger young generation saves GC time.
        '--max-semi-space-size=64',
        jest,
        '--config',
        'jest.browser.config.ts',
        ...(process.env.CI ? ['--ci'] : []),
        ...process.argv.slice(2)
    ];
    const result = await run(process.execPath, args, { echo: true, env: { ...process.env, CHROMIUM_PATH: chromium } });
    return result.code;
});
