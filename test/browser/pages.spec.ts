import { pagesChangedBy } from '../../scripts/preview/check';
import { discoverComponents, tagName } from '../../scripts/preview/components';
import { REGISTRY } from '../../scripts/preview/registry';
import { PROJECT_ROOT } from '../helpers/workspace';
import { PreviewShell } from './pages/previewShell';
import { usePreviewBrowser } from './support/browser';

/**
 * Every page, in the default scenario and in each scenario that changes its data: it renders (its components, or the
 * placeholder of a page not on this branch) and axe finds nothing serious or critical. One screenshot per page and
 * scenario.
 */
describe('every preview page', () => {
    const browser = usePreviewBrowser();
    const onThisBranch = discoverComponents(PROJECT_ROOT);

    it.each(REGISTRY.scenarios.map((scenario) => [scenario.id]))(
        'renders accessibly in scenario %s',
        async (scenario) => {
            await browser().journey(`pages-${scenario}`, async (journey) => {
                const shell = new PreviewShell(journey);
                for (const page of pagesChangedBy(scenario, REGISTRY, onThisBranch)) {
                    await journey.open(page.id, scenario);
                    expect(await shell.heading.innerText()).toBe(page.title);
                    const missing = page.components.filter((component) => !onThisBranch.has(component.name));
                    if (page.components.length > 0 && missing.length === 0) {
                        for (const component of page.components) {
                            await journey.page.locator(tagName(component.name)).waitFor();
                        }
                        expect(await shell.placeholder.count()).toBe(0);
                    } else {
                        const text = await shell.placeholder.innerText();
                        expect(text).toContain(`${page.title} is not built on this branch`);
                        for (const component of missing) expect(text).toContain(component.name);
                    }
                    // Let the components' first Apex calls settle before axe looks.
                    await journey.page.waitForLoadState('networkidle');
                    await journey.expectAccessible(`${page.title}, scenario ${scenario}`);
                    await journey.screenshot(`page-${page.id}-${scenario}`);
                }
            });
        }
    );

    it('keeps the scenario while navigating, and the page while switching scenario', async () => {
        await browser().journey('navigation', async (journey) => {
            const shell = new PreviewShell(journey);
            await journey.open('settings', 'wrong-region');
            await shell.goTo('Triggers');
            expect(new URL(journey.page.url()).pathname).toBe('/triggers');
            expect(new URL(journey.page.url()).searchParams.get('scenario')).toBe('wrong-region');
            expect(await shell.navLink('Triggers').getAttribute('aria-current')).toBe('page');

            await shell.switchScenario('First install');
            expect(new URL(journey.page.url()).pathname).toBe('/triggers');
            expect(new URL(journey.page.url()).searchParams.get('scenario')).toBe('unconfigured');
        });
    });
});
