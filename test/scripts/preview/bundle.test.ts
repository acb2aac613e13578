import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { handler } from '../../../scripts/preview/backend';
import { buildPreview, sldsAssetsDir, type PreviewBundle } from '../../../scripts/preview/bundle';
import { bundleSource, portFrom, startPreview } from '../../../scripts/preview/preview';
import type { PreviewTable } from '../../../scripts/preview/registry';
import { BUNDLE_PATH } from '../../../scripts/preview/server';
import { labelsXml, makeProject, removeProject } from './helpers';

/**
 * The preview build on a small project: one page with a component that uses a label, an Apex method, a custom
 * permission, a helper module and another c/ component. Built once (a few seconds); the failing builds stop early.
 */
jest.setTimeout(120_000);

const HELLO = `import { LightningElement, api, wire } from 'lwc';
import GREETING from '@salesforce/label/c.Cio_Hello_Greeting';
import greet from '@salesforce/apex/CioHello.greet';
import canManage from '@salesforce/customPermission/CIO_Manage_Settings';
import { shout } from './shout';

export default class CioHello extends LightningElement {
    @api recordId: string | undefined;
    greeting: string = shout(GREETING);
    manage: boolean = canManage === true;
    @wire(greet, { recordId: '$recordId' }) answer: unknown;
}
`;

const table: PreviewTable = {
    pages: [
        {
            id: 'hello',
            title: 'Hello',
            where: 'Tests',
            components: [{ name: 'cioHello', props: { recordId: '003x' } }]
        },
        { id: 'later', title: 'Later', where: 'Tests', components: [{ name: 'cioLater' }] }
    ],
    scenarios: [{ id: 'default', label: 'Default', description: 'The only one.' }],
    defaultScenario: 'default',
    routes: { 'CioHello.greet': { default: handler((params) => `hello ${String(params.recordId)}`) } }
};

function project(extra: Record<string, string> = {}): string {
    return makeProject({
        'force-app/main/x/lwc/cioHello/cioHello.ts': HELLO,
        'force-app/main/x/lwc/cioHello/shout.ts': 'export const shout = (text: string): string => `${text}!`;\n',
        'force-app/main/x/lwc/cioHello/cioHello.html':
            '<template><p class="greeting">{greeting}</p><c-cio-badge></c-cio-badge></template>',
        'force-app/main/x/lwc/cioHello/cioHello.css': '.greeting { color: #032d60; }',
        'force-app/main/x/lwc/cioBadge/cioBadge.ts':
            "import { LightningElement } from 'lwc';\nexport default class CioBadge extends LightningElement {}\n",
        'force-app/main/x/lwc/cioBadge/cioBadge.html':
            '<template><lightning-badge label="new"></lightning-badge></template>',
        'force-app/main/x/labels/CustomLabels.labels-meta.xml': labelsXml({
            Cio_Hello_Greeting: 'Hello from the "labels"'
        }),
        ...extra
    });
}

describe('buildPreview', () => {
    let root: string;
    let bundle: PreviewBundle;

    beforeAll(async () => {
        root = project();
        bundle = await buildPreview({ root, table });
    });

    afterAll(() => removeProject(root));

    it("compiles the page's components from their TypeScript, with the label's value and the Apex method", () => {
        expect(bundle.code).toContain('"Hello from the \\"labels\\""');
        expect(bundle.code).toContain('apexMethod("CioHello.greet")');
        expect(bundle.code).toContain('hasPermission("CIO_Manage_Settings")');
        expect(bundle.code).toContain('`${text}!`');
        expect(bundle.code).toContain('c-cio-hello');
        expect(bundle.code).toContain('#032d60');
        expect(bundle.code).not.toContain('(text: string)');
        expect(bundle.warnings).toEqual([]);
        expect(bundle.modules).toBeGreaterThan(50);
    });

    it('compiles the shell, the LWC engine in development mode and the base components it uses', () => {
        expect(bundle.code).toContain('preview-root');
        expect(bundle.code).toContain('lightning-badge');
        expect(bundle.code).not.toContain('process.env.NODE_ENV');
        expect(bundle.code).not.toContain('import.meta.env');
        expect(bundle.code).not.toMatch(/^import /m);
    });

    it('holds one LWC engine although node_modules is a symlink (as in a git worktree)', () => {
        // Two copies of the engine (Rollup renames the second `registerTemplate$1`) refuse each other's templates.
        expect(bundle.code.match(/^function registerTemplate\b/gm)).toEqual(['function registerTemplate']);
    });

    it('lists the page whose components are missing, without importing them', () => {
        expect(bundle.code).toContain('missing: ["cioLater"]');
    });

    it('fails on a label the project does not have, naming it', async () => {
        const broken = project({
            'force-app/main/x/lwc/cioHello/cioHello.ts': HELLO.replace('Cio_Hello_Greeting', 'Cio_Hello_Missing')
        });
        try {
            await expect(buildPreview({ root: broken, table })).rejects.toThrow(
                "@salesforce/label/c.Cio_Hello_Missing: no custom label named Cio_Hello_Missing in the package's labels folders"
            );
        } finally {
            removeProject(broken);
        }
    });

    it('fails on a platform module without a preview shim, and on an import nothing resolves', async () => {
        const unshimmed = project({
            'force-app/main/x/lwc/cioHello/shout.ts':
                "import channel from '@salesforce/messageChannel/Cio__c';\nexport const shout = (t: string): string => t + String(channel);\n"
        });
        const unresolved = project({
            'force-app/main/x/lwc/cioHello/shout.ts':
                "import thing from 'not-a-package';\nexport const shout = (t: string): string => t + String(thing);\n"
        });
        try {
            await expect(buildPreview({ root: unshimmed, table })).rejects.toThrow('has no preview shim');
            await expect(buildPreview({ root: unresolved, table })).rejects.toThrow('"not-a-package" is imported');
        } finally {
            removeProject(unshimmed);
            removeProject(unresolved);
        }
    });

    it('finds the SLDS assets', () => {
        expect(sldsAssetsDir(root)).toMatch(/@salesforce-ux\/design-system\/assets$/);
    });

    describe('served by startPreview', () => {
        it('serves the bundle and answers Apex from the table, and reports problems', async () => {
            const lines: string[] = [];
            const preview = await startPreview({ root, port: 0, table, bundle, log: (line) => lines.push(line) });
            try {
                const page = await fetch(new URL('hello', preview.server.url));
                const code = await (await fetch(new URL(BUNDLE_PATH, preview.server.url))).text();
                const apex = await fetch(new URL('__preview/apex', preview.server.url), {
                    method: 'POST',
                    body: JSON.stringify({
                        method: 'CioHello.greet',
                        params: { recordId: '003x' },
                        scenario: 'default'
                    })
                });
                await fetch(new URL('__preview/apex', preview.server.url), {
                    method: 'POST',
                    body: JSON.stringify({ method: 'CioHello.nothing', params: {}, scenario: 'default' })
                });

                expect(page.status).toBe(200);
                expect(code).toBe(bundle.code);
                expect(await apex.json()).toEqual({ ok: true, data: 'hello 003x' });
                expect(preview.problems).toEqual([expect.stringContaining('CioHello.nothing: no preview route')]);
                expect(lines).toEqual([expect.stringContaining('warning: Preview problem: CioHello.nothing')]);
            } finally {
                await preview.close();
            }
        });

        it('serves a bundle given as code, and warns about the table at start', async () => {
            const lines: string[] = [];
            const incomplete = { ...table, routes: {} };
            const preview = await startPreview({
                root,
                port: 0,
                table: incomplete,
                bundleCode: 'ok',
                log: (l) => lines.push(l)
            });
            try {
                expect(await (await fetch(new URL(BUNDLE_PATH, preview.server.url))).text()).toBe('ok');
                expect(lines).toEqual(['warning: page hello calls CioHello.greet, which has no route in APEX_ROUTES']);
            } finally {
                await preview.close();
            }
        });
    });

    describe('bundleSource', () => {
        it('builds once, then again only after a source changes, while watching', async () => {
            const lines: string[] = [];
            const source = bundleSource(root, { watch: true, log: (line) => lines.push(line), initial: bundle, table });
            try {
                expect(await source.current()).toBe(bundle.code);
                expect(lines).toEqual([]);

                const html = join(root, 'force-app/main/x/lwc/cioHello/cioHello.html');
                writeFileSync(html, '<template><p class="greeting">{greeting}?</p></template>');
                utimesSync(html, new Date(), new Date());
                await new Promise((done) => setTimeout(done, 300));
                const rebuilt = await source.current();

                expect(rebuilt).toContain('?');
                expect(rebuilt).not.toBe(bundle.code);
                expect(lines).toEqual([expect.stringMatching(/^preview built: \d+ modules in \d+\.\d s$/)]);
            } finally {
                source.close();
            }
        });

        it('reports a failed build and keeps failing until fixed', async () => {
            const broken = project({
                'force-app/main/x/lwc/cioHello/cioHello.ts': HELLO.replace('Cio_Hello_Greeting', 'Cio_Nope')
            });
            const lines: string[] = [];
            const source = bundleSource(broken, { watch: false, log: (line) => lines.push(line), table });
            try {
                await expect(source.current()).rejects.toThrow('Cio_Nope');
                expect(lines).toEqual([expect.stringContaining('error: the preview did not build: ')]);
            } finally {
                source.close();
                removeProject(broken);
            }
        });
    });
});

describe('portFrom', () => {
    it('is 3000 unless PORT names a port, 0 meaning any free one', () => {
        expect(portFrom(undefined)).toBe(3000);
        expect(portFrom(' ')).toBe(3000);
        expect(portFrom('8080')).toBe(8080);
        expect(portFrom('0')).toBe(0);
    });

    it.each(['abc', '-1', '65536', '80.5'])('refuses PORT=%s', (value) => {
        expect(() => portFrom(value)).toThrow(`PORT must be a port number from 0 to 65535, not '${value}'.`);
    });
});
