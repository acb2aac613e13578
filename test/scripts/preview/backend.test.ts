import {
    apexError,
    createBackend,
    fixture,
    handler,
    relativeToNow,
    PREVIEW_PROBLEM,
    type ApexRoute,
    type HandlerContext
} from '../../../scripts/preview/backend';
import { discoverComponents } from '../../../scripts/preview/components';
import { makeProject, removeProject } from './helpers';

describe('createBackend', () => {
    let root: string;
    let problems: string[];

    beforeAll(() => {
        root = makeProject({
            'force-app/main/x/lwc/cioThing/cioThing.ts': '',
            'force-app/main/x/lwc/cioThing/__tests__/data/thing.json': '{ "name": "Ada", "count": 2 }',
            'force-app/main/x/lwc/cioThing/__tests__/data/broken.json': '{ "name": '
        });
    });

    afterAll(() => removeProject(root));

    function backend(routes: Record<string, ApexRoute>) {
        problems = [];
        const components = discoverComponents(root);
        return createBackend({
            routes,
            scenarios: ['default', 'other'],
            component: (name) => components.get(name),
            labels: new Map([
                ['Cio_Greeting', 'Hello {0}, you have {1} messages ({2})'],
                ['Cio_Failure', 'Nope: {0}']
            ]),
            onProblem: (message) => problems.push(message)
        });
    }

    it("answers with the component's fixture, read from disk", () => {
        const answer = backend({ 'CioX.get': { default: fixture('cioThing', 'thing.json') } }).call({
            method: 'CioX.get',
            params: {},
            scenario: 'default'
        });

        expect(answer).toEqual({ ok: true, data: { name: 'Ada', count: 2 } });
    });

    it('answers with a variant of the fixture for the scenario, and the default for any other', () => {
        const routes = {
            'CioX.get': {
                default: fixture('cioThing', 'thing.json'),
                other: fixture('cioThing', 'thing.json', (data, _context, params) => ({
                    ...(data as object),
                    count: params.count
                }))
            }
        };
        const preview = backend(routes);

        expect(preview.call({ method: 'CioX.get', params: { count: 9 }, scenario: 'other' })).toEqual({
            ok: true,
            data: { name: 'Ada', count: 9 }
        });
        expect(
            backend({ 'CioX.get': { default: routes['CioX.get'].default } }).call({
                method: 'CioX.get',
                params: {},
                scenario: 'other'
            })
        ).toEqual({ ok: true, data: { name: 'Ada', count: 2 } });
    });

    it('gives handlers the parameters, fixtures, labels (formatted as Apex does) and lasting state', () => {
        const preview = backend({
            'CioX.run': {
                default: handler((params, context) => {
                    const calls = ((context.state.get('calls') as number | undefined) ?? 0) + 1;
                    context.state.set('calls', calls);
                    const thing = context.fixture('cioThing', 'thing.json') as { name: string };
                    return context.label('Cio_Greeting', thing.name, String(params.count));
                })
            }
        });

        const first = preview.call({ method: 'CioX.run', params: { count: 3 }, scenario: 'default' });
        preview.call({ method: 'CioX.run', params: { count: 3 }, scenario: 'default' });

        expect(first).toEqual({ ok: true, data: 'Hello Ada, you have 3 messages ({2})' });
    });

    it('throws as Apex does: an AuraHandledException with the message, or with a label', () => {
        const preview = backend({
            'CioX.plain': { default: apexError('You may not.') },
            'CioX.labelled': { default: apexError(['Cio_Failure', 'no access']) }
        });

        expect(preview.call({ method: 'CioX.plain', params: {}, scenario: 'default' })).toEqual({
            ok: false,
            error: {
                status: 500,
                statusText: 'Server Error',
                ok: false,
                body: { message: 'You may not.', exceptionType: 'System.AuraHandledException' }
            }
        });
        const labelled = preview.call({ method: 'CioX.labelled', params: {}, scenario: 'default' });
        expect(labelled.ok === false && labelled.error.body.message).toBe('Nope: no access');
        expect(problems).toEqual([]);
    });

    it.each([
        [
            'an unknown method',
            { method: 'CioX.nothing', scenario: 'default' },
            'no preview route; add one to APEX_ROUTES'
        ],
        ['an unknown scenario', { method: 'CioX.get', scenario: 'nope' }, "unknown scenario 'nope'"]
    ])('reports %s as a preview problem', (_case, request, message) => {
        const preview = backend({ 'CioX.get': { default: fixture('cioThing', 'thing.json') } });

        const answer = preview.call({ params: {}, ...request });

        expect(answer.ok).toBe(false);
        const expected = `${PREVIEW_PROBLEM} ${request.method}: ${message}`;
        expect(answer.ok === false && answer.error.body).toEqual({
            message: expect.stringContaining(expected),
            exceptionType: 'Preview'
        });
        expect(problems).toEqual([expect.stringContaining(expected)]);
    });

    it.each([
        ['cioThing', 'missing.json', 'fixture cioThing/__tests__/data/missing.json does not exist'],
        ['cioThing', 'broken.json', 'fixture cioThing/__tests__/data/broken.json is not JSON'],
        ['cioGone', 'thing.json', 'fixture cioGone/thing.json: no component named cioGone on this branch']
    ])('reports a fixture %s/%s that cannot be read', (component, file, message) => {
        const preview = backend({ 'CioX.get': { default: fixture(component, file) } });

        preview.call({ method: 'CioX.get', params: {}, scenario: 'default' });

        expect(problems).toEqual([expect.stringContaining(message)]);
        expect(() => preview.readFixture(component, file)).toThrow(message);
    });

    it('reports a handler that throws, and a label that does not exist', () => {
        const preview = backend({
            'CioX.bad': {
                default: handler(() => {
                    throw new Error('handler bug');
                })
            },
            'CioX.unlabelled': { default: apexError(['Cio_Nothing']) }
        });

        preview.call({ method: 'CioX.bad', params: {}, scenario: 'default' });
        preview.call({ method: 'CioX.unlabelled', params: {}, scenario: 'default' });

        expect(problems).toEqual([
            `${PREVIEW_PROBLEM} CioX.bad: handler bug`,
            `${PREVIEW_PROBLEM} CioX.unlabelled: no custom label named Cio_Nothing`
        ]);
    });
});

describe('relativeToNow', () => {
    const context = {} as HandlerContext;
    const NOW = 1_800_000_000_000;

    it('moves every time so that the anchor is now, keeping the gaps between them', () => {
        const panel = {
            fetchedAt: 1_760_455_800_000,
            engagement: { lastActivityAt: 1_760_455_080_000, values: [{ name: 'ago', value: '12 minutes ago' }] },
            keyPages: [{ url: '/jobs/1', at: 1_760_455_080_000 }],
            kpis: { lastSentAt: null, keyPagesToday: 4 },
            retryAfterSeconds: 7
        };

        const moved = relativeToNow('fetchedAt', () => NOW)(panel, context, {});

        expect(moved).toEqual({
            fetchedAt: NOW,
            engagement: { lastActivityAt: NOW - 720_000, values: [{ name: 'ago', value: '12 minutes ago' }] },
            keyPages: [{ url: '/jobs/1', at: NOW - 720_000 }],
            kpis: { lastSentAt: null, keyPagesToday: 4 },
            retryAfterSeconds: 7
        });
        expect(panel.fetchedAt).toBe(1_760_455_800_000);
    });

    it('needs the anchor', () => {
        expect(() => relativeToNow('generatedAt')({ fetchedAt: 1 }, context, {})).toThrow(
            'relativeToNow: the fixture has no number generatedAt'
        );
        expect(() => relativeToNow('generatedAt')(null, context, {})).toThrow('no number generatedAt');
    });

    it('uses the clock by default', () => {
        const moved = relativeToNow('fetchedAt')({ fetchedAt: 0 }, context, {}) as { fetchedAt: number };

        expect(Math.abs(moved.fetchedAt - Date.now())).toBeLessThan(5_000);
    });
});
