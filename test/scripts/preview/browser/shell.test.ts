/**
 * @jest-environment jsdom
 */
import type { PreviewPage } from 'cio-preview:pages';
import type { PreviewScenario } from 'cio-preview:scenarios';
import {
    pageReferenceOf,
    pageUrl,
    placeholderText,
    renderShell,
    route,
    type ShellOptions
} from '../../../../scripts/preview/browser/shell';

const SETTINGS_CLASS = class Settings {};

const pages: PreviewPage[] = [
    {
        id: 'settings',
        title: 'Settings',
        where: 'Admin · Settings tab',
        components: [
            { name: 'cioSettings', tag: 'c-cio-settings', definition: SETTINGS_CLASS, props: {}, columns: 12 }
        ],
        missing: [],
        expected: ['cioSettings']
    },
    {
        id: 'contact',
        title: 'Contact Activity',
        where: 'Recruiter · Contact page',
        components: [],
        missing: ['cioContactActivity'],
        expected: ['cioEngagementBanner', 'cioContactActivity']
    },
    { id: 'home', title: 'Recruiter home', where: 'Recruiter · home', components: [], missing: [], expected: [] }
];

const scenarios: PreviewScenario[] = [
    { id: 'default', label: 'Configured workspace', description: 'Everything works.' },
    { id: 'unconfigured', label: 'First install', description: 'Nothing set.' }
];

function render(pathname: string, search = '') {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const created: [string, unknown][] = [];
    const references: unknown[] = [];
    const assigned: string[] = [];
    const options: ShellOptions = {
        document,
        pages,
        scenarios,
        defaultScenario: 'default',
        location: { pathname, search },
        createComponent: (tag, definition) => {
            created.push([tag, definition]);
            return document.createElement(tag);
        },
        setPageReference: (reference) => references.push(reference),
        assign: (url) => assigned.push(url)
    };
    const state = renderShell(root, options);
    return { root, state, created, references, assigned };
}

const texts = (root: ParentNode, selector: string) =>
    Array.from(root.querySelectorAll(selector)).map((node) => node.textContent?.trim());

describe('route', () => {
    it('finds the page and scenario an address asks for', () => {
        const state = route({
            pages,
            scenarios,
            defaultScenario: 'default',
            location: { pathname: '/contact/', search: '?scenario=unconfigured' }
        });

        expect([state.page?.id, state.scenario.id, state.unknownScenario]).toEqual(['contact', 'unconfigured', null]);
    });

    it('falls back to the default scenario, remembering what was asked', () => {
        const state = route({
            pages,
            scenarios,
            defaultScenario: 'default',
            location: { pathname: '/x', search: '?scenario=nope' }
        });

        expect([state.page, state.scenario.id, state.unknownScenario]).toEqual([undefined, 'default', 'nope']);
    });
});

describe('pageUrl', () => {
    it('leaves the default scenario out of the address', () => {
        expect(pageUrl('settings', 'default', 'default')).toBe('/settings');
        expect(pageUrl('settings', 'wrong region', 'default')).toBe('/settings?scenario=wrong%20region');
    });
});

describe('renderShell', () => {
    it("mounts the page's components with their properties, after telling navigation which page it is", () => {
        const { root, created, references } = render('/settings');

        expect(created).toEqual([['c-cio-settings', SETTINGS_CLASS]]);
        expect(root.querySelector('main .slds-size_12-of-12 > c-cio-settings')).not.toBeNull();
        expect(references).toEqual([{ type: 'standard__navItemPage', attributes: { apiName: 'settings' }, state: {} }]);
        expect(document.title).toBe('Settings · CIO Pipelines preview');
        expect(texts(root, 'main h1')).toEqual(['Settings']);
        expect(texts(root, '.preview-scenario-description')).toEqual([
            'Scenario: Configured workspace. Everything works.'
        ]);
    });

    it('marks the current page in the navigation and keeps the scenario in every link', () => {
        const { root } = render('/settings', '?scenario=unconfigured');

        const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Preview pages"] a'));
        expect(
            links.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('aria-current')])
        ).toEqual([
            ['Settings', '/settings?scenario=unconfigured', 'page'],
            ['Contact Activity', '/contact?scenario=unconfigured', null],
            ['Recruiter home', '/home?scenario=unconfigured', null]
        ]);
        expect(root.querySelector('.slds-is-active a')?.textContent).toBe('Settings');
    });

    it('switches scenario on the same page through a labelled select', () => {
        const { root, assigned } = render('/contact');
        const select = root.querySelector<HTMLSelectElement>('#preview-scenario')!;

        expect(root.querySelector('label[for="preview-scenario"]')?.textContent).toBe('Scenario');
        expect(select.value).toBe('default');
        select.value = 'unconfigured';
        select.dispatchEvent(new Event('change'));

        expect(assigned).toEqual(['/contact?scenario=unconfigured']);
    });

    it('shows a placeholder naming what is missing for a page not on this branch', () => {
        const { root, created } = render('/contact');

        expect(created).toEqual([]);
        expect(texts(root, '.preview-placeholder h2')).toEqual(['Contact Activity is not built on this branch']);
        expect(texts(root, '.preview-placeholder p')).toEqual([placeholderText(pages[1])]);
    });

    it('warns about an unknown scenario and says which one is shown', () => {
        const { root } = render('/settings', '?scenario=nope');

        expect(texts(root, '[role="alert"]')).toEqual(['There is no scenario “nope”; showing “Configured workspace”.']);
    });

    it('lists the pages on an address that is none of them', () => {
        const { root, assigned } = render('/nothing');

        expect(document.title).toBe('Not found · CIO Pipelines preview');
        expect(texts(root, '.preview-not-found h2')).toEqual(['No page /nothing']);
        expect(texts(root, '.preview-not-found a')).toEqual(['Settings', 'Contact Activity', 'Recruiter home']);
        root.querySelector<HTMLSelectElement>('#preview-scenario')!.dispatchEvent(new Event('change'));
        expect(assigned).toEqual(['/settings']);
    });
});

describe('placeholderText', () => {
    it('says whether the components are missing or not registered at all', () => {
        expect(placeholderText(pages[1])).toBe(
            'This page shows cioEngagementBanner and cioContactActivity; cioContactActivity is not on this branch yet. The page lights up when they are merged (their Apex methods need routes in scripts/preview/registry.ts).'
        );
        expect(placeholderText({ ...pages[1], missing: ['a', 'b'] })).toContain(
            '; a and b are not on this branch yet.'
        );
        expect(placeholderText(pages[2])).toBe(
            'The Recruiter home components are not registered in the preview yet. When they are merged, list them under this page in scripts/preview/registry.ts.'
        );
    });
});

describe('pageReferenceOf', () => {
    it('is a record page when a component gets a recordId', () => {
        const page: PreviewPage = {
            ...pages[0],
            components: [{ ...pages[0].components[0], props: { recordId: '003x', objectApiName: 'Contact' } }]
        };

        expect(pageReferenceOf(page)).toEqual({
            type: 'standard__recordPage',
            attributes: { recordId: '003x', objectApiName: 'Contact', actionName: 'view' },
            state: {}
        });
    });
});
