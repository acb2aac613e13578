import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Backend, ApexRequest } from './backend';
import { BROWSER_DIR } from './modules';

export const APEX_PATH = '/__preview/apex';
/** Preview problems seen so far (GET), or forget them (DELETE): browser tests fail a journey on any. */
export const PROBLEMS_PATH = '/__preview/problems';
export const BUNDLE_PATH = '/assets/preview.js';
export const STYLES_PATH = '/assets/preview.css';
export const SLDS_PREFIX = '/assets/slds/';

/** The largest Apex call body accepted (a settings form is a few kilobytes). */
const MAX_BODY_BYTES = 1_000_000;

const CONTENT_TYPES: Record<string, string> = {
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.gif': 'image/gif',
    '.jpg': 'image/jpeg',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

export interface PreviewServerOptions {
    backend: Backend;
    /** The compiled preview (waits for a rebuild after a source change). */
    bundle: () => Promise<string>;
    /** The ids of the pages (`/<id>`); `/` opens the first. */
    pageIds: readonly string[];
    /** `@salesforce-ux/design-system/assets`. */
    sldsDir: string;
    /** Preview problems (see backend.ts), shared with whoever logs them. */
    problems: string[];
    /** 0 picks a free port. */
    port: number;
    host?: string;
}

export interface PreviewServer {
    /** `http://127.0.0.1:<port>/`. */
    url: string;
    port: number;
    close(): Promise<void>;
}

/** The page every preview address serves; the shell (browser/main.ts) renders the rest. */
export function shellHtml(): string {
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>CIO Pipelines preview</title>',
        `<link rel="stylesheet" href="${SLDS_PREFIX}styles/salesforce-lightning-design-system.min.css">`,
        `<link rel="stylesheet" href="${STYLES_PATH}">`,
        '</head>',
        '<body class="slds-scope">',
        '<div id="preview-root"><p class="slds-p-around_medium">Loading the preview…</p></div>',
        `<script type="module" src="${BUNDLE_PATH}"></script>`,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

/** A bundle that shows why the build failed, as text, instead of a blank page. */
export function buildErrorScript(message: string): string {
    return [
        "const root = document.getElementById('preview-root');",
        "const title = document.createElement('h1');",
        "title.className = 'slds-text-heading_medium slds-m-bottom_small';",
        "title.textContent = 'The preview did not build';",
        "const details = document.createElement('pre');",
        "details.className = 'slds-box slds-theme_shade';",
        `details.textContent = ${JSON.stringify(message)};`,
        "const main = document.createElement('main');",
        "main.className = 'slds-p-around_medium';",
        'main.append(title, details);',
        'root.replaceChildren(main);',
        "root.dataset.ready = 'error';",
        ''
    ].join('\n');
}

/** The file under `dir` that a URL path names, or null when it would leave `dir` or does not exist. */
export function staticFile(dir: string, urlPath: string): string | null {
    let decoded: string;
    try {
        decoded = decodeURIComponent(urlPath);
    } catch {
        return null;
    }
    const file = normalize(join(dir, decoded));
    if (!file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
        return null;
    }
    try {
        return statSync(file).isFile() ? file : null;
    } catch {
        return null;
    }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
}

/** The request body, or null when it is larger than MAX_BODY_BYTES (read to the end, so the answer arrives). */
function readBody(request: IncomingMessage): Promise<string | null> {
    return new Promise((resolve, reject) => {
        let size = 0;
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        });
        request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
        request.on('error', reject);
    });
}

/** Checks the JSON the browser's Apex shim sends. */
export function parseApexRequest(body: string): ApexRequest {
    const value = JSON.parse(body) as Partial<ApexRequest>;
    if (typeof value.method !== 'string' || typeof value.scenario !== 'string') {
        throw new Error('expected { method, params, scenario }');
    }
    const params = value.params && typeof value.params === 'object' ? value.params : {};
    return { method: value.method, params, scenario: value.scenario };
}

async function handleApex(request: IncomingMessage, response: ServerResponse, backend: Backend): Promise<void> {
    const body = await readBody(request);
    if (body === null) {
        send(response, 413, CONTENT_TYPES['.json'], JSON.stringify({ error: 'request body too large' }));
        return;
    }
    let apexRequest: ApexRequest;
    try {
        apexRequest = parseApexRequest(body);
    } catch (error) {
        send(response, 400, CONTENT_TYPES['.json'], JSON.stringify({ error: (error as Error).message }));
        return;
    }
    send(response, 200, CONTENT_TYPES['.json'], JSON.stringify(backend.call(apexRequest)));
}

async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    options: PreviewServerOptions
): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://preview.invalid');
    const path = url.pathname;
    if (path === APEX_PATH) {
        if (request.method !== 'POST') {
            send(response, 405, 'text/plain', 'POST only');
            return;
        }
        await handleApex(request, response, options.backend);
        return;
    }
    if (path === PROBLEMS_PATH) {
        if (request.method === 'DELETE') {
            options.problems.length = 0;
        }
        send(response, 200, CONTENT_TYPES['.json'], JSON.stringify(options.problems));
        return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
        send(response, 405, 'text/plain', 'GET only');
        return;
    }
    if (path === '/') {
        response.writeHead(302, { location: `/${options.pageIds[0]}${url.search}` });
        response.end();
        return;
    }
    if (path === BUNDLE_PATH) {
        let code: string;
        try {
            code = await options.bundle();
        } catch (error) {
            code = buildErrorScript((error as Error).message);
        }
        send(response, 200, CONTENT_TYPES['.js'], code);
        return;
    }
    if (path === STYLES_PATH) {
        send(response, 200, CONTENT_TYPES['.css'], readFileSync(join(BROWSER_DIR, 'preview.css'), 'utf8'));
        return;
    }
    if (path.startsWith(SLDS_PREFIX)) {
        const file = staticFile(options.sldsDir, path.slice(SLDS_PREFIX.length));
        if (!file) {
            send(response, 404, 'text/plain', 'not found');
            return;
        }
        response.writeHead(200, {
            'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'max-age=3600'
        });
        createReadStream(file).pipe(response);
        return;
    }
    if (path === '/favicon.ico') {
        response.writeHead(204);
        response.end();
        return;
    }
    // Every other address is a page; the shell says when there is no such page.
    const known = options.pageIds.includes(path.replace(/^\/+|\/+$/g, ''));
    send(response, known ? 200 : 404, 'text/html; charset=utf-8', shellHtml());
}

/** Starts the preview's HTTP server on the loopback interface (nothing outside this machine can reach it). */
export function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
    const host = options.host ?? '127.0.0.1';
    const server = createServer((request, response) => {
        handle(request, response, options).catch((error: unknown) => {
            if (!response.headersSent) {
                send(response, 500, 'text/plain', (error as Error).message);
            } else {
                response.end();
            }
        });
    });
    return new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) => {
            reject(
                error.code === 'EADDRINUSE'
                    ? new Error(
                          `port ${options.port} is in use: stop what runs there, or pick another with PORT=<port>.`
                      )
                    : error
            );
        });
        server.listen(options.port, host, () => {
            const { port } = server.address() as AddressInfo;
            resolve({
                url: `http://${host}:${port}/`,
                port,
                close: () =>
                    new Promise<void>((done) => {
                        server.closeAllConnections();
                        server.close(() => done());
                    })
            });
        });
    });
}
