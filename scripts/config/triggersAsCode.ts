import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import schema from '../../config/triggers.schema.json';
import { UsageError } from '../lib/cli';
import { display, listFiles, packageDirectories } from '../lib/files';
import { report, type GateResult } from '../lib/gate';
import { triggerNameFor, validateObjectApiName } from '../generators/trigger';

/*
 * Event Triggers as code: config/triggers.json (checked by config/triggers.schema.json) is the reviewable form
 * of the CIO_Event_Trigger__mdt and CIO_Field_Mapping__mdt records. `triggers:import` turns the file into
 * `.md-meta.xml` records, `triggers:export` turns records into the file. Everything here but the two commands
 * and the file helpers is a pure function of its arguments.
 */

export const DEFAULT_CONFIG_FILE = 'config/triggers.json';
export const DEFAULT_RECORDS_DIR = 'examples/customMetadata';
/** What the exported file's `$schema` says: the schema next to it, for editors. */
export const SCHEMA_REFERENCE = './triggers.schema.json';

export const TRIGGER_TYPE = 'CIO_Event_Trigger';
export const MAPPING_TYPE = 'CIO_Field_Mapping';

/** Record DeveloperNames and labels may be at most 40 characters long. */
export const MAX_NAME = 40;
export const MAX_LABEL = 40;
/** Changed_Fields__c is a TextArea(255); the list is stored comma-separated. */
export const MAX_CHANGED_FIELDS = 255;

export const OPERATIONS = ['insert', 'update', 'delete', 'undelete'] as const;
export type Operation = (typeof OPERATIONS)[number];
export type EventType = 'identify' | 'track' | 'group' | 'delete';

export interface MappingConfig {
    source: string;
    target: string;
    sendBlankAsNull?: boolean;
}

export interface TriggerConfig {
    name: string;
    label: string;
    object: string;
    operations: Operation[];
    type: EventType;
    event?: string;
    userIdField?: string;
    groupIdField?: string;
    objectTypeId?: string;
    changedFields?: string[];
    active: boolean;
    description?: string;
    mappings: MappingConfig[];
}

export interface TriggersFile {
    $schema?: string;
    triggers: TriggerConfig[];
}

/** The XML type of a custom metadata value, as written in `xsi:type="xsd:…"`. */
export type ValueType = 'string' | 'boolean' | 'double';

/** One `<values>` entry of a record. */
export interface RecordValue {
    field: string;
    type: ValueType;
    value: string | boolean | number;
}

/** A custom metadata record: `<type>.<name>.md-meta.xml`. */
export interface MetadataRecord {
    type: typeof TRIGGER_TYPE | typeof MAPPING_TYPE;
    name: string;
    label: string;
    protected: boolean;
    values: RecordValue[];
}

/** Every field of each type, with its XML type, in the order records list them (as in examples/customMetadata). */
export const RECORD_FIELDS: Record<MetadataRecord['type'], Record<string, ValueType>> = {
    [TRIGGER_TYPE]: {
        Object_API_Name__c: 'string',
        After_Insert__c: 'boolean',
        After_Update__c: 'boolean',
        After_Delete__c: 'boolean',
        After_Undelete__c: 'boolean',
        Event_Type__c: 'string',
        Event_Name__c: 'string',
        User_ID_Field__c: 'string',
        Group_ID_Field__c: 'string',
        Object_Type_Id__c: 'string',
        Changed_Fields__c: 'string',
        Active__c: 'boolean',
        Description__c: 'string'
    },
    [MAPPING_TYPE]: {
        Event_Trigger__c: 'string',
        Source_Field__c: 'string',
        Target_Key__c: 'string',
        Sort_Order__c: 'double',
        Send_Blank_As_Null__c: 'boolean'
    }
};

const OPERATION_FIELDS: Record<Operation, string> = {
    insert: 'After_Insert__c',
    update: 'After_Update__c',
    delete: 'After_Delete__c',
    undelete: 'After_Undelete__c'
};

// ---------------------------------------------------------------------------------------------------------------
// Derived record names and labels

/**
 * The DeveloperName of a trigger's mapping record: the trigger name, `_`, then the target with every run of
 * characters other than ASCII letters and digits replaced by one `_` and leading/trailing `_` removed
 * (`company.industry` → `Lead_Identify_company_industry`). A target with no ASCII letter or digit uses the
 * mapping's 1-based position instead (`Lead_Identify_3`). The result may be too long or clash with another
 * mapping's name; semanticProblems reports both.
 */
export function mappingRecordName(triggerName: string, target: string, position: number): string {
    const slug = target.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    return `${triggerName}_${slug || String(position)}`;
}

/** A mapping record's label: the trigger label, `: ` and the target, cut to 40 characters. */
export function mappingLabel(triggerLabel: string, target: string): string {
    return `${triggerLabel}: ${target}`.slice(0, MAX_LABEL).trimEnd();
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: the schema (Ajv, draft 2020-12), then what a schema cannot say

let compiled: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
    compiled ??= new Ajv2020({
        allErrors: true,
        verbose: true,
        strict: true,
        // `then: { required: ["event"] }` names a property declared beside `if`, not in `then` itself.
        strictRequired: false
    }).compile(schema);
    return compiled;
}

/** `/triggers/2/mappings/0/target` → `triggers[2].mappings[0].target`; the document itself is `(root)`. */
export function locationOf(pointer: string, property?: string): string {
    const segments = pointer
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (property !== undefined) segments.push(property);
    let location = '';
    for (const segment of segments) {
        if (/^\d+$/.test(segment)) location += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$]*$/.test(segment)) location += location ? `.${segment}` : segment;
        else location += `[${JSON.stringify(segment)}]`;
    }
    return location || '(root)';
}

/** What a value must look like, for each property whose schema has a `pattern`. */
const PATTERN_RULES: Record<string, string> = {
    name: 'must start with a letter and have only letters, digits and single underscores, not ending in an underscore',
    label: 'must be one line without leading or trailing spaces',
    event: 'must be one line without leading or trailing spaces',
    description: 'must be one line without leading or trailing spaces',
    object: 'must be an API name: a letter, then letters, digits and underscores',
    changedFields: 'must be a field API name of the object (a letter, then letters, digits and underscores)',
    userIdField: 'must be a field API name, or a relationship and a field (Account.Industry)',
    groupIdField: 'must be a field API name, or a relationship and a field (Account.Industry)',
    source: 'must be a field API name, or a relationship and a field (Account.Industry)',
    target: 'must be keys separated by single dots, without spaces around a key (company.industry)',
    objectTypeId: 'must be digits only'
};

const ARTICLES: Record<string, string> = {
    string: 'a string',
    boolean: 'true or false',
    array: 'an array',
    object: 'an object'
};

/** One Ajv error as `location: message`, or undefined for errors that only repeat another (`if`). */
function describeSchemaError(error: ErrorObject): string | undefined {
    const at = locationOf(error.instancePath);
    const found = JSON.stringify(error.data);
    switch (error.keyword) {
        case 'if':
            return undefined; // the `then` error beside it says what is missing
        case 'required': {
            const property = (error.params as { missingProperty: string }).missingProperty;
            const when = error.schemaPath.includes('/then/') ? ' when type is "track"' : '';
            return `${locationOf(error.instancePath, property)}: is required${when}`;
        }
        case 'additionalProperties': {
            const property = (error.params as { additionalProperty: string }).additionalProperty;
            const known = Object.keys((error.parentSchema as { properties: object }).properties);
            return `${locationOf(error.instancePath, property)}: is not a known property (known: ${known.join(', ')})`;
        }
        case 'type': {
            const type = (error.params as { type: string }).type;
            return `${at}: must be ${ARTICLES[type] ?? type}`;
        }
        case 'enum': {
            const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
            return `${at}: must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')} (found ${found})`;
        }
        case 'minItems':
            return `${at}: must not be empty`;
        case 'uniqueItems': {
            const { j } = error.params as { i: number; j: number };
            return `${at}: lists ${JSON.stringify((error.data as unknown[])[j])} more than once`;
        }
        case 'maxLength': {
            const limit = (error.params as { limit: number }).limit;
            return `${at}: is ${[...(error.data as string)].length} characters; the maximum is ${limit}`;
        }
        case 'pattern': {
            const property = /([A-Za-z$]+)(?:\[\d+\])?$/.exec(at)?.[1] ?? '';
            return `${at}: ${PATTERN_RULES[property] ?? error.message} (found ${found})`;
        }
        default:
            return `${at}: ${error.message ?? error.keyword}`;
    }
}

/** Every way `data` breaks config/triggers.schema.json, as `location: message` lines. */
export function schemaProblems(data: unknown): string[] {
    const validate = schemaValidator();
    if (validate(data)) return [];
    return (validate.errors ?? []).flatMap((error) => describeSchemaError(error) ?? []);
}

const DEVELOPER_NAME = new RegExp(schema.$defs.developerName.pattern);
const OBJECT_API_NAME = new RegExp(schema.$defs.objectApiName.pattern);
const TARGET_KEY = new RegExp(schema.$defs.mapping.properties.target.pattern, 'u');

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

function isValidTriggerName(name: unknown): name is string {
    return typeof name === 'string' && name.length <= MAX_NAME && DEVELOPER_NAME.test(name);
}

/**
 * The rules config/triggers.schema.json cannot express, checked on whatever parts of `data` have the right
 * shape (so they can be reported together with the schema's problems): unique trigger names, unique targets
 * per trigger, no target that is both a value and a parent of another, field paths of at most one parent hop,
 * objects that can carry the Apex trigger, Changed_Fields__c within 255 characters, and derived mapping record
 * names of at most 40 characters that are unique (ignoring case, as the platform does).
 */
export function semanticProblems(data: unknown): string[] {
    const problems: string[] = [];
    const triggers = isObject(data) ? asArray(data.triggers) : [];
    const triggerNames = new Map<string, number>();
    const mappingNames = new Map<string, string>();
    triggers.forEach((trigger, t) => {
        if (!isObject(trigger)) return;
        const at = `triggers[${t}]`;
        let ownsName = false;
        if (typeof trigger.name === 'string') {
            const key = trigger.name.toLowerCase();
            const first = triggerNames.get(key);
            if (first === undefined) {
                triggerNames.set(key, t);
                ownsName = true;
            } else {
                problems.push(
                    `${at}.name: "${trigger.name}" is already the name of triggers[${first}] (names ignore case)`
                );
            }
        }
        if (typeof trigger.object === 'string' && OBJECT_API_NAME.test(trigger.object)) {
            try {
                validateObjectApiName(trigger.object);
            } catch (error) {
                problems.push(`${at}.object: ${(error as Error).message}`);
            }
        }
        for (const field of ['userIdField', 'groupIdField'] as const) {
            const hops = parentHopProblem(trigger[field]);
            if (hops) problems.push(`${at}.${field}: ${hops}`);
        }
        const changed = asArray(trigger.changedFields).filter((field) => typeof field === 'string');
        const joined = changed.join(',');
        if (joined.length > MAX_CHANGED_FIELDS) {
            problems.push(
                `${at}.changedFields: is ${joined.length} characters written comma-separated; ` +
                    `Changed_Fields__c holds ${MAX_CHANGED_FIELDS}`
            );
        }
        const mappings = asArray(trigger.mappings);
        const targets = new Map<string, number>();
        mappings.forEach((mapping, m) => {
            if (!isObject(mapping)) return;
            const here = `${at}.mappings[${m}]`;
            const hops = parentHopProblem(mapping.source);
            if (hops) problems.push(`${here}.source: ${hops}`);
            if (typeof mapping.target !== 'string') return;
            const target = mapping.target;
            const first = targets.get(target);
            if (first !== undefined) {
                problems.push(`${here}.target: "${target}" is already the target of mappings[${first}]`);
                return;
            }
            targets.set(target, m);
            if (!ownsName || !isValidTriggerName(trigger.name) || !TARGET_KEY.test(target)) return;
            const name = mappingRecordName(trigger.name, target, m + 1);
            const clash = mappingNames.get(name.toLowerCase());
            if (name.length > MAX_NAME) {
                problems.push(
                    `${here}.target: gives the mapping record name ${name}, which is ${name.length} characters; ` +
                        `the maximum is ${MAX_NAME} (shorten the trigger name or the target)`
                );
            } else if (clash !== undefined) {
                problems.push(`${here}.target: gives the mapping record name ${name}, as ${clash}.target does`);
            } else {
                mappingNames.set(name.toLowerCase(), here);
            }
        });
        for (const [target, m] of targets) {
            const child = [...targets.keys()].find((other) => other.startsWith(`${target}.`));
            if (child !== undefined) {
                problems.push(
                    `${at}.mappings[${m}].target: "${target}" cannot be both a value and the parent of ` +
                        `"${child}" (mappings[${targets.get(child)}])`
                );
            }
        }
    });
    return problems;
}

function parentHopProblem(path: unknown): string | undefined {
    if (typeof path !== 'string') return undefined;
    const dots = path.split('.').length - 1;
    return dots > 1
        ? `"${path}" goes up ${dots} parents; use a field (Email) or one parent hop (Account.Industry)`
        : undefined;
}

/**
 * Problems in the order of the file: by trigger, a trigger's own problems before its mappings', then by mapping
 * (`triggers[2]` before `triggers[10]`). Problems of one trigger or mapping keep the order they were found in.
 */
function byLocation(problems: string[]): string[] {
    const indices = (problem: string): number[] =>
        [...problem.slice(0, problem.indexOf(': ')).matchAll(/(?:triggers|mappings)\[(\d+)\]/g)].map((match) =>
            Number(match[1])
        );
    return [...problems].sort((a, b) => {
        const [x, y] = [indices(a), indices(b)];
        for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
        return x.length - y.length;
    });
}

export type Validation = { ok: true; file: TriggersFile; problems: [] } | { ok: false; problems: string[] };

/** The schema's and the semantic problems of `data`, all of them, in location order. */
export function validateTriggersFile(data: unknown): Validation {
    const problems = byLocation([...schemaProblems(data), ...semanticProblems(data)]);
    return problems.length === 0 ? { ok: true, file: data as TriggersFile, problems: [] } : { ok: false, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON → records → XML

/** The records a valid file stands for: each trigger, then its mappings in order. */
export function toRecords(file: TriggersFile): MetadataRecord[] {
    return file.triggers.flatMap((trigger) => [
        triggerRecord(trigger),
        ...trigger.mappings.map((mapping, index) => mappingRecord(trigger, mapping, index + 1))
    ]);
}

function triggerRecord(trigger: TriggerConfig): MetadataRecord {
    const values: RecordValue[] = [];
    const put = (field: string, value: string | boolean | undefined): void => {
        if (value !== undefined) values.push({ field, type: RECORD_FIELDS[TRIGGER_TYPE][field], value });
    };
    put('Object_API_Name__c', trigger.object);
    for (const operation of OPERATIONS) put(OPERATION_FIELDS[operation], trigger.operations.includes(operation));
    put('Event_Type__c', trigger.type);
    put('Event_Name__c', trigger.event);
    put('User_ID_Field__c', trigger.userIdField);
    put('Group_ID_Field__c', trigger.groupIdField);
    put('Object_Type_Id__c', trigger.objectTypeId);
    put('Changed_Fields__c', trigger.changedFields?.join(','));
    put('Active__c', trigger.active);
    put('Description__c', trigger.description);
    return { type: TRIGGER_TYPE, name: trigger.name, label: trigger.label, protected: false, values };
}

function mappingRecord(trigger: TriggerConfig, mapping: MappingConfig, position: number): MetadataRecord {
    return {
        type: MAPPING_TYPE,
        name: mappingRecordName(trigger.name, mapping.target, position),
        label: mappingLabel(trigger.label, mapping.target),
        protected: false,
        values: [
            { field: 'Event_Trigger__c', type: 'string', value: trigger.name },
            { field: 'Source_Field__c', type: 'string', value: mapping.source },
            { field: 'Target_Key__c', type: 'string', value: mapping.target },
            { field: 'Sort_Order__c', type: 'double', value: position },
            { field: 'Send_Blank_As_Null__c', type: 'boolean', value: mapping.sendBlankAsNull ?? false }
        ]
    };
}

/** `CIO_Event_Trigger.Contact_Identify.md-meta.xml` */
export function recordFileName(record: Pick<MetadataRecord, 'type' | 'name'>): string {
    return `${record.type}.${record.name}.md-meta.xml`;
}

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Prettier's printWidth for XML (.prettierrc.json); a longer `<value>` line is wrapped the way Prettier wraps it. */
const XML_PRINT_WIDTH = 1000;

function valueLines(value: RecordValue): string[] {
    const type = `xsi:type="xsd:${value.type}"`;
    const text = escapeXml(String(value.value));
    const line = `        <value ${type}>${text}</value>`;
    return [...line].length <= XML_PRINT_WIDTH
        ? [line]
        : ['        <value', `            ${type}`, `        >${text}</value>`];
}

/**
 * A record exactly as examples/customMetadata has it (and as Prettier with @prettier/plugin-xml leaves it):
 * the XML declaration, the three namespaces, label, protected, then one `<values>` per field.
 */
export function renderRecord(record: MetadataRecord): string {
    return [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
        `    <label>${escapeXml(record.label)}</label>`,
        `    <protected>${record.protected}</protected>`,
        ...record.values.flatMap((value) => [
            '    <values>',
            `        <field>${value.field}</field>`,
            ...valueLines(value),
            '    </values>'
        ]),
        '</CustomMetadata>',
        ''
    ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// XML → records → JSON

const RECORD_FILE = /^(CIO_Event_Trigger|CIO_Field_Mapping)\.([A-Za-z]\w*)\.md-meta\.xml$/;

/** Whether a file name is a record of one of the two types (other custom metadata types are left alone). */
export function isRecordFile(fileName: string): boolean {
    return RECORD_FILE.test(fileName);
}

const xmlParser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    ignoreDeclaration: true,
    parseTagValue: false,
    htmlEntities: true,
    isArray: (tag) => tag === 'values'
});

/** Reads one record file's text; `fileName` gives its type and name. Throws with what is wrong. */
export function parseRecord(fileName: string, xml: string): MetadataRecord {
    const match = RECORD_FILE.exec(fileName);
    if (!match)
        throw new Error(`is not named ${TRIGGER_TYPE}.<Name>.md-meta.xml or ${MAPPING_TYPE}.<Name>.md-meta.xml`);
    const type = match[1] as MetadataRecord['type'];
    const verdict = XMLValidator.validate(xml);
    if (verdict !== true) throw new Error(`line ${verdict.err.line} is not well-formed XML: ${verdict.err.msg}`);
    const root = (xmlParser.parse(xml) as { CustomMetadata?: unknown }).CustomMetadata;
    if (!isObject(root)) throw new Error('is not a CustomMetadata record');
    const fields = RECORD_FIELDS[type];
    const values: RecordValue[] = [];
    for (const entry of asArray(root.values)) {
        const field = isObject(entry) && typeof entry.field === 'string' ? entry.field : undefined;
        if (!isObject(entry) || field === undefined) throw new Error('has a <values> entry without a <field>');
        const expected = fields[field];
        if (!expected) throw new Error(`sets ${field}, which ${type}__mdt does not have`);
        const value = isObject(entry.value) ? entry.value : { '#text': entry.value };
        if (value['@xsi:nil'] === 'true') continue;
        const text = typeof value['#text'] === 'string' ? value['#text'] : '';
        const xsiType = value['@xsi:type'];
        if (xsiType !== `xsd:${expected}`) {
            throw new Error(`${field} is ${String(xsiType ?? 'untyped')}; expected xsd:${expected}`);
        }
        if (expected === 'string') {
            if (text !== '') values.push({ field, type: expected, value: text });
        } else if (expected === 'boolean') {
            if (text !== 'true' && text !== 'false') throw new Error(`${field} is "${text}"; expected true or false`);
            values.push({ field, type: expected, value: text === 'true' });
        } else {
            if (text.trim() === '' || !Number.isFinite(Number(text))) {
                throw new Error(`${field} is "${text}"; expected a number`);
            }
            values.push({ field, type: expected, value: Number(text) });
        }
    }
    return {
        type,
        name: match[2],
        label: typeof root.label === 'string' ? root.label : '',
        protected: root.protected === 'true',
        values
    };
}

/** Code-unit order ignoring case first, so the order never depends on the machine's locale. */
export function compareNames(a: string, b: string): number {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x !== y) return x < y ? -1 : 1;
    return a === b ? 0 : a < b ? -1 : 1;
}

export interface FromRecordsResult {
    /** The file, valid or not: validate it before writing. */
    file: TriggersFile;
    /** Records the file cannot represent (a mapping of no trigger), as `Type.Name: message`. */
    problems: string[];
    /** What a round trip would change without changing behaviour (record names, protection). */
    warnings: string[];
    /** Which record each location of the file came from: `triggers[0]`, `triggers[0].mappings[1]`. */
    sources: Map<string, string>;
}

/** The file the records stand for: triggers by name, each with its mappings by Sort_Order__c (then name). */
export function fromRecords(records: MetadataRecord[]): FromRecordsResult {
    const problems: string[] = [];
    const warnings: string[] = [];
    const sources = new Map<string, string>();
    const valuesOf = (record: MetadataRecord): Map<string, string | boolean | number> =>
        new Map(record.values.map((value) => [value.field, value.value]));
    const triggerRecords = records.filter((r) => r.type === TRIGGER_TYPE).sort((a, b) => compareNames(a.name, b.name));
    const triggerNames = new Set(triggerRecords.map((record) => record.name));
    const mappingsByTrigger = new Map<string, { record: MetadataRecord; values: Map<string, unknown> }[]>();
    for (const record of records.filter((r) => r.type === MAPPING_TYPE)) {
        const values = valuesOf(record);
        const owner = values.get('Event_Trigger__c');
        const id = `${MAPPING_TYPE}.${record.name}`;
        if (typeof owner !== 'string') {
            problems.push(`${id}: has no Event_Trigger__c`);
        } else if (!triggerNames.has(owner)) {
            problems.push(`${id}: Event_Trigger__c names ${owner}, which is not a ${TRIGGER_TYPE} record`);
        } else {
            mappingsByTrigger.set(owner, [...(mappingsByTrigger.get(owner) ?? []), { record, values }]);
        }
    }
    const order = (values: Map<string, unknown>): number => {
        const sort = values.get('Sort_Order__c');
        return typeof sort === 'number' ? sort : Number.POSITIVE_INFINITY;
    };
    const triggers = triggerRecords.map((record, t) => {
        const values = valuesOf(record);
        const text = (field: string): string | undefined => {
            const value = values.get(field);
            return typeof value === 'string' ? value : undefined;
        };
        sources.set(`triggers[${t}]`, `${TRIGGER_TYPE}.${record.name}`);
        if (record.protected) {
            warnings.push(`${TRIGGER_TYPE}.${record.name}: is protected; triggers:import writes protected false`);
        }
        const changedFields = text('Changed_Fields__c')
            ?.split(',')
            .map((field) => field.trim())
            .filter(Boolean);
        const mappings = (mappingsByTrigger.get(record.name) ?? [])
            .sort((a, b) => order(a.values) - order(b.values) || compareNames(a.record.name, b.record.name))
            .map(({ record: mappingRecordOf, values: mappingValues }, m) => {
                const id = `${MAPPING_TYPE}.${mappingRecordOf.name}`;
                sources.set(`triggers[${t}].mappings[${m}]`, id);
                if (mappingRecordOf.protected) {
                    warnings.push(`${id}: is protected; triggers:import writes protected false`);
                }
                const target = mappingValues.get('Target_Key__c');
                const derived = typeof target === 'string' ? mappingRecordName(record.name, target, m + 1) : undefined;
                if (derived !== undefined && derived !== mappingRecordOf.name) {
                    warnings.push(`${id}: triggers:import names this mapping ${derived}`);
                }
                return compact({
                    source: mappingValues.get('Source_Field__c'),
                    target,
                    sendBlankAsNull: mappingValues.get('Send_Blank_As_Null__c') === true ? true : undefined
                }) as unknown as MappingConfig;
            });
        return compact({
            name: record.name,
            label: record.label || undefined,
            object: text('Object_API_Name__c'),
            operations: OPERATIONS.filter((operation) => values.get(OPERATION_FIELDS[operation]) === true),
            type: text('Event_Type__c'),
            event: text('Event_Name__c'),
            userIdField: text('User_ID_Field__c'),
            groupIdField: text('Group_ID_Field__c'),
            objectTypeId: text('Object_Type_Id__c'),
            changedFields: changedFields?.length ? changedFields : undefined,
            active: values.get('Active__c') === true,
            description: text('Description__c'),
            mappings
        }) as unknown as TriggerConfig;
    });
    return { file: { $schema: SCHEMA_REFERENCE, triggers }, problems, warnings, sources };
}

/** The object without its undefined properties, keys in the order given. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

// ---------------------------------------------------------------------------------------------------------------
// JSON text, as Prettier prints it

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const JSON_PRINT_WIDTH = 120;
const JSON_INDENT = '    ';

function isContainer(value: Json): value is Json[] | { [key: string]: Json } {
    return typeof value === 'object' && value !== null;
}

/**
 * Serialises `value` the way Prettier (tabWidth 4, printWidth 120) prints JSON, so the file passes
 * `npm run format:check` as written: an object holding arrays or objects is one property per line, an object
 * of plain values stays on one line when it fits; an array breaks one item per line when it holds two or more
 * objects of several properties (Prettier's rule), when an item spans lines, or when it does not fit.
 * Widths count code points, which is exact for the ASCII this file holds.
 */
export function formatJson(value: Json): string {
    return `${print(value, '', '', '')}\n`;
}

/** `value` printed at `indent`, after `prefix` on its line and followed by `suffix` (a comma or nothing). */
function print(value: Json, indent: string, prefix: string, suffix: string): string {
    if (!isContainer(value)) return JSON.stringify(value);
    const inner = indent + JSON_INDENT;
    const fits = (flat: string): boolean => [...(indent + prefix + flat + suffix)].length <= JSON_PRINT_WIDTH;
    if (Array.isArray(value)) {
        if (value.length === 0) return '[]';
        const manyObjects =
            value.length > 1 &&
            value.every((item) => isContainer(item) && !Array.isArray(item) && Object.keys(item).length > 1);
        const items = value.map((item, i) => print(item, inner, '', i < value.length - 1 ? ',' : ''));
        const flat = `[${value.map((item) => print(item, '', '', '')).join(', ')}]`;
        if (!manyObjects && !items.some((item) => item.includes('\n')) && !flat.includes('\n') && fits(flat)) {
            return flat;
        }
        return `[\n${items.map((item, i) => `${inner}${item}${i < items.length - 1 ? ',' : ''}`).join('\n')}\n${indent}]`;
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const keyOf = (key: string): string => `${JSON.stringify(key)}: `;
    const nested = entries.some(([, item]) => isContainer(item));
    const flat = `{ ${entries.map(([key, item]) => keyOf(key) + print(item, '', '', '')).join(', ')} }`;
    if (!nested && fits(flat)) return flat;
    const lines = entries.map(([key, item], i) => {
        const comma = i < entries.length - 1 ? ',' : '';
        return `${inner}${keyOf(key)}${print(item, inner, keyOf(key), comma)}${comma}`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
}

/** The file's text: `$schema` first, then the triggers, formatted as Prettier would. */
export function renderTriggersFile(file: TriggersFile): string {
    return formatJson(file as unknown as Json);
}

// ---------------------------------------------------------------------------------------------------------------
// The two commands

export const EXPORT_USAGE = [
    'usage: npm run triggers:export -- [--from <dir>] [--out <file>]',
    '',
    `Reads the ${TRIGGER_TYPE} and ${MAPPING_TYPE} custom metadata records in --from (default`,
    `${DEFAULT_RECORDS_DIR}) and writes them as one JSON file to --out (default ${DEFAULT_CONFIG_FILE}),`,
    'checked against config/triggers.schema.json first. Nothing is written if a record cannot be represented.'
].join('\n');

export const IMPORT_USAGE = [
    'usage: npm run triggers:import -- [--from <file>] [--out <dir>] [--prune]',
    '',
    `Checks --from (default ${DEFAULT_CONFIG_FILE}) against config/triggers.schema.json and the rules it cannot`,
    `express, reports every problem, and only if there are none writes one ${TRIGGER_TYPE} record per trigger`,
    `and one ${MAPPING_TYPE} record per mapping to --out (default ${DEFAULT_RECORDS_DIR}). Records there that`,
    'the file no longer produces are reported, and deleted only with --prune.'
].join('\n');

export interface TriggersOptions {
    from?: string;
    out?: string;
    prune?: boolean;
    help?: boolean;
}

/** Reads `--from <path>`, `--out <path>` (or `--x=<path>`), `-h`/`--help` and, when allowed, `--prune`. */
export function parseTriggersArgs(argv: readonly string[], usage: string, allowPrune: boolean): TriggersOptions {
    const options: TriggersOptions = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const option = /^--(from|out)(?:=(.*))?$/.exec(arg);
        if (option) {
            const value = option[2] ?? argv[++i];
            if (!value || (option[2] === undefined && value.startsWith('-'))) throw new UsageError(usage);
            options[option[1] as 'from' | 'out'] = value;
        } else if (arg === '--prune' && allowPrune) {
            options.prune = true;
        } else if (arg === '-h' || arg === '--help') {
            options.help = true;
        } else if (arg.startsWith('-')) {
            throw new UsageError(`unknown option ${arg}\n\n${usage}`);
        } else {
            throw new UsageError(`unexpected argument ${arg}\n\n${usage}`);
        }
    }
    return options;
}

export interface ExportResult extends GateResult {
    written?: string;
}

/** Reads the records in `--from` and writes the file to `--out`, or reports why it cannot. */
export function exportTriggers(root: string, options: TriggersOptions = {}): ExportResult {
    const from = resolve(root, options.from ?? DEFAULT_RECORDS_DIR);
    const out = resolve(root, options.out ?? DEFAULT_CONFIG_FILE);
    if (!existsSync(from) || !statSync(from).isDirectory()) throw new Error(`${display(root, from)} is not a folder`);
    const files = readdirSync(from)
        .filter(isRecordFile)
        .sort(compareNames)
        .map((name) => join(from, name));
    const errors: string[] = [];
    const records = files.flatMap((file) => {
        try {
            return [parseRecord(basename(file), readFileSync(file, 'utf8'))];
        } catch (error) {
            errors.push(`${display(root, file)}: ${(error as Error).message}`);
            return [];
        }
    });
    const triggerCount = records.filter((record) => record.type === TRIGGER_TYPE).length;
    if (files.every((file) => !basename(file).startsWith(`${TRIGGER_TYPE}.`))) {
        throw new Error(`${display(root, from)} has no ${TRIGGER_TYPE}.*.md-meta.xml records`);
    }
    const { file, problems, warnings, sources } = fromRecords(records);
    const fileOf = (id: string): string => display(root, join(from, `${id}.md-meta.xml`));
    errors.push(
        ...problems.map(
            (problem) => `${fileOf(problem.slice(0, problem.indexOf(': ')))}${problem.slice(problem.indexOf(': '))}`
        )
    );
    const validation = validateTriggersFile(file);
    for (const problem of validation.problems) {
        const location = problem.slice(0, problem.indexOf(': '));
        const owner = [...sources.keys()]
            .filter((key) => location === key || location.startsWith(`${key}.`))
            .sort((a, b) => b.length - a.length)[0];
        errors.push(owner ? `${fileOf(sources.get(owner) as string)}: ${problem}` : problem);
    }
    const mappingCount = file.triggers.reduce((sum, trigger) => sum + trigger.mappings.length, 0);
    const scope = `${triggerCount} triggers, ${mappingCount} mappings from ${display(root, from)}`;
    const warningLines = warnings.map((warning) => {
        const id = warning.slice(0, warning.indexOf(': '));
        return `${fileOf(id)}${warning.slice(warning.indexOf(': '))}`;
    });
    if (errors.length > 0) {
        return { ok: false, errors, warnings: warningLines, summary: `${scope}; ${display(root, out)} not written` };
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, renderTriggersFile(file));
    return {
        ok: true,
        errors: [],
        warnings: warningLines,
        summary: `${scope} → ${display(root, out)}`,
        written: display(root, out)
    };
}

export interface ImportResult extends GateResult {
    written: string[];
    deleted: string[];
    unchanged: number;
}

/** Validates `--from` and, only if it has no problems, writes its records to `--out`. */
export function importTriggers(root: string, options: TriggersOptions = {}): ImportResult {
    const from = resolve(root, options.from ?? DEFAULT_CONFIG_FILE);
    const out = resolve(root, options.out ?? DEFAULT_RECORDS_DIR);
    const source = display(root, from);
    if (!existsSync(from)) throw new Error(`${source} does not exist`);
    const failed = (errors: string[]): ImportResult => ({
        ok: false,
        errors,
        warnings: [],
        summary: `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${source}; nothing written`,
        written: [],
        deleted: [],
        unchanged: 0
    });
    let data: unknown;
    try {
        data = JSON.parse(readFileSync(from, 'utf8'));
    } catch (error) {
        return failed([`${source} is not valid JSON: ${(error as Error).message}`]);
    }
    const validation = validateTriggersFile(data);
    if (!validation.ok) return failed(validation.problems);
    const { file } = validation;
    const warnings = missingApexTriggers(root, file);
    const records = toRecords(file);
    mkdirSync(out, { recursive: true });
    // DeveloperNames ignore case: a file whose name differs only in case is this record under its old name.
    const existing = new Map(readdirSync(out).map((name) => [name.toLowerCase(), name]));
    const written: string[] = [];
    let unchanged = 0;
    for (const record of records) {
        const name = recordFileName(record);
        const path = join(out, name);
        const content = renderRecord(record);
        const previous = existing.get(name.toLowerCase());
        if (previous === name && readFileSync(path, 'utf8') === content) {
            unchanged++;
            continue;
        }
        if (previous !== undefined && previous !== name) rmSync(join(out, previous));
        writeFileSync(path, content);
        written.push(display(root, path));
    }
    const produced = new Set(records.map((record) => recordFileName(record).toLowerCase()));
    const stale = readdirSync(out)
        .filter((name) => isRecordFile(name) && !produced.has(name.toLowerCase()))
        .sort(compareNames)
        .map((name) => join(out, name));
    const deleted: string[] = [];
    for (const path of stale) {
        if (options.prune) {
            rmSync(path);
            deleted.push(display(root, path));
        } else {
            warnings.push(`${display(root, path)} is not in ${source}; --prune deletes it`);
        }
    }
    const mappings = records.length - file.triggers.length;
    return {
        ok: true,
        errors: [],
        warnings,
        summary:
            `${file.triggers.length} triggers, ${mappings} mappings from ${source} → ${display(root, out)}: ` +
            `${written.length} written, ${unchanged} unchanged, ${deleted.length} deleted`,
        written,
        deleted,
        unchanged
    };
}

/** Warnings for triggers on objects that have no Apex trigger in the project (none without sfdx-project.json). */
function missingApexTriggers(root: string, file: TriggersFile): string[] {
    let directories: string[];
    try {
        directories = packageDirectories(root);
    } catch {
        return [];
    }
    const covered = new Set(
        directories
            .filter((dir) => existsSync(dir))
            .flatMap((dir) => listFiles(dir, (path) => path.endsWith('.trigger')))
            .map((path) => /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(readFileSync(path, 'utf8'))?.[1]?.toLowerCase())
    );
    return file.triggers.flatMap((trigger, t) =>
        covered.has(trigger.object.toLowerCase())
            ? []
            : [
                  `triggers[${t}].object: ${trigger.object} has no Apex trigger in this project ` +
                      `(npm run generate:trigger -- ${trigger.object} writes ${triggerNameFor(trigger.object)})`
              ]
    );
}

/** `npm run triggers:export` */
export function triggersExportCommand(
    root: string,
    argv: readonly string[],
    out: (line: string) => void = console.log
): number {
    const options = parseTriggersArgs(argv, EXPORT_USAGE, false);
    if (options.help) {
        out(EXPORT_USAGE);
        return 0;
    }
    const result = exportTriggers(root, options);
    if (result.written) out(`wrote ${result.written}`);
    return report('triggers:export', result, out);
}

/** `npm run triggers:import` */
export function triggersImportCommand(
    root: string,
    argv: readonly string[],
    out: (line: string) => void = console.log
): number {
    const options = parseTriggersArgs(argv, IMPORT_USAGE, true);
    if (options.help) {
        out(IMPORT_USAGE);
        return 0;
    }
    const result = importTriggers(root, options);
    for (const file of result.written) out(`wrote ${file}`);
    for (const file of result.deleted) out(`deleted ${file}`);
    return report('triggers:import', result, out);
}
