import { join } from 'node:path';
import { discoverComponents } from '../../../scripts/preview/components';
import {
    PREVIEW_USER_ID,
    RUNTIME,
    componentFile,
    componentOwning,
    platformStubs,
    resolveBare,
    virtualSource,
    type ResolveContext,
    type VirtualContext
} from '../../../scripts/preview/modules';
import { PROJECT_ROOT } from '../../helpers/workspace';

const components = discoverComponents(PROJECT_ROOT);
const lbcManifest = require.resolve('lightning-base-components/package.json');
const context: ResolveContext = { components, platformStubs: platformStubs(lbcManifest) };
const settings = components.get('cioSettings')!;
const importer = componentFile(settings.entry, 'cioSettings');
const lbcImporter = join(lbcManifest, '..', 'src', 'lightning', 'input', 'input.js');

describe('resolveBare', () => {
    it('resolves c/ components to their TypeScript source, marked as namespace c', () => {
        expect(resolveBare('c/cioSettings', importer, context)).toEqual({
            file: `${settings.entry}?specifier=c%2FcioSettings`
        });
        expect(() => resolveBare('c/cioNothing', importer, context)).toThrow(
            'c/cioNothing is imported, but no component named cioNothing exists in the package'
        );
    });

    it('makes up the platform modules the package imports', () => {
        expect(resolveBare('@salesforce/label/c.Cio_Settings_Title', importer, context)).toEqual({
            virtual: 'label/c.Cio_Settings_Title'
        });
        expect(resolveBare('@salesforce/apex/CioSettingsController.getSettings', importer, context)).toEqual({
            virtual: 'apex/CioSettingsController.getSettings'
        });
        expect(resolveBare('@salesforce/customPermission/CIO_Manage_Settings', importer, context)).toEqual({
            virtual: 'customPermission/CIO_Manage_Settings'
        });
        expect(resolveBare('@salesforce/schema/Contact.Email', importer, context)).toEqual({
            virtual: 'schema/Contact.Email'
        });
        expect(resolveBare('@salesforce/user/Id', importer, context)).toEqual({ virtual: 'user/Id' });
    });

    it('replaces toasts, navigation and refreshApex with the runtime shims', () => {
        expect(resolveBare('lightning/platformShowToastEvent', importer, context)).toEqual({ file: RUNTIME.toast });
        expect(resolveBare('lightning/navigation', lbcImporter, context)).toEqual({ file: RUNTIME.navigation });
        expect(resolveBare('@salesforce/apex', importer, context)).toEqual({ file: RUNTIME.apex });
    });

    it("takes the base components' values for i18n, so both agree on locale and time zone", () => {
        const locale = resolveBare('@salesforce/i18n/locale', importer, context);

        expect(locale).toEqual({ file: expect.stringMatching(/scopedImports\/@salesforce-i18n-locale\.js$/) });
    });

    it('bundles only the referenced icons, and no right-to-left icons', () => {
        expect(resolveBare('lightning/iconSvgTemplatesUtility', lbcImporter, context)).toEqual({
            virtual: 'icons/Utility'
        });
        expect(resolveBare('lightning/iconSvgTemplatesUtilityRtl', lbcImporter, context)).toEqual({ virtual: 'empty' });
        expect(resolveBare('lightning/iconSvgTemplates', lbcImporter, context)).toBeNull();
    });

    it('leaves lwc, the base components and their own platform imports to the LWC plugin', () => {
        expect(resolveBare('lwc', importer, context)).toBeNull();
        expect(resolveBare('lightning/button', importer, context)).toBeNull();
        expect(resolveBare('@salesforce/label/LightningInput.helptextAlternativeText', lbcImporter, context)).toEqual({
            file: expect.stringContaining('scopedImports')
        });
        expect(resolveBare('@salesforce/something/else', lbcImporter, context)).toBeNull();
    });

    it('refuses a platform module the preview has no shim for, when the package imports it', () => {
        expect(() => resolveBare('@salesforce/messageChannel/Cio__c', importer, context)).toThrow(
            '@salesforce/messageChannel/Cio__c has no preview shim. Add one in scripts/preview/modules.ts'
        );
        expect(() => resolveBare('@salesforce/label/Other.Name', importer, context)).toThrow('has no preview shim');
        expect(() => resolveBare('@salesforce/contentAssetUrl/logo', undefined, context)).toThrow('the entry');
    });

    it('resolves the generated pages and scenarios', () => {
        expect(resolveBare('cio-preview:pages', undefined, context)).toEqual({ virtual: 'pages' });
        expect(resolveBare('cio-preview:scenarios', undefined, context)).toEqual({ virtual: 'scenarios' });
    });
});

describe('componentOwning', () => {
    it('finds the bundle of a file, with or without a query', () => {
        expect(componentOwning(join(settings.dir, 'labels.ts'), components)).toBe('cioSettings');
        expect(componentOwning(`${join(settings.dir, 'cioSettings.css')}?scoped=true`, components)).toBe('cioSettings');
        expect(componentOwning(join(PROJECT_ROOT, 'scripts', 'x.ts'), components)).toBeUndefined();
    });
});

describe('virtualSource', () => {
    const virtual: VirtualContext = {
        labels: new Map([
            ['Cio_Quote', 'Say "hi" \\ {0}'],
            ['Cio_Empty', '']
        ]),
        icons: new Set(['utility:info']),
        lbcSourceDir: join(lbcManifest, '..', 'src', 'lightning'),
        components,
        pages: [
            { id: 'settings', title: 'Settings', where: 'Admin', components: [{ name: 'cioSettings', columns: 6 }] },
            { id: 'later', title: 'Later', where: 'Rec', components: [{ name: 'cioLater', props: { recordId: 'x' } }] },
            { id: 'empty', title: 'Empty', where: 'Rec', components: [] }
        ],
        scenarios: [{ id: 'default', label: 'Default', description: 'All fine', withoutPermissions: ['X'] }],
        defaultScenario: 'default'
    };

    it('exports a label value as a string literal, empty ones included', () => {
        expect(virtualSource('label/c.Cio_Quote', virtual)).toBe('export default "Say \\"hi\\" \\\\ {0}";');
        expect(virtualSource('label/c.Cio_Empty', virtual)).toBe('export default "";');
        expect(() => virtualSource('label/c.Cio_Missing', virtual)).toThrow(
            "@salesforce/label/c.Cio_Missing: no custom label named Cio_Missing in the package's labels folders"
        );
        expect(() => virtualSource('label/Other.Name', virtual)).toThrow("only the package's own labels");
    });

    it('makes each Apex method and custom permission a call into the runtime', () => {
        expect(virtualSource('apex/CioX.load', virtual)).toBe(
            `import { apexMethod } from ${JSON.stringify(RUNTIME.apex)};\nexport default apexMethod("CioX.load");`
        );
        expect(virtualSource('customPermission/CIO_Manage_Settings', virtual)).toBe(
            `import { hasPermission } from ${JSON.stringify(RUNTIME.platform)};\nexport default hasPermission("CIO_Manage_Settings");`
        );
    });

    it('describes schema references and the preview user', () => {
        expect(virtualSource('schema/Contact.Account.Name', virtual)).toBe(
            'export default {"objectApiName":"Contact","fieldApiName":"Account.Name"};'
        );
        expect(virtualSource('schema/Contact', virtual)).toBe('export default {"objectApiName":"Contact"};');
        expect(virtualSource('user/Id', virtual)).toBe(`export default ${JSON.stringify(PREVIEW_USER_ID)};`);
        expect(virtualSource('user/isGuest', virtual)).toBe('export default false;');
        expect(() => virtualSource('user/Email', virtual)).toThrow('@salesforce/user/Email has no preview value');
    });

    it('imports the components of a page that is on the branch, and lists what is missing on the others', () => {
        const source = virtualSource('pages', virtual);

        expect(source).toContain('import Component0 from "c/cioSettings";');
        expect(source).toContain(
            '{ name: "cioSettings", tag: "c-cio-settings", definition: Component0, props: {}, columns: 6 }'
        );
        expect(source).not.toContain('c/cioLater');
        expect(source).toContain('missing: ["cioLater"], expected: ["cioLater"]');
        expect(source).toContain(
            'id: "empty", title: "Empty", where: "Rec", components: [], missing: [], expected: []'
        );
    });

    it('exports the scenarios, an empty module, and the icon libraries', () => {
        expect(virtualSource('scenarios', virtual)).toBe(
            `export const scenarios = ${JSON.stringify(virtual.scenarios)};\nexport const defaultScenario = "default";`
        );
        expect(virtualSource('empty', virtual)).toBe('export default {};');
        expect(virtualSource('icons/Utility', virtual)).toContain('"utility_info": icon0');
        expect(() => virtualSource('nothing/here', virtual)).toThrow('the preview makes no module nothing/here');
    });
});

describe('platformStubs', () => {
    it("maps the base components' platform modules to their stub files", () => {
        const stubs = platformStubs(lbcManifest);

        expect(stubs.get('@salesforce/i18n/timeZone')).toMatch(/scopedImports\/@salesforce-i18n-timeZone\.js$/);
        expect(stubs.get('@salesforce/client/formFactor')).toBeDefined();
        expect([...stubs.keys()].every((name) => name.startsWith('@salesforce/'))).toBe(true);
    });
});
