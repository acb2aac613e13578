import { fixture, handler } from '../../../scripts/preview/backend';
import { checkTable, pagesChangedBy } from '../../../scripts/preview/check';
import { discoverComponents } from '../../../scripts/preview/components';
import { projectBackend } from '../../../scripts/preview/preview';
import { REGISTRY, type PreviewTable } from '../../../scripts/preview/registry';
import { PROJECT_ROOT } from '../../helpers/workspace';
import { makeProject, removeProject } from './helpers';

describe("the preview's table (scripts/preview/registry.ts)", () => {
    const components = discoverComponents(PROJECT_ROOT);

    it('routes every Apex method its pages call, to fixtures that exist and parse, in scenarios that exist', () => {
        expect(checkTable(REGISTRY, components, projectBackend(PROJECT_ROOT))).toEqual([]);
    });

    it('has the four pages of issue 8, Settings and Triggers built on this branch', () => {
        expect(REGISTRY.pages.map((page) => [page.id, page.title])).toEqual([
            ['settings', 'Settings'],
            ['triggers', 'Triggers'],
            ['contact', 'Contact Activity'],
            ['recruiter-home', 'Recruiter home']
        ]);
        expect(REGISTRY.pages.slice(0, 2).every((page) => page.components.every((c) => components.has(c.name)))).toBe(
            true
        );
    });

    it('varies only the pages whose Apex answers change in a scenario', () => {
        const ids = (scenario: string) => pagesChangedBy(scenario, REGISTRY, components).map((page) => page.id);

        expect(ids('default')).toEqual(['settings', 'triggers', 'contact', 'recruiter-home']);
        expect(ids('unconfigured')).toEqual(['settings', 'triggers', 'contact', 'recruiter-home']);
        expect(ids('rate-limited')).toEqual(['contact']);
        expect(ids('dashboard-misconfigured')).toEqual(['recruiter-home']);
        expect(ids('read-only')).toEqual(['settings']);
        expect(ids('wrong-region')).toEqual(['settings']);
    });
});

describe('checkTable', () => {
    let root: string;

    beforeAll(() => {
        root = makeProject({
            'force-app/main/x/lwc/cioPanel/cioPanel.ts':
                "import a from '@salesforce/apex/CioPanel.load';\nimport b from '@salesforce/apex/CioPanel.save';",
            'force-app/main/x/lwc/cioPanel/__tests__/data/panel.json': '{}',
            'force-app/main/x/lwc/cioPanel/__tests__/data/broken.json': '{'
        });
    });

    afterAll(() => removeProject(root));

    function problems(table: Partial<PreviewTable>): string[] {
        const full: PreviewTable = {
            pages: [{ id: 'panel', title: 'Panel', where: '', components: [{ name: 'cioPanel' }] }],
            scenarios: [{ id: 'default', label: 'Default', description: '' }],
            defaultScenario: 'default',
            routes: {},
            ...table
        };
        return checkTable(full, discoverComponents(root), projectBackend(root, full));
    }

    it('names each Apex method a page calls without a route', () => {
        expect(problems({ routes: { 'CioPanel.load': { default: fixture('cioPanel', 'panel.json') } } })).toEqual([
            'page panel calls CioPanel.save, which has no route in APEX_ROUTES'
        ]);
    });

    it('names fixtures that are missing or broken, and scenarios that do not exist', () => {
        const routes = {
            'CioPanel.load': {
                default: fixture('cioPanel', 'missing.json'),
                later: fixture('cioPanel', 'broken.json')
            },
            'CioPanel.save': { default: handler(() => null) }
        };

        expect(problems({ routes })).toEqual([
            'CioPanel.load has an answer for scenario later, which is not in SCENARIOS',
            'CioPanel.load: fixture cioPanel/__tests__/data/missing.json does not exist',
            expect.stringContaining('CioPanel.load: fixture cioPanel/__tests__/data/broken.json is not JSON')
        ]);
    });

    it('waits for pages and fixtures of components not on the branch, and checks page ids and the default', () => {
        const pages = [
            { id: 'later', title: 'Later', where: '', components: [{ name: 'cioLater' }] },
            { id: 'Bad Id', title: 'Bad', where: '', components: [] },
            { id: 'later', title: 'Twice', where: '', components: [] }
        ];
        const routes = { 'CioLater.load': { default: fixture('cioLater', 'nothing.json') } };

        expect(problems({ pages, routes, defaultScenario: 'missing' })).toEqual([
            'the default scenario missing is not in the scenarios',
            'page id Bad Id must be unique, lower-case letters, digits and dashes',
            'page id later must be unique, lower-case letters, digits and dashes'
        ]);
    });
});
