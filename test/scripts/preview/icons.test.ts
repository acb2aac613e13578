import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    baseComponentSources,
    iconLibrarySource,
    iconNamesIn,
    iconTemplatesDir,
    referencedIcons
} from '../../../scripts/preview/icons';
import { makeProject, removeProject } from './helpers';

const lbcSourceDir = join(require.resolve('lightning-base-components/package.json'), '..', 'src', 'lightning');

describe('iconNamesIn', () => {
    it('finds every category:name icon written in a source', () => {
        expect(
            iconNamesIn(`<lightning-icon icon-name="utility:info"></lightning-icon> { iconName: 'standard:groups' }
            custom:custom67 action:new doctype:pdf other:thing utility:`)
        ).toEqual(['utility:info', 'standard:groups', 'custom:custom67', 'action:new', 'doctype:pdf']);
    });
});

describe('referencedIcons', () => {
    it('collects the icons of the files, plus those lightning-toast builds at run time', () => {
        const root = makeProject({ 'a.html': 'icon-name="utility:lock"', 'b.ts': "'standard:settings'" });
        try {
            const icons = referencedIcons([join(root, 'a.html'), join(root, 'b.ts')]);

            expect([...icons].sort()).toEqual([
                'standard:settings',
                'utility:error',
                'utility:info',
                'utility:lock',
                'utility:success',
                'utility:warning'
            ]);
        } finally {
            removeProject(root);
        }
    });

    it("reads the base components' own sources, not the icon libraries", () => {
        const files = baseComponentSources(lbcSourceDir);

        expect(files.some((file) => file.endsWith('/input/input.js'))).toBe(true);
        expect(files.some((file) => file.includes('/iconSvgTemplates'))).toBe(false);
        expect(referencedIcons(files).has('utility:down')).toBe(true);
    });
});

describe('iconLibrarySource', () => {
    it('imports only the referenced icons of the category that exist, keyed as the base components look them up', () => {
        const source = iconLibrarySource(
            'Utility',
            new Set(['utility:info', 'utility:no_such_icon', 'standard:groups', 'utility:error']),
            lbcSourceDir
        );
        const dir = iconTemplatesDir(lbcSourceDir, 'Utility');

        expect(existsSync(join(dir, 'info.html'))).toBe(true);
        expect(source).toContain(`import icon0 from ${JSON.stringify(join(dir, 'error.html'))};`);
        expect(source).toContain(`import icon1 from ${JSON.stringify(join(dir, 'info.html'))};`);
        expect(source).toContain('const icons = { "utility_error": icon0, "utility_info": icon1 };');
        expect(source).not.toContain('no_such_icon');
        expect(source).not.toContain('groups');
        expect(source).toContain('console.error(`Preview: icon');
    });

    it('reports an icon it did not bundle when a component asks for it', () => {
        const source = iconLibrarySource('Custom', new Set(['custom:custom67']), lbcSourceDir)
            .replace(/^import .*$/gm, '')
            .replace('export default', 'return')
            .replace('"custom_custom67": icon0', '"custom_custom67": "template"');
        const errors: string[] = [];
        const library = new Function('console', source)({ error: (message: string) => errors.push(message) }) as Record<
            string,
            unknown
        >;

        expect(library.custom_custom67).toBe('template');
        expect(library.custom_custom1).toBeUndefined();
        expect(library.then).toBeUndefined();
        expect(errors).toEqual([
            "Preview: icon custom:custom1 is not bundled. Name it literally ('category:name') in the component so the preview finds it."
        ]);
    });

    it('refuses a library that does not exist', () => {
        expect(() => iconLibrarySource('Emoji', new Set(), lbcSourceDir)).toThrow(
            'no icon library iconSvgTemplatesEmoji'
        );
    });

    it('matches the libraries the base components ship', () => {
        const fetch = readFileSync(join(lbcSourceDir, 'primitiveIcon', 'fetch.js'), 'utf8');

        for (const library of ['Utility', 'Standard', 'Custom', 'Action', 'Doctype']) {
            expect(fetch).toContain(`lightning/iconSvgTemplates${library}'`);
        }
    });
});
