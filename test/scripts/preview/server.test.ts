import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Backend } from '../../../scripts/preview/backend';
import {
    APEX_PATH,
    BUNDLE_PATH,
    PROBLEMS_PATH,
    STYLES_PATH,
    buildErrorScript,
    parseApexRequest,
    shellHtml,
    startPreviewServer,
    staticFile,
    type PreviewServer
} from '../../../scripts/preview/server';
import { makeProject, removeProject } from './helpers';

describe('the preview server', () => {
    let assets: string;
    let server: PreviewServer;
    let bundle: () => Promise<string>;
    const problems: string[] = [];
    const calls: unknown[] = [];
    const backend: Backend = {
        call: (request) => {
            calls.push(request);
            return { ok: true, data: { echoed: request.params } };
        },
        readFixture: () => null
    };

    beforeAll(async () => {
        assets = makeProject({ 'assets/styles/slds.css': '.slds-scope {}', 'assets/images/x.svg': '<svg/>' });
        server = await startPreviewServer({
            backend,
            bundle: () => bundle(),
            pageIds: ['settings', 'triggers'],
            sldsDir: join(assets, 'assets'),
            problems,
            port: 0
        });
    });

    afterAll(async () => {
        await server.close();
        removeProject(assets);
    });

    const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), { redirect: 'manual', ...init });

    it('listens on the loopback interface only', () => {
        expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    });

    it('opens the first page at /, keeping the query', async () => {
        const response = await get('/?scenario=unconfigured');

        expect(response.status).toBe(302);
        expect(response.headers.get('location')).toBe('/settings?scenario=unconfigured');
    });

    it('serves the shell for every page, and for other addresses with 404', async () => {
        const page = await get('/triggers?scenario=x');
        const missing = await get('/nothing');

        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(await page.text()).toBe(shellHtml());
        expect(missing.status).toBe(404);
        expect(await missing.text()).toBe(shellHtml());
    });

    it('serves the current bundle, or a script that shows why it did not build', async () => {
        bundle = () => Promise.resolve('console.log("bundle");');
        const built = await get(BUNDLE_PATH);
        expect(built.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
        expect(built.headers.get('cache-control')).toBe('no-store');
        expect(await built.text()).toBe('console.log("bundle");');

        bundle = () => Promise.reject(new Error('no custom label named X'));
        expect(await (await get(BUNDLE_PATH)).text()).toBe(buildErrorScript('no custom label named X'));
    });

    it("serves the preview's styles and the SLDS assets, and nothing outside them", async () => {
        expect(await (await get(STYLES_PATH)).text()).toContain('.preview-header');
        const css = await get('/assets/slds/styles/slds.css');
        expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
        expect(await css.text()).toBe('.slds-scope {}');
        expect((await get('/assets/slds/images/x.svg')).headers.get('content-type')).toBe('image/svg+xml');
        expect((await get('/assets/slds/missing.css')).status).toBe(404);
        expect((await get('/assets/slds/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
        expect((await get('/favicon.ico')).status).toBe(204);
    });

    it('answers Apex calls through the backend', async () => {
        const response = await get(APEX_PATH, {
            method: 'POST',
            body: JSON.stringify({ method: 'CioX.get', params: { id: 1 }, scenario: 'default' })
        });

        expect(await response.json()).toEqual({ ok: true, data: { echoed: { id: 1 } } });
        expect(calls).toEqual([{ method: 'CioX.get', params: { id: 1 }, scenario: 'default' }]);
    });

    it('refuses malformed Apex calls and other methods', async () => {
        const malformed = await get(APEX_PATH, { method: 'POST', body: '{"method":1}' });
        expect(malformed.status).toBe(400);
        expect(await malformed.json()).toEqual({ error: 'expected { method, params, scenario }' });
        expect((await get(APEX_PATH, { method: 'POST', body: 'x'.repeat(1_000_001) })).status).toBe(413);
        expect((await get(APEX_PATH)).status).toBe(405);
        expect((await get('/settings', { method: 'PUT' })).status).toBe(405);
    });

    it('lists the preview problems and forgets them on DELETE', async () => {
        problems.push('Preview problem: CioX.get: no route');

        expect(await (await get(PROBLEMS_PATH)).json()).toEqual(['Preview problem: CioX.get: no route']);
        expect(await (await get(PROBLEMS_PATH, { method: 'DELETE' })).json()).toEqual([]);
        expect(problems).toEqual([]);
    });

    it('says which port is taken', async () => {
        const blocker = createServer();
        await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
        const port = (blocker.address() as { port: number }).port;
        try {
            await expect(
                startPreviewServer({ backend, bundle, pageIds: [], sldsDir: assets, problems, port })
            ).rejects.toThrow(`port ${port} is in use: stop what runs there, or pick another with PORT=<port>.`);
        } finally {
            blocker.close();
        }
    });
});

describe('parseApexRequest', () => {
    it('takes method, params and scenario, with no params as none', () => {
        expect(parseApexRequest('{"method":"A.b","scenario":"s"}')).toEqual({
            method: 'A.b',
            params: {},
            scenario: 's'
        });
        expect(() => parseApexRequest('not json')).toThrow();
    });
});

describe('staticFile', () => {
    it('refuses names that are not valid URL encoding', () => {
        expect(staticFile('/tmp', '%E0%A4%A')).toBeNull();
    });
});

describe('buildErrorScript', () => {
    it('shows the message as text', () => {
        expect(buildErrorScript('<b>x</b>')).toContain('details.textContent = "<b>x</b>";');
    });
});
