import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/preview/chromium';
import { PROBLEMS_PATH } from '../../../scripts/preview/server';
import { expectAccessible } from './axe';
import { SCREENSHOT_DIR, previewUrl } from './environment';

/** How long one step may wait for the page. */
const STEP_TIMEOUT_MS = 10_000;

/**
 * One journey through the preview: a fresh browser context (nothing carried over from another journey), with every
 * uncaught page error and console error recorded. Page objects take a Journey.
 */
export class Journey {
    /** Uncaught exceptions and console errors, which fail the journey. */
    readonly errors: string[] = [];
    /** Rejects at the first uncaught exception, so a broken page fails the journey at once, not at a timeout. */
    readonly crashed: Promise<never>;

    constructor(
        readonly name: string,
        readonly page: Page,
        readonly baseUrl: string
    ) {
        let crash: (error: Error) => void = () => undefined;
        this.crashed = new Promise<never>((_resolve, reject) => {
            crash = reject;
        });
        this.crashed.catch(() => undefined); // observed through Promise.race in PreviewBrowser.journey
        page.on('pageerror', (error) => {
            this.errors.push(`page error: ${error.message}`);
            crash(new Error('the page threw an uncaught error'));
        });
        page.on('console', (message) => {
            if (message.type() === 'error') this.errors.push(`console error: ${message.text()}`);
        });
    }

    /** Opens a preview page (`settings`, `triggers` …) in a scenario, and waits until the shell has rendered it. */
    async open(pageId: string, scenario?: string): Promise<void> {
        const query = scenario ? `?scenario=${encodeURIComponent(scenario)}` : '';
        await this.page.goto(new URL(`${pageId}${query}`, this.baseUrl).toString());
        await this.page.locator('#preview-root[data-ready="true"]').waitFor();
    }

    /** axe on the page as it is now; fails on serious or critical violations. */
    async expectAccessible(state: string): Promise<void> {
        await expectAccessible(this.page, `${this.name} (${state})`);
    }

    async screenshot(name: string = this.name): Promise<string> {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const path = join(SCREENSHOT_DIR, `${name}.png`);
        await this.page.screenshot({ path, fullPage: true });
        return path;
    }
}

/** What went wrong outside the journey's own assertions. */
async function previewProblems(baseUrl: string): Promise<string[]> {
    const response = await fetch(new URL(PROBLEMS_PATH, baseUrl), { method: 'DELETE' });
    return (await response.json()) as string[];
}

/** The system Chromium, launched once per spec file. */
export class PreviewBrowser {
    private constructor(
        private readonly browser: Browser,
        readonly baseUrl: string
    ) {}

    static async launch(baseUrl: string = previewUrl()): Promise<PreviewBrowser> {
        const executablePath = findChromium();
        if (!executablePath) {
            throw new Error('No Chromium found: apt-get install chromium, or set CHROMIUM_PATH.');
        }
        return new PreviewBrowser(await chromium.launch({ executablePath, args: CHROMIUM_ARGS }), baseUrl);
    }

    /**
     * Runs a journey: `steps` drive the page through its page objects and assert what the user sees. Afterwards axe
     * checks the final state, a screenshot is saved under .tmp/screenshots/<name>.png (also when a step failed), and
     * any page error, console error or preview problem (missing route or fixture) fails the journey.
     */
    async journey(name: string, steps: (journey: Journey) => Promise<void>): Promise<void> {
        const context: BrowserContext = await this.browser.newContext({ viewport: { width: 1280, height: 900 } });
        // A step that waits for something that never shows fails in seconds, not at the test's timeout.
        context.setDefaultTimeout(STEP_TIMEOUT_MS);
        const journey = new Journey(name, await context.newPage(), this.baseUrl);
        await previewProblems(this.baseUrl); // start clean
        let failure: unknown = null;
        try {
            await Promise.race([steps(journey), journey.crashed]);
            await journey.expectAccessible('end of the journey');
        } catch (error) {
            failure = error;
        } finally {
            await journey.screenshot().catch(() => undefined);
            await context.close();
        }
        const problems = [...journey.errors, ...(await previewProblems(this.baseUrl))];
        if (failure !== null || problems.length > 0) {
            const reason = failure instanceof Error ? failure.message : failure === null ? '' : String(failure);
            throw new Error(
                [`journey ${name} failed${reason ? `: ${reason}` : ''}`, ...problems].join('\n'),
                failure instanceof Error ? { cause: failure } : undefined
            );
        }
    }

    close(): Promise<void> {
        return this.browser.close();
    }
}

/** Launches Chromium before a spec file's tests and closes it after. */
export function usePreviewBrowser(baseUrl?: () => string): () => PreviewBrowser {
    let browser: PreviewBrowser | undefined;
    beforeAll(async () => {
        browser = await PreviewBrowser.launch(baseUrl?.());
    });
    afterAll(async () => {
        await browser?.close();
    });
    return () => {
        if (!browser) throw new Error('the browser is not launched yet');
        return browser;
    };
}
