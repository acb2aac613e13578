import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { PROJECT_ROOT } from '../helpers/workspace';
import { MAX_BATCH_BYTES, MAX_ITEM_BYTES, itemBytes, packBatches } from './batching';

/**
 * docs/outbound-payloads.md is the contract of CioEventBuilder, and CioPayloadVectors.json holds its executable
 * examples: the Apex tests build every case and compare with `expected`. Neither side proves that what we build is
 * what Customer.io accepts, so this test does: every expected payload (with a messageId, as sent) and every
 * `/v1/batch` body built from them is validated against Customer.io's own Pipelines OpenAPI 3.1 schema.
 *
 * The published schema has defects that make valid calls fail a literal reading (see "known defects" below), so
 * each payload is checked twice: against the schema as published, where the expected failures are pinned one by
 * one, and against the same document with `oneOf` read as `anyOf`, which every payload must pass.
 */
const VECTORS = join(PROJECT_ROOT, 'force-app/test/outbound/staticresources/CioPayloadVectors.json');
const OPENAPI = join(PROJECT_ROOT, 'test/resources/customerio/pipelines-openapi.json');

/** Where Customer.io publishes the document: its `$id` in Ajv, so `#/components/...` refs resolve inside it. */
const PUBLISHED_ID = 'https://docs.customer.io/files/pipelines.json';
/** The same document with every `oneOf` read as `anyOf`. */
const ONE_OF_AS_ANY_OF_ID = 'https://docs.customer.io/files/pipelines.json?oneOf=anyOf';

interface EventTrigger {
    DeveloperName: string;
    Object_API_Name__c: string;
    Event_Type__c: 'identify' | 'track' | 'group' | 'delete';
    Event_Name__c: string | null;
    User_ID_Field__c: string | null;
    Group_ID_Field__c: string | null;
    Object_Type_Id__c: string | null;
}

interface FieldMapping {
    Source_Field__c: string;
    Target_Key__c: string;
    Send_Blank_As_Null__c: boolean;
}

interface SObjectJson {
    attributes: { type: string };
    Id: string;
    [field: string]: unknown;
}

interface Payload {
    type: string;
    userId?: string;
    anonymousId?: string;
    groupId?: string;
    event?: string;
    traits?: Record<string, unknown>;
    properties?: Record<string, unknown>;
    timestamp?: string;
    messageId?: string;
}

interface VectorCase {
    name: string;
    trigger: EventTrigger;
    mappings: FieldMapping[];
    record: SObjectJson;
    expected: Payload;
}

interface OpenApiDocument {
    paths: Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } }>;
    [field: string]: unknown;
}

const cases = (JSON.parse(readFileSync(VECTORS, 'utf8')) as { cases: VectorCase[] }).cases;
const openapi = JSON.parse(readFileSync(OPENAPI, 'utf8')) as OpenApiDocument;

/** The reserved `track` events a delete becomes (docs/outbound-payloads.md, "delete"). */
const USER_DELETED = 'User Deleted';
const OBJECT_DELETED = 'Object Deleted';

/** Key prefixes of the objects the vectors use. */
const KEY_PREFIX: Record<string, string> = {
    Account: '001',
    Contact: '003',
    User: '005',
    Opportunity: '006',
    Lead: '00Q',
    Case: '500'
};

const TRIGGER_KEYS = [
    'DeveloperName',
    'Object_API_Name__c',
    'Event_Type__c',
    'Event_Name__c',
    'User_ID_Field__c',
    'Group_ID_Field__c',
    'Object_Type_Id__c'
];
const MAPPING_KEYS = ['Source_Field__c', 'Target_Key__c', 'Send_Blank_As_Null__c'];
const ISO_UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A stand-in for the real messageId (`sf-` + 32 hex characters): deterministic, unique per case, and deliberately
 * not the contract's hash, which is the Apex builder's to compute and test.
 */
function fakeMessageId(seed: string): string {
    return `sf-${createHash('sha256').update(seed).digest('hex').slice(0, 32)}`;
}

/** The call as the sender puts it on the wire: the expected payload plus its messageId. */
function asSent(vector: VectorCase): Payload {
    return { ...vector.expected, messageId: fakeMessageId(vector.name) };
}

/** Salesforce's 18-character Id: the 15-character Id plus one checksum letter per 5 characters (case bits). */
function isValidSalesforceId(id: string): boolean {
    if (!/^[a-zA-Z0-9]{18}$/.test(id)) return false;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
    const suffix = [0, 5, 10]
        .map((start) =>
            [...id.slice(start, start + 5)].reduce((bits, char, i) => bits | (/[A-Z]/.test(char) ? 1 << i : 0), 0)
        )
        .map((bits) => alphabet[bits])
        .join('');
    return id.slice(15) === suffix;
}

/** The record and every parent record nested in it (the JSON objects that carry `attributes`). */
function recordsIn(record: SObjectJson): SObjectJson[] {
    const parents = Object.values(record).filter(
        (value): value is SObjectJson =>
            typeof value === 'object' && value !== null && 'attributes' in value && 'Id' in value
    );
    return [record, ...parents.flatMap(recordsIn)];
}

// ---------------------------------------------------------------------------------------------------------------
// Ajv for OpenAPI 3.1: JSON Schema 2020-12 plus the document's own fields and annotations.
// ---------------------------------------------------------------------------------------------------------------

/** Top-level OpenAPI fields. They are not schema keywords, but the whole document sits in Ajv as one schema. */
const OPENAPI_DOCUMENT_FIELDS = [
    'openapi',
    'info',
    'jsonSchemaDialect',
    'servers',
    'paths',
    'webhooks',
    'components',
    'security',
    'tags',
    'externalDocs'
];

/**
 * OpenAPI 3.1's additions to the Schema Object (its "base vocabulary"). They annotate for documentation and code
 * generation and assert nothing; `discriminator` is only a hint, the validation comes from `oneOf`/`anyOf`.
 */
const OPENAPI_SCHEMA_KEYWORDS = ['discriminator', 'xml', 'example'];

/** Specification extensions (`x-…`) used anywhere in the document, such as `x-scalar-ignore`. */
function extensionKeywords(value: unknown, found = new Set<string>()): Set<string> {
    if (Array.isArray(value)) {
        value.forEach((item) => extensionKeywords(item, found));
    } else if (typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
            if (key.startsWith('x-')) found.add(key);
            extensionKeywords(child, found);
        }
    }
    return found;
}

/** Maps whose keys are names (of properties, schemas, paths), not keywords. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas', 'schemas', 'paths']);

/** A copy of the document in which every `oneOf` keyword is an `anyOf`: "matches at least one branch". */
function withOneOfAsAnyOf(value: unknown, keysAreNames = false): unknown {
    if (Array.isArray(value)) return value.map((item) => withOneOfAsAnyOf(item));
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
        Object.entries(value).map(([key, child]) => [
            !keysAreNames && key === 'oneOf' ? 'anyOf' : key,
            withOneOfAsAnyOf(child, !keysAreNames && NAME_MAPS.has(key))
        ])
    );
}

function createAjv(): Ajv2020 {
    const ajv = new Ajv2020({
        allErrors: true,
        // Strict about the schema itself: unknown keywords and formats, ignored types and tuples are errors, so
        // every keyword the document uses is either validated or registered below as an annotation on purpose.
        strictSchema: true,
        strictNumbers: true,
        strictTypes: true,
        strictTuples: true,
        // The one strict check left off: the published document fails it in `report_content_event`, which
        // requires `activityType` but declares `actionType` (Customer.io's typo, in an event we never send).
        strictRequired: false
    });
    addFormats(ajv);
    ajv.addVocabulary([...OPENAPI_DOCUMENT_FIELDS, ...OPENAPI_SCHEMA_KEYWORDS, ...extensionKeywords(openapi)]);
    ajv.addSchema(openapi, PUBLISHED_ID);
    ajv.addSchema(withOneOfAsAnyOf(openapi) as object, ONE_OF_AS_ANY_OF_ID);
    return ajv;
}

const ajv = createAjv();

/** `paths[path].post.requestBody.content['application/json'].schema`, which the document gives as a `$ref`. */
function requestBodyRef(path: string): string {
    const schema = openapi.paths[path]?.post?.requestBody?.content?.['application/json']?.schema;
    if (typeof schema?.$ref !== 'string' || !schema.$ref.startsWith('#/')) {
        throw new Error(`${path}: expected a local $ref as the application/json request body schema`);
    }
    return schema.$ref;
}

/** The compiled validator of a pointer (`#/components/...`) in the published or the oneOf-as-anyOf document. */
function validatorAt(pointer: string, documentId: string): ValidateFunction {
    const validate = ajv.getSchema(`${documentId}${pointer}`);
    if (!validate) throw new Error(`${documentId}${pointer} does not resolve`);
    return validate;
}

function requestValidator(path: string, documentId: string): ValidateFunction {
    return validatorAt(requestBodyRef(path), documentId);
}

/** The endpoint of a call: `/identify`, `/track` or `/group` (a delete is a `track`). */
function endpointOf(payload: Payload): string {
    return `/${payload.type}`;
}

function describeError(error: ErrorObject): string {
    return `${error.instancePath || '/'} ${error.message ?? error.keyword} (${error.schemaPath} ${JSON.stringify(error.params)})`;
}

/** Readable errors of one validation; [] when valid. */
function errorsOf(validate: ValidateFunction, data: unknown): string[] {
    return validate(data) ? [] : (validate.errors ?? []).map(describeError);
}

/** The `oneOf` failures caused by several branches matching, as "instancePath schemaPath [branches]". */
function ambiguities(validate: ValidateFunction, data: unknown): string[] {
    validate(data);
    return (validate.errors ?? [])
        .filter((error) => error.keyword === 'oneOf' && Array.isArray(error.params.passingSchemas))
        .map((error) => `${error.instancePath || '/'} ${error.schemaPath} [${String(error.params.passingSchemas)}]`);
}

const identifyCall = (): Payload => ({
    type: 'identify',
    userId: 'ada@example.com',
    traits: { email: 'ada@example.com' },
    timestamp: '2026-03-01T09:30:00.000Z',
    messageId: fakeMessageId('identify')
});
const trackCall = (): Payload => ({
    type: 'track',
    userId: 'ada@example.com',
    event: 'Stage Changed',
    properties: { stage: 'Prospecting' },
    timestamp: '2026-03-01T09:30:00.000Z',
    messageId: fakeMessageId('track')
});
const groupCall = (): Payload => ({
    type: 'group',
    userId: 'ada@example.com',
    groupId: '001000000000001AAA',
    traits: { object_type_id: '1' },
    timestamp: '2026-03-01T09:30:00.000Z',
    messageId: fakeMessageId('group')
});

/** Both readings of the document, for tests that must hold in each. */
const READINGS: [string, string][] = [
    ['as published', PUBLISHED_ID],
    ['with oneOf read as anyOf', ONE_OF_AS_ANY_OF_ID]
];

const named = (list: VectorCase[]): [string, VectorCase][] => list.map((vector) => [vector.name, vector]);
const isUserDeleted = (vector: VectorCase): boolean => vector.expected.event === USER_DELETED;
const isObjectDeleted = (vector: VectorCase): boolean => vector.expected.event === OBJECT_DELETED;

// ---------------------------------------------------------------------------------------------------------------

describe('payload vectors: the file itself', () => {
    it('holds about twenty cases with unique names', () => {
        const names = cases.map((vector) => vector.name);

        expect(names.length).toBeGreaterThanOrEqual(15);
        expect(new Set(names).size).toBe(names.length);
    });

    it.each(named(cases))('%s: trigger and mappings have exactly the listed keys', (_name, vector) => {
        expect(Object.keys(vector.trigger).sort()).toEqual([...TRIGGER_KEYS].sort());
        expect(vector.trigger.DeveloperName).toMatch(/^[A-Za-z](?!.*__)\w{0,39}(?<!_)$/);
        for (const mapping of vector.mappings) expect(Object.keys(mapping).sort()).toEqual([...MAPPING_KEYS].sort());
    });

    it.each(named(cases))('%s: record is a typed SObject with valid Ids and SystemModstamp', (_name, vector) => {
        expect(vector.record.attributes.type).toBe(vector.trigger.Object_API_Name__c);
        for (const record of recordsIn(vector.record)) {
            expect({ type: record.attributes.type, prefix: record.Id.slice(0, 3) }).toEqual({
                type: record.attributes.type,
                prefix: KEY_PREFIX[record.attributes.type]
            });
            expect({ id: record.Id, valid: isValidSalesforceId(record.Id) }).toEqual({ id: record.Id, valid: true });
        }
        expect(vector.record.SystemModstamp).toMatch(ISO_UTC_MILLIS);
    });

    it.each(named(cases))(
        '%s: expected is a call without messageId, timestamped by SystemModstamp',
        (_name, vector) => {
            expect(['identify', 'track', 'group']).toContain(vector.expected.type);
            expect(vector.expected).not.toHaveProperty('messageId');
            expect(vector.expected.timestamp).toBe(vector.record.SystemModstamp);
        }
    );

    it.each(named(cases))('%s: the call type follows Event_Type__c', (_name, vector) => {
        const { Event_Type__c: eventType, Event_Name__c: eventName, Group_ID_Field__c: groupField } = vector.trigger;
        const expected = vector.expected;
        if (eventType === 'delete') {
            expect(expected.type).toBe('track');
            expect(expected.event).toBe(groupField ? OBJECT_DELETED : USER_DELETED);
        } else {
            expect(expected.type).toBe(eventType);
            expect(expected.event).toBe(eventType === 'track' ? eventName : undefined);
        }
    });

    it("adds a stand-in messageId of the contract's shape to every call", () => {
        expect(cases.map(asSent).map((call) => call.messageId)).toEqual(
            cases.map(() => expect.stringMatching(/^sf-[0-9a-f]{32}$/))
        );
    });

    it('covers both reserved delete events and all three call types', () => {
        expect(cases.filter(isUserDeleted).length).toBeGreaterThanOrEqual(1);
        expect(cases.filter(isObjectDeleted).length).toBeGreaterThanOrEqual(1);
        expect(new Set(cases.map((vector) => vector.trigger.Event_Type__c))).toEqual(
            new Set(['identify', 'track', 'group', 'delete'])
        );
    });
});

describe("payload vectors: every expected call is a valid request in Customer.io's Pipelines schema", () => {
    it.each([
        ['/identify', 'identify'],
        ['/track', 'track'],
        ['/group', 'group'],
        ['/batch', 'batch']
    ])('%s takes the request body #/components/schemas/%s', (path, schema) => {
        expect(requestBodyRef(path)).toBe(`#/components/schemas/${schema}`);
    });

    it.each(named(cases))('%s', (_name, vector) => {
        const payload = asSent(vector);

        expect(errorsOf(requestValidator(endpointOf(payload), ONE_OF_AS_ANY_OF_ID), payload)).toEqual([]);
    });

    it.each(named(cases.filter(isUserDeleted)))('%s: is the semantic event "Delete Person"', (_name, vector) => {
        expect(errorsOf(validatorAt('#/components/schemas/delete_person', PUBLISHED_ID), asSent(vector))).toEqual([]);
    });

    /**
     * CONFLICT, pinned: the contract sends objectTypeId as the object type id it uses everywhere, a string holding
     * an integer ("1"); the document's `group_deleted` declares it `integer`, while its own `objectTypeId`
     * component says "object type IDs are stringified integers". The vectors keep the contract's string.
     */
    it.each(named(cases.filter(isObjectDeleted)))(
        '%s: is the semantic event "Delete Object", except that objectTypeId is a string',
        (_name, vector) => {
            expect(errorsOf(validatorAt('#/components/schemas/group_deleted', PUBLISHED_ID), asSent(vector))).toEqual([
                expect.stringMatching(/^\/properties\/objectTypeId must be integer /)
            ]);
        }
    );
});

describe('payload vectors: /v1/batch bodies', () => {
    const sent = cases.map(asSent);
    const packed = packBatches(sent, MAX_BATCH_BYTES, MAX_ITEM_BYTES);

    it('packs every call, in order, into bodies within the limits', () => {
        expect(packed.rejected).toEqual([]);
        expect(packed.batches.flat()).toEqual(sent);
        for (const batch of packed.batches) {
            expect(Buffer.byteLength(JSON.stringify({ batch }), 'utf8')).toBeLessThanOrEqual(MAX_BATCH_BYTES);
            for (const item of batch) expect(itemBytes(item)).toBeLessThanOrEqual(MAX_ITEM_BYTES);
        }
    });

    it('builds bodies that are valid /batch requests', () => {
        const validate = requestValidator('/batch', ONE_OF_AS_ANY_OF_ID);

        for (const batch of packed.batches) expect(errorsOf(validate, { batch })).toEqual([]);
    });
});

/**
 * The published document uses `oneOf` to mean "one of these shapes", but JSON Schema's `oneOf` means "exactly one":
 * where branches overlap, a valid call matches two and is rejected. Each defect is pinned here, so a corrected
 * schema (copied in from Customer.io) fails this block and the `oneOf`-as-`anyOf` reading can be dropped.
 */
describe('the published schema: known defects (pinned)', () => {
    it('rejects every /group call: neither branch of its oneOf requires userId or anonymousId, so both match', () => {
        const validate = requestValidator('/group', PUBLISHED_ID);

        expect(ambiguities(validate, groupCall())).toEqual(['/ #/oneOf [0,1]']);
        const { userId: _userId, ...anonymous } = groupCall();
        expect(ambiguities(validate, { ...anonymous, anonymousId: '001000000000001AAA' })).toEqual(['/ #/oneOf [0,1]']);
    });

    it('requires nothing of a /group call; only the /batch Group item requires groupId', () => {
        const { groupId: _groupId, ...withoutGroupId } = groupCall();

        expect(errorsOf(requestValidator('/group', ONE_OF_AS_ANY_OF_ID), withoutGroupId)).toEqual([]);
        expect(errorsOf(requestValidator('/batch', ONE_OF_AS_ANY_OF_ID), { batch: [withoutGroupId] })).not.toEqual([]);
    });

    it('rejects "User Deleted" on /track: it matches both "Custom event" and delete_person', () => {
        const userDeleted = { ...trackCall(), event: USER_DELETED, properties: {} };

        expect(ambiguities(requestValidator('/track', PUBLISHED_ID), userDeleted)).toEqual(['/ #/oneOf [0,3]']);
    });

    it('rejects every identified track item in /batch: its "Anonymous User" branch does not require anonymousId', () => {
        expect(ambiguities(requestValidator('/batch', PUBLISHED_ID), { batch: [trackCall()] })).toEqual([
            '/batch/0 #/properties/batch/items/anyOf/1/oneOf [0,1]'
        ]);
    });

    it('rejects, read as published, exactly the vectors these defects predict, and for no other reason', () => {
        const rejected = cases.filter(
            (vector) => !requestValidator(endpointOf(vector.expected), PUBLISHED_ID)(asSent(vector))
        );
        const predicted = cases.filter((vector) => vector.expected.type === 'group' || isUserDeleted(vector));

        expect(rejected.map((vector) => vector.name)).toEqual(predicted.map((vector) => vector.name));
        for (const vector of rejected) {
            expect(
                ambiguities(requestValidator(endpointOf(vector.expected), PUBLISHED_ID), asSent(vector))
            ).not.toEqual([]);
        }
    });

    it('rejects, read as published, exactly the identified track items of the vector batches', () => {
        const validate = requestValidator('/batch', PUBLISHED_ID);
        const batch = cases.map(asSent);
        validate({ batch });
        const rejectedItems = new Set(
            (validate.errors ?? [])
                .filter((error) => error.schemaPath === '#/properties/batch/items/anyOf')
                .map((error) => Number(error.instancePath.split('/')[2]))
        );
        const predicted = batch.flatMap((item, index) => (item.type === 'track' && item.userId ? [index] : []));

        expect([...rejectedItems].sort((a, b) => a - b)).toEqual(predicted);
    });
});

describe('the validator is real', () => {
    it.each(READINGS)('accepts well-formed identify and track calls (%s)', (_reading, documentId) => {
        expect(errorsOf(requestValidator('/identify', documentId), identifyCall())).toEqual([]);
        expect(errorsOf(requestValidator('/track', documentId), trackCall())).toEqual([]);
    });

    it.each(READINGS)('rejects a track call without event (%s)', (_reading, documentId) => {
        const { event: _event, ...withoutEvent } = trackCall();

        expect(errorsOf(requestValidator('/track', documentId), withoutEvent)).toContainEqual(
            expect.stringMatching(/must have required property 'event'/)
        );
        expect(errorsOf(requestValidator('/batch', documentId), { batch: [withoutEvent] })).not.toEqual([]);
    });

    it.each(READINGS)('rejects values of the wrong type (%s)', (_reading, documentId) => {
        const identify = requestValidator('/identify', documentId);

        expect(errorsOf(identify, { ...identifyCall(), userId: 42 })).toContainEqual(
            expect.stringMatching(/^\/userId must be string /)
        );
        expect(errorsOf(identify, { ...identifyCall(), traits: 'ada@example.com' })).toContainEqual(
            expect.stringMatching(/^\/traits must be object /)
        );
        expect(errorsOf(identify, { ...identifyCall(), timestamp: '01/03/2026 09:30' })).toContainEqual(
            expect.stringMatching(/^\/timestamp must match format "date-time" /)
        );
        expect(errorsOf(requestValidator('/batch', documentId), { batch: identifyCall() })).toContainEqual(
            expect.stringMatching(/^\/batch must be array /)
        );
    });

    it('rejects an identify call with neither userId nor anonymousId', () => {
        const { userId: _userId, ...anonymousNobody } = identifyCall();

        expect(errorsOf(requestValidator('/identify', ONE_OF_AS_ANY_OF_ID), anonymousNobody)).not.toEqual([]);
    });

    it('reads oneOf as anyOf only where the schema says oneOf, never inside property names', () => {
        const copy = withOneOfAsAnyOf({ oneOf: [{ properties: { oneOf: { type: 'string' } } }] });

        expect(copy).toEqual({ anyOf: [{ properties: { oneOf: { type: 'string' } } }] });
    });
});
