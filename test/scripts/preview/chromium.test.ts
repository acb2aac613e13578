import {
    CHROMIUM_ARGS,
    DEFAULT_CHROMIUM_PATHS,
    browserTestPlan,
    findChromium
} from '../../../scripts/preview/chromium';

describe('findChromium', () => {
    const only =
        (...present: string[]) =>
        (path: string) =>
            present.includes(path);

    it('uses CHROMIUM_PATH when set', () => {
        expect(
            findChromium({ CHROMIUM_PATH: '/opt/chrome/chrome' }, DEFAULT_CHROMIUM_PATHS, only('/opt/chrome/chrome'))
        ).toBe('/opt/chrome/chrome');
    });

    it('refuses a CHROMIUM_PATH with no executable there', () => {
        expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, DEFAULT_CHROMIUM_PATHS, only())).toThrow(
            'CHROMIUM_PATH is /nope, but no executable is there.'
        );
    });

    it("falls back to Debian's chromium, then chromium-browser, else none", () => {
        expect(findChromium({}, DEFAULT_CHROMIUM_PATHS, only('/usr/bin/chromium', '/usr/bin/chromium-browser'))).toBe(
            '/usr/bin/chromium'
        );
        expect(findChromium({ CHROMIUM_PATH: ' ' }, DEFAULT_CHROMIUM_PATHS, only('/usr/bin/chromium-browser'))).toBe(
            '/usr/bin/chromium-browser'
        );
        expect(findChromium({}, DEFAULT_CHROMIUM_PATHS, only())).toBeNull();
    });

    it('checks the real file system by default', () => {
        expect(findChromium({}, ['/definitely/not/here'])).toBeNull();
        expect(findChromium({}, [process.execPath])).toBe(process.execPath);
    });

    it('runs headless Chromium without a sandbox or any background connection', () => {
        expect(CHROMIUM_ARGS).toEqual(
            expect.arrayContaining(['--no-sandbox', '--disable-background-networking', '--disable-component-update'])
        );
    });
});

describe('browserTestPlan', () => {
    it('runs the journeys when there is a Chromium', () => {
        expect(browserTestPlan('/usr/bin/chromium', { CI: 'true' })).toEqual({
            run: true,
            chromium: '/usr/bin/chromium'
        });
    });

    it('skips, saying so, on a machine without Chromium', () => {
        expect(browserTestPlan(null, {})).toEqual({
            run: false,
            code: 0,
            message:
                'test:browser: SKIPPED: no Chromium on this machine, so no browser test ran. Install it with `apt-get install chromium`, or set CHROMIUM_PATH.'
        });
    });

    it('fails in CI without Chromium', () => {
        const plan = browserTestPlan(null, { CI: '1' });

        expect(plan).toMatchObject({ run: false, code: 1 });
        expect(plan.run === false && plan.message).toMatch(/^error: test:browser needs Chromium, and CI must run/);
    });
});
