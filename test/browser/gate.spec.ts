import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPreview, type RunningPreview } from '../../scripts/preview/preview';
import { BUNDLE_PATH } from '../../scripts/preview/server';
import { injectFixture, makeWorkspace, removeWorkspace, type Fixture } from '../helpers/workspace';
import {
    hotContact,
    saveRefusedByApex,
    saveWithInvalidValue,
    previewPayload,
    settingsAccessible,
    testConnection
} from './journeys';
import { SettingsPage } from './pages/settingsPage';
import { PreviewBrowser, usePreviewBrowser, type Journey } from './support/browser';
import { previewUrl } from './support/environment';

/**
 * Proof that the browser tests can fail, in the spirit of test/gates/fixtures.test.ts: each known-bad fixture under
 * test/browser/fixtures is put into a copy of the project, the preview serves that copy, and the journey its
 * manifest names must fail with the expected message. The same journeys pass on the real fixtures (the other specs).
 */
interface BrowserFixture extends Fixture {
    journey: keyof typeof JOURNEYS;
    expect: string;
}

const JOURNEYS = {
    saveWithInvalidValue,
    saveRefusedByApex,
    testConnection: (journey: Journey, root: string) => testConnection(journey, root),
    previewPayload,
    settingsAccessible: (journey: Journey) => settingsAccessible(journey),
    hotContact
};

const FIXTURES_DIR = join(__dirname, 'fixtures');

function loadBrowserFixtures(): BrowserFixture[] {
    return readdirSync(FIXTURES_DIR, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => {
            const manifest = JSON.parse(readFileSync(join(FIXTURES_DIR, entry.name, 'fixture.json'), 'utf8')) as Omit<
                BrowserFixture,
                'name' | 'gates'
            >;
            return { name: entry.name, gates: [], ...manifest };
        });
}

describe.each(loadBrowserFixtures().map((fixture): [string, BrowserFixture] => [fixture.name, fixture]))(
    'known-bad browser fixture %s',
    (_name, fixture) => {
        let workspace: string;
        let preview: RunningPreview;
        let browser: PreviewBrowser;

        beforeAll(async () => {
            workspace = makeWorkspace();
            injectFixture(workspace, fixture, join(FIXTURES_DIR, fixture.name));
            // Only data differs from the project, so the project's bundle is served as it is.
            const code = await (await fetch(new URL(BUNDLE_PATH, previewUrl()))).text();
            preview = await startPreview({ root: workspace, port: 0, bundleCode: code });
            browser = await PreviewBrowser.launch(preview.server.url);
        });

        afterAll(async () => {
            await browser?.close();
            await preview?.close();
            removeWorkspace(workspace);
        });

        it(`fails the ${fixture.journey} journey (${fixture.description})`, async () => {
            const run = browser.journey(`gate-${fixture.name}`, (journey) =>
                JOURNEYS[fixture.journey](journey, workspace)
            );

            await expect(run).rejects.toThrow(fixture.expect);
        });
    }
);

describe('the accessibility check', () => {
    const browser = usePreviewBrowser();

    it('fails a journey when a control inside a component loses its label', async () => {
        const run = browser().journey('gate-unlabelled-input', async (journey) => {
            const settings = await SettingsPage.open(journey);
            // What an empty custom label would do: the base component renders the input without a name.
            await settings.field('siteId').evaluate((input) => {
                (input as HTMLElement & { label: string }).label = '';
            });
        });

        await expect(run).rejects.toThrow(/axe: \d+ serious or critical violation\(s\)[\s\S]*critical label/);
    });
});
