import { main } from '../lib/cli';
import { run } from '../lib/run';
import { browserTestPlan, findChromium } from '../preview/chromium';

/** `npm run test:browser`: the journeys in the system Chromium (jest.browser.config.ts), or why they did not run. */
main(async () => {
    const plan = browserTestPlan(findChromium());
    if (!plan.run) {
        (plan.code === 0 ? console.log : console.error)(plan.message);
        return plan.code;
    }
    console.log(`test:browser: journeys in ${plan.chromium}`);
    const args = [
        // Rollup and the LWC compiler allocate many short-lived objects; a larger young generation saves GC time.
        '--max-semi-space-size=64',
        require.resolve('jest/bin/jest'),
        '--config',
        'jest.browser.config.ts',
        ...(process.env.CI ? ['--ci'] : []),
        ...process.argv.slice(2)
    ];
    const result = await run(process.execPath, args, {
        echo: true,
        env: { ...process.env, CHROMIUM_PATH: plan.chromium }
    });
    return result.code;
});
