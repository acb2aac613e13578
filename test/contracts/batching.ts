/**
 * The size limits of Customer.io's `POST /v1/batch`, as small pure functions the sender (Apex) must match.
 *
 * Customer.io: "A request is limited to 32KB. A batch request is limited to 500KB total and 32KB per call in the
 * request. If a request exceeds these limits, you will receive a 200 response, but the request will not go
 * through." A too-large call is therefore lost silently, so the sender must measure before it sends. Like the
 * official Python SDK (`MAX_MSG_SIZE = 32 << 10`, batches capped at 475,000 bytes "less than 500KB"), we keep a
 * margin under the 500KB batch limit.
 *
 * Sizes are UTF-8 bytes of the JSON exactly as it is sent (Apex: `Blob.valueOf(JSON.serialize(x)).size()`), never
 * string lengths: one "é" is 2 bytes, one emoji 4.
 */

/** Largest single call, in UTF-8 bytes of its JSON (32KB). */
export const MAX_ITEM_BYTES = 32 * 1024;

/** Largest `/v1/batch` request body we send, in UTF-8 bytes (the Python SDK's margin under 500KB). */
export const MAX_BATCH_BYTES = 475_000;

/** `{"batch":[]}`: the body around the items. */
const ENVELOPE_BYTES = Buffer.byteLength(JSON.stringify({ batch: [] }), 'utf8');

/** The separator between two items in the batch array. */
const SEPARATOR_BYTES = 1;

/** UTF-8 size of one call's JSON, as it appears inside the batch array. */
export function itemBytes(item: unknown): number {
    return Buffer.byteLength(JSON.stringify(item), 'utf8');
}

/** UTF-8 size of the body `{"batch":[…]}` holding items of the given sizes. */
export function batchBytes(sizes: number[]): number {
    return (
        ENVELOPE_BYTES + sizes.reduce((sum, size) => sum + size, 0) + SEPARATOR_BYTES * Math.max(0, sizes.length - 1)
    );
}

/** A call that can never be sent: Customer.io would answer 200 and drop it, so the sender fails it visibly. */
export interface RejectedItem<T> {
    index: number;
    item: T;
    bytes: number;
}

export interface Packed<T> {
    /** The calls, in their original order, cut into consecutive bodies of at most `maxBatchBytes` each. */
    batches: T[][];
    /** Calls over `maxItemBytes`, with their position in the input; they are in no batch. */
    rejected: RejectedItem<T>[];
}

/**
 * Cuts calls, in order, into `/v1/batch` bodies of at most `maxBatchBytes` (envelope and commas included); a call
 * over `maxItemBytes` goes to `rejected` instead of poisoning its batch. Greedy: a new batch starts only when the
 * next call does not fit, so order is kept and no batch is empty.
 */
export function packBatches<T>(
    items: T[],
    maxBatchBytes: number = MAX_BATCH_BYTES,
    maxItemBytes: number = MAX_ITEM_BYTES
): Packed<T> {
    if (batchBytes([maxItemBytes]) > maxBatchBytes) {
        throw new RangeError(`a batch of ${maxBatchBytes} bytes cannot hold one item of ${maxItemBytes} bytes`);
    }
    const batches: T[][] = [];
    const rejected: RejectedItem<T>[] = [];
    let current: T[] = [];
    let currentBytes = ENVELOPE_BYTES;
    items.forEach((item, index) => {
        const bytes = itemBytes(item);
        if (bytes > maxItemBytes) {
            rejected.push({ index, item, bytes });
            return;
        }
        if (current.length > 0 && currentBytes + SEPARATOR_BYTES + bytes > maxBatchBytes) {
            batches.push(current);
            current = [];
            currentBytes = ENVELOPE_BYTES;
        }
        currentBytes += (current.length > 0 ? SEPARATOR_BYTES : 0) + bytes;
        current.push(item);
    });
    if (current.length > 0) batches.push(current);
    return { batches, rejected };
}
