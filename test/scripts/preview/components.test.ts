import { join } from 'node:path';
import { apexMethodsUsedBy, discoverComponents, fixtureDir, tagName } from '../../../scripts/preview/components';
import { PROJECT_ROOT } from '../../helpers/workspace';
import { makeProject, removeProject } from './helpers';

const component = (name: string, source: string, html = '<template></template>') => ({
    [`force-app/main/x/lwc/${name}/${name}.ts`]: source,
    [`force-app/main/x/lwc/${name}/${name}.html`]: html
});

describe('discoverComponents', () => {
    it("finds the package's components wherever their feature folder is", () => {
        const components = discoverComponents(PROJECT_ROOT);

        expect(components.get('cioSettings')).toEqual({
            name: 'cioSettings',
            entry: join(PROJECT_ROOT, 'force-app/main/admin/lwc/cioSettings/cioSettings.ts'),
            dir: join(PROJECT_ROOT, 'force-app/main/admin/lwc/cioSettings')
        });
        expect(components.has('cioErrorPanel')).toBe(true);
        expect(components.has('cioErrorUtils')).toBe(true);
        // Helper modules of a bundle are not components.
        expect(components.has('formState')).toBe(false);
    });

    it('refuses two components with one name', () => {
        const root = makeProject({
            'force-app/main/a/lwc/cioSame/cioSame.ts': '',
            'force-app/main/b/lwc/cioSame/cioSame.ts': ''
        });
        try {
            expect(() => discoverComponents(root)).toThrow(
                'two components are named cioSame: force-app/main/a/lwc/cioSame and force-app/main/b/lwc/cioSame'
            );
        } finally {
            removeProject(root);
        }
    });

    it('ignores a module named like its folder outside an lwc folder', () => {
        const root = makeProject({ 'force-app/main/a/lwc/cioA/nested/nested.ts': '' });
        try {
            expect([...discoverComponents(root).keys()]).toEqual([]);
        } finally {
            removeProject(root);
        }
    });
});

describe('tagName', () => {
    it.each([
        ['cioSettings', 'c-cio-settings'],
        ['cioContactActivity', 'c-cio-contact-activity'],
        ['x', 'c-x']
    ])('%s → %s', (name, tag) => {
        expect(tagName(name)).toBe(tag);
    });
});

describe('apexMethodsUsedBy', () => {
    it('lists the Apex methods of a component and of the c/ components it imports or renders', () => {
        const root = makeProject({
            ...component(
                'cioPanel',
                "import a from '@salesforce/apex/CioA.load';\nimport { x } from 'c/cioShared';",
                '<template><c-cio-child></c-cio-child></template>'
            ),
            ...component('cioShared', "import b from '@salesforce/apex/CioB.save';"),
            ...component(
                'cioChild',
                'import c from "@salesforce/apex/CioA.load";\nimport d from "@salesforce/apex/CioC.run";'
            ),
            'force-app/main/x/lwc/cioPanel/__tests__/cioPanel.test.ts': "import t from '@salesforce/apex/CioTest.only';"
        });
        try {
            const components = discoverComponents(root);

            expect(apexMethodsUsedBy('cioPanel', components)).toEqual(['CioA.load', 'CioB.save', 'CioC.run']);
            expect(apexMethodsUsedBy('cioShared', components)).toEqual(['CioB.save']);
            expect(apexMethodsUsedBy('cioMissing', components)).toEqual([]);
        } finally {
            removeProject(root);
        }
    });

    it("reads the real Settings tab's calls", () => {
        expect(apexMethodsUsedBy('cioSettings', discoverComponents(PROJECT_ROOT))).toEqual([
            'CioSettingsController.getSettings',
            'CioSettingsController.saveApiKeys',
            'CioSettingsController.saveSettings',
            'CioSettingsController.testConnection'
        ]);
    });
});

describe('fixtureDir', () => {
    it("is the component's __tests__/data", () => {
        const settings = discoverComponents(PROJECT_ROOT).get('cioSettings')!;

        expect(fixtureDir(settings)).toBe(join(settings.dir, '__tests__', 'data'));
    });
});
