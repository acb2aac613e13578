import { MAX_BATCH_BYTES, MAX_ITEM_BYTES, batchBytes, itemBytes, packBatches } from './batching';

/** A track call whose JSON is exactly `bytes` UTF-8 bytes long (at least about 80). */
function callOfSize(bytes: number, id = 'x'): { type: string; userId: string; event: string; properties: object } {
    const call = { type: 'track', userId: id, event: 'Padding', properties: { pad: '' } };
    call.properties.pad = 'a'.repeat(bytes - itemBytes(call));
    return call;
}

const bodyBytes = (batch: unknown[]): number => Buffer.byteLength(JSON.stringify({ batch }), 'utf8');

describe('Pipelines batch limits', () => {
    it('are 32KB per call and 475,000 bytes per body, under the documented 500KB', () => {
        expect(MAX_ITEM_BYTES).toBe(32_768);
        expect(MAX_BATCH_BYTES).toBe(475_000);
    });

    it('measure UTF-8 bytes, not characters', () => {
        expect(itemBytes({ name: 'Ada' })).toBe('{"name":"Ada"}'.length);
        expect(itemBytes({ name: 'Zoë' })).toBe('{"name":"Zoë"}'.length + 1);
        expect(itemBytes({ name: '🚀' })).toBe('{"name":""}'.length + 4);
    });

    it('count the body exactly as JSON.stringify({ batch }) writes it', () => {
        const calls = [callOfSize(100, 'a'), callOfSize(120, 'b'), callOfSize(140, 'c')];

        for (const batch of [[], calls.slice(0, 1), calls]) {
            expect(batchBytes(batch.map(itemBytes))).toBe(bodyBytes(batch));
        }
    });
});

describe('packBatches', () => {
    it('keeps small calls together, in order', () => {
        const calls = [callOfSize(100, 'a'), callOfSize(200, 'b'), callOfSize(300, 'c')];

        expect(packBatches(calls)).toEqual({ batches: [calls], rejected: [] });
    });

    it('returns no batch for no calls', () => {
        expect(packBatches([])).toEqual({ batches: [], rejected: [] });
    });

    it('splits across two bodies when the next call would pass 475,000 bytes', () => {
        const calls = Array.from({ length: 20 }, (_, i) => callOfSize(30_000, `user-${i}`));

        const { batches, rejected } = packBatches(calls, MAX_BATCH_BYTES, MAX_ITEM_BYTES);

        expect(rejected).toEqual([]);
        expect(batches.map((batch) => batch.length)).toEqual([15, 5]);
        expect(batches.flat()).toEqual(calls);
        for (const batch of batches) expect(bodyBytes(batch)).toBeLessThanOrEqual(MAX_BATCH_BYTES);
        expect(bodyBytes([...batches[0], batches[1][0]])).toBeGreaterThan(MAX_BATCH_BYTES);
    });

    it('fills a body up to exactly the limit, and not one byte over', () => {
        const calls = [callOfSize(100, 'a'), callOfSize(100, 'b'), callOfSize(100, 'c')];
        const twoCalls = bodyBytes(calls.slice(0, 2));

        expect(packBatches(calls, twoCalls, 100).batches.map((batch) => batch.length)).toEqual([2, 1]);
        expect(packBatches(calls, twoCalls - 1, 100).batches.map((batch) => batch.length)).toEqual([1, 1, 1]);
    });

    it('rejects a call over 32,768 bytes, keeps one of exactly 32,768, and packs the rest around it', () => {
        const atLimit = callOfSize(MAX_ITEM_BYTES, 'at-limit');
        const oversize = callOfSize(MAX_ITEM_BYTES + 1, 'oversize');
        const small = callOfSize(500, 'small');

        const { batches, rejected } = packBatches([atLimit, oversize, small]);

        expect(batches).toEqual([[atLimit, small]]);
        expect(rejected).toEqual([{ index: 1, item: oversize, bytes: MAX_ITEM_BYTES + 1 }]);
    });

    it('refuses limits under which one full-size call could never be sent', () => {
        expect(() => packBatches([callOfSize(100)], 1_000, 2_000)).toThrow(RangeError);
    });
});
