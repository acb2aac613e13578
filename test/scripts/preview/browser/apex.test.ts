import {
    APEX_ENDPOINT,
    apexMethod,
    deepFreeze,
    refreshApex,
    serverTransport,
    useTransport,
    type ApexTransport,
    type WiredValue
} from '../../../../scripts/preview/browser/apex';

jest.mock('cio-preview:scenarios', () => ({ scenarios: [{ id: 'default' }], defaultScenario: 'default' }), {
    virtual: true
});

function response(status: number, body: unknown): Response {
    return new Response(JSON.stringify(body), { status, statusText: status === 200 ? 'OK' : 'Bad Gateway' });
}

describe('serverTransport', () => {
    it('posts the method, parameters and scenario, and resolves with the data', async () => {
        const send = jest
            .fn<Promise<Response>, Parameters<typeof fetch>>()
            .mockResolvedValue(response(200, { ok: true, data: { id: 7 } }));

        const data = await serverTransport(send, () => 'wrong-region')('CioX.get', { id: 7 });

        expect(data).toEqual({ id: 7 });
        expect(send).toHaveBeenCalledWith(APEX_ENDPOINT, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ method: 'CioX.get', params: { id: 7 }, scenario: 'wrong-region' })
        });
    });

    it('rejects with the error Apex threw', async () => {
        const error = { status: 500, body: { message: 'You may not.' } };
        const send = jest.fn().mockResolvedValue(response(200, { ok: false, error }));

        await expect(serverTransport(send, () => 'default')('CioX.get', {})).rejects.toEqual(error);
    });

    it('rejects like a failed platform request when the server answers an HTTP error', async () => {
        const send = jest.fn().mockResolvedValue(response(502, {}));

        await expect(serverTransport(send, () => 'default')('CioX.get', {})).rejects.toEqual({
            status: 502,
            statusText: 'Bad Gateway',
            ok: false,
            body: { message: 'The preview server answered 502 to CioX.get.' }
        });
    });
});

describe('apexMethod', () => {
    let transport: jest.Mock<ReturnType<ApexTransport>, Parameters<ApexTransport>>;
    let previous: ApexTransport;

    beforeEach(() => {
        transport = jest.fn();
        previous = useTransport(transport);
    });

    afterEach(() => {
        useTransport(previous);
    });

    const settle = () => new Promise((done) => setTimeout(done, 0));

    it('calls Apex imperatively with the parameters, or none', async () => {
        transport.mockResolvedValue('saved');
        const save = apexMethod('CioX.save');

        await expect(save({ input: { a: 1 } })).resolves.toBe('saved');
        await save();

        expect(transport.mock.calls).toEqual([
            ['CioX.save', { input: { a: 1 } }],
            ['CioX.save', {}]
        ]);
    });

    it('provisions a wire with frozen data once connected and configured, and the error when Apex throws', async () => {
        transport.mockResolvedValueOnce({ rows: [{ id: 1 }] }).mockRejectedValueOnce({ body: { message: 'No.' } });
        const values: WiredValue[] = [];
        const adapter = new (apexMethod('CioX.list').adapter)((value) => values.push(value));

        adapter.update({ scope: 'MY' });
        await settle();
        expect(transport).not.toHaveBeenCalled();

        adapter.connect();
        await settle();
        adapter.update({ scope: 'TEAM' });
        await settle();

        expect(transport.mock.calls).toEqual([
            ['CioX.list', { scope: 'MY' }],
            ['CioX.list', { scope: 'TEAM' }]
        ]);
        expect(values).toEqual([
            { data: { rows: [{ id: 1 }] }, error: undefined },
            { data: undefined, error: { body: { message: 'No.' } } }
        ]);
        expect(Object.isFrozen((values[0].data as { rows: object[] }).rows[0])).toBe(true);
    });

    it('waits while a reactive parameter is undefined, and provisions nothing after disconnect', async () => {
        transport.mockResolvedValue('data');
        const values: WiredValue[] = [];
        const adapter = new (apexMethod('CioX.get').adapter)((value) => values.push(value));
        adapter.connect();

        adapter.update({ recordId: undefined });
        await settle();
        expect(transport).not.toHaveBeenCalled();

        adapter.update(undefined);
        adapter.disconnect();
        await settle();
        expect(transport).toHaveBeenCalledTimes(1);
        expect(values).toEqual([]);
    });

    it('provisions only the newest answer when calls overlap', async () => {
        let answerFirst: (value: string) => void = () => undefined;
        transport.mockReturnValueOnce(new Promise((done) => (answerFirst = done))).mockResolvedValueOnce('second');
        const values: WiredValue[] = [];
        const adapter = new (apexMethod('CioX.get').adapter)((value) => values.push(value));
        adapter.connect();

        adapter.update({ id: 1 });
        adapter.update({ id: 2 });
        await settle();
        answerFirst('first');
        await settle();

        expect(values).toEqual([{ data: 'second', error: undefined }]);
    });

    it('refreshApex asks the adapter that provisioned a value again', async () => {
        transport.mockResolvedValueOnce('old').mockResolvedValueOnce('new');
        const values: WiredValue[] = [];
        const adapter = new (apexMethod('CioX.get').adapter)((value) => values.push(value));
        adapter.connect();
        adapter.update({});
        await settle();

        await refreshApex(values[0]);

        expect(values.map((value) => value.data)).toEqual(['old', 'new']);
        await expect(refreshApex({ data: 'not provisioned' })).resolves.toBeUndefined();
        await expect(refreshApex(undefined)).resolves.toBeUndefined();
    });
});

describe('deepFreeze', () => {
    it('freezes nested objects and arrays, and leaves primitives alone', () => {
        const value = deepFreeze({ list: [{ a: 1 }], nested: { b: { c: 2 } } });

        expect(Object.isFrozen(value.list)).toBe(true);
        expect(Object.isFrozen(value.nested.b)).toBe(true);
        expect(deepFreeze(3)).toBe(3);
        expect(deepFreeze(null)).toBeNull();
    });
});
