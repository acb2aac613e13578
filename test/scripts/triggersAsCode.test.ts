import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import schema from '../../config/triggers.schema.json';
import {
    DEFAULT_CONFIG_FILE,
    DEFAULT_RECORDS_DIR,
    EXPORT_USAGE,
    IMPORT_USAGE,
    MAPPING_TYPE,
    RECORD_FIELDS,
    TRIGGER_TYPE,
    exportTriggers,
    formatJson,
    fromRecords,
    importTriggers,
    locationOf,
    mappingLabel,
    mappingRecordName,
    parseRecord,
    parseTriggersArgs,
    recordFileName,
    renderRecord,
    renderTriggersFile,
    semanticProblems,
    toRecords,
    triggersExportCommand,
    triggersImportCommand,
    validateTriggersFile,
    type MetadataRecord,
    type TriggerConfig,
    type TriggersFile
} from '../../scripts/config/triggersAsCode';
import { buildLwc } from '../../scripts/gates/lwcBuild';
import { checkMetadata } from '../../scripts/gates/metadata';
import { main, UsageError } from '../../scripts/lib/cli';
import { run } from '../../scripts/lib/run';
import { PROJECT_ROOT, makeWorkspace, removeWorkspace } from '../helpers/workspace';

jest.setTimeout(180_000);

const EXAMPLES = join(PROJECT_ROOT, DEFAULT_RECORDS_DIR);
const CONFIG = join(PROJECT_ROOT, DEFAULT_CONFIG_FILE);

/** A fresh copy of the repository's config/triggers.json. */
function repoConfig(): TriggersFile {
    return JSON.parse(readFileSync(CONFIG, 'utf8')) as TriggersFile;
}

/** The repository's config with one trigger changed (by name), for one validation case. */
function withTrigger(name: string, change: (trigger: TriggerConfig & Record<string, unknown>) => void): TriggersFile {
    const file = repoConfig();
    const trigger = file.triggers.find((candidate) => candidate.name === name);
    if (!trigger) throw new Error(`no trigger ${name}`);
    change(trigger as TriggerConfig & Record<string, unknown>);
    return file;
}

function problemsOf(data: unknown): string[] {
    return validateTriggersFile(data).problems;
}

/** A trigger with every optional property set, and values that need escaping. */
const INVOICE_PAID: TriggerConfig = {
    name: 'Invoice_Paid',
    label: 'Invoice paid & <settled>',
    object: 'Contact',
    operations: ['update', 'insert'],
    type: 'track',
    event: 'Invoice Paid',
    userIdField: 'Account.Owner_Email__c',
    groupIdField: 'AccountId',
    objectTypeId: '2',
    changedFields: ['Email', 'Title'],
    active: false,
    description: 'Q&A: fires when "paid" > 0 <always>.',
    mappings: [
        { source: 'Email', target: 'email', sendBlankAsNull: true },
        { source: 'Account.Industry', target: 'company.industry' },
        { source: 'Account.Name', target: 'company.name', sendBlankAsNull: false },
        { source: 'Title', target: 'ünïcödé' }
    ]
};

describe('the repository files', () => {
    let dir: string;

    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'cio-triggers-'));
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('exports examples/customMetadata to exactly config/triggers.json', () => {
        const out = join(dir, 'triggers.json');

        const result = exportTriggers(PROJECT_ROOT, { out });

        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
        expect(result.ok).toBe(true);
        expect(readFileSync(out, 'utf8')).toBe(readFileSync(CONFIG, 'utf8'));
    });

    it('imports config/triggers.json to records byte-identical to examples/customMetadata', () => {
        const result = importTriggers(PROJECT_ROOT, { out: dir });

        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
        expect(result.written).toHaveLength(21);
        const examples = readdirSync(EXAMPLES).sort();
        expect(readdirSync(dir).sort()).toEqual(examples);
        for (const file of examples) {
            expect(`${file}:\n${readFileSync(join(dir, file), 'utf8')}`).toBe(
                `${file}:\n${readFileSync(join(EXAMPLES, file), 'utf8')}`
            );
        }
    });

    it('has the five common patterns', () => {
        expect(
            repoConfig().triggers.map(({ name, object, type, event, operations, changedFields }) => ({
                name,
                object,
                type,
                event,
                operations,
                changedFields
            }))
        ).toEqual([
            { name: 'Account_Group', object: 'Account', type: 'group', operations: ['insert', 'update'] },
            {
                name: 'Case_Opened',
                object: 'Case',
                type: 'track',
                event: 'Case Opened',
                operations: ['insert']
            },
            { name: 'Contact_Identify', object: 'Contact', type: 'identify', operations: ['insert', 'update'] },
            { name: 'Lead_Identify', object: 'Lead', type: 'identify', operations: ['insert', 'update'] },
            {
                name: 'Opportunity_Stage_Changed',
                object: 'Opportunity',
                type: 'track',
                event: 'Stage Changed',
                operations: ['update'],
                changedFields: ['StageName']
            }
        ]);
    });

    it('knows every field of both custom metadata types, and nothing else', () => {
        for (const type of [TRIGGER_TYPE, MAPPING_TYPE] as const) {
            const fieldsDir = join(PROJECT_ROOT, 'force-app/main/outbound/objects', `${type}__mdt`, 'fields');
            const fields = readdirSync(fieldsDir).map((file) => file.replace('.field-meta.xml', ''));

            expect(Object.keys(RECORD_FIELDS[type]).sort()).toEqual(fields.sort());
        }
    });

    it('limits each text to the length of the field it is written to', () => {
        const length = (type: string, field: string): number => {
            const xml = readFileSync(
                join(PROJECT_ROOT, 'force-app/main/outbound/objects', `${type}__mdt/fields/${field}.field-meta.xml`),
                'utf8'
            );
            return Number(/<length>(\d+)<\/length>/.exec(xml)?.[1] ?? 255); // TextArea: 255
        };
        const trigger = schema.$defs.trigger.properties;
        const mapping = schema.$defs.mapping.properties;
        const defs = schema.$defs;

        expect({
            object: defs.objectApiName.maxLength,
            event: trigger.event.maxLength,
            userIdField: defs.fieldPath.maxLength,
            objectTypeId: trigger.objectTypeId.maxLength,
            description: trigger.description.maxLength,
            target: mapping.target.maxLength
        }).toEqual({
            object: length(TRIGGER_TYPE, 'Object_API_Name__c'),
            event: length(TRIGGER_TYPE, 'Event_Name__c'),
            userIdField: Math.min(
                length(TRIGGER_TYPE, 'User_ID_Field__c'),
                length(TRIGGER_TYPE, 'Group_ID_Field__c'),
                length(MAPPING_TYPE, 'Source_Field__c')
            ),
            objectTypeId: length(TRIGGER_TYPE, 'Object_Type_Id__c'),
            description: length(TRIGGER_TYPE, 'Description__c'),
            target: length(MAPPING_TYPE, 'Target_Key__c')
        });
    });
});

describe('derived names', () => {
    it.each([
        ['Contact_Identify', 'email', 1, 'Contact_Identify_email'],
        ['Contact_Identify', 'first_name', 2, 'Contact_Identify_first_name'],
        ['Lead_Identify', 'company.industry', 5, 'Lead_Identify_company_industry'],
        ['Lead_Identify', '__a..b  c-d__', 1, 'Lead_Identify_a_b_c_d'],
        ['Lead_Identify', 'Ünïcödé name', 1, 'Lead_Identify_n_c_d_name'],
        ['Lead_Identify', 'ünï', 3, 'Lead_Identify_n'],
        ['Lead_Identify', '名前', 3, 'Lead_Identify_3']
    ])('%s + %j (position %d) → %s', (trigger, target, position, expected) => {
        expect(mappingRecordName(trigger, target, position)).toBe(expected);
    });

    it('labels a mapping "<trigger label>: <target>", cut to 40 characters', () => {
        expect(mappingLabel('Contact identify', 'first_name')).toBe('Contact identify: first_name');
        expect(mappingLabel('Opportunity stage changed', 'close_date_of_the_deal')).toBe(
            'Opportunity stage changed: close_date_of'
        );
        expect(mappingLabel('A label of exactly thirty-nine chars..', 'x')).toBe(
            'A label of exactly thirty-nine chars..:'
        );
    });
});

describe('validation', () => {
    it('accepts the repository config', () => {
        expect(validateTriggersFile(repoConfig())).toEqual({ ok: true, file: repoConfig(), problems: [] });
    });

    it.each<[string, unknown, string[]]>([
        ['a document that is not an object', [], ['(root): must be an object']],
        ['a document without triggers', {}, ['triggers: is required']],
        [
            'an unknown top-level property',
            { ...repoConfig(), version: 2 },
            ['version: is not a known property (known: $schema, triggers)']
        ],
        ['triggers that are not an array', { triggers: {} }, ['triggers: must be an array']],
        ['a trigger that is not an object', { triggers: ['Contact'] }, ['triggers[0]: must be an object']],
        [
            'a missing label',
            withTrigger('Account_Group', (t) => delete (t as Partial<TriggerConfig>).label),
            ['triggers[0].label: is required']
        ],
        [
            'a track trigger without an event',
            withTrigger('Case_Opened', (t) => delete t.event),
            ['triggers[1].event: is required when type is "track"']
        ],
        [
            'an unknown trigger property',
            withTrigger('Case_Opened', (t) => (t.eventName = 'Case Opened')),
            [
                'triggers[1].eventName: is not a known property (known: name, label, object, operations, type, ' +
                    'event, userIdField, groupIdField, objectTypeId, changedFields, active, description, mappings)'
            ]
        ],
        [
            'an unknown mapping property',
            withTrigger('Lead_Identify', (t) => Object.assign(t.mappings[3], { order: 4 })),
            ['triggers[3].mappings[3].order: is not a known property (known: source, target, sendBlankAsNull)']
        ],
        [
            'a non-boolean active',
            withTrigger('Contact_Identify', (t) => (t.active = 'yes' as never)),
            ['triggers[2].active: must be true or false']
        ],
        [
            'a non-boolean sendBlankAsNull',
            withTrigger('Contact_Identify', (t) => (t.mappings[0].sendBlankAsNull = 1 as never)),
            ['triggers[2].mappings[0].sendBlankAsNull: must be true or false']
        ],
        [
            'an unknown type',
            withTrigger('Contact_Identify', (t) => (t.type = 'Identify' as never)),
            ['triggers[2].type: must be one of "identify", "track", "group", "delete" (found "Identify")']
        ],
        [
            'an unknown operation',
            withTrigger('Contact_Identify', (t) => (t.operations = ['insert', 'upsert' as never])),
            ['triggers[2].operations[1]: must be one of "insert", "update", "delete", "undelete" (found "upsert")']
        ],
        [
            'no operations',
            withTrigger('Contact_Identify', (t) => (t.operations = [])),
            ['triggers[2].operations: must not be empty']
        ],
        [
            'an operation twice',
            withTrigger('Contact_Identify', (t) => (t.operations = ['update', 'insert', 'update'])),
            ['triggers[2].operations: lists "update" more than once']
        ],
        [
            'an empty changedFields',
            withTrigger('Opportunity_Stage_Changed', (t) => (t.changedFields = [])),
            ['triggers[4].changedFields: must not be empty']
        ],
        [
            'a label over 40 characters',
            withTrigger('Contact_Identify', (t) => (t.label = 'Contact identify, for the marketing teams')),
            ['triggers[2].label: is 41 characters; the maximum is 40']
        ],
        [
            'a name over 40 characters',
            withTrigger('Contact_Identify', (t) => (t.name = 'Contact_Identify_For_The_Marketing_Team_1')),
            ['triggers[2].name: is 41 characters; the maximum is 40']
        ],
        [
            'an objectTypeId over 10 digits',
            withTrigger('Account_Group', (t) => (t.objectTypeId = '12345678901')),
            ['triggers[0].objectTypeId: is 11 characters; the maximum is 10']
        ],
        [
            'a string where a list belongs',
            withTrigger('Opportunity_Stage_Changed', (t) => (t.changedFields = 'StageName' as never)),
            ['triggers[4].changedFields: must be an array']
        ]
    ])('reports %s', (_case, data, expected) => {
        expect(problemsOf(data)).toEqual(expected);
    });

    it.each<[string, (t: TriggerConfig) => void, string]>([
        [
            'a name with a double underscore',
            (t) => (t.name = 'Contact__Identify'),
            'triggers[2].name: must start with a letter and have only letters, digits and single underscores, ' +
                'not ending in an underscore (found "Contact__Identify")'
        ],
        [
            'a name ending in an underscore',
            (t) => (t.name = 'Contact_Identify_'),
            'triggers[2].name: must start with a letter and have only letters, digits and single underscores, ' +
                'not ending in an underscore (found "Contact_Identify_")'
        ],
        [
            'a name starting with a digit',
            (t) => (t.name = '1Contact'),
            'triggers[2].name: must start with a letter and have only letters, digits and single underscores, ' +
                'not ending in an underscore (found "1Contact")'
        ],
        [
            'a label with a leading space',
            (t) => (t.label = ' Contact identify'),
            'triggers[2].label: must be one line without leading or trailing spaces (found " Contact identify")'
        ],
        [
            'a description on two lines',
            (t) => (t.description = 'One\nTwo'),
            'triggers[2].description: must be one line without leading or trailing spaces (found "One\\nTwo")'
        ],
        [
            'an event with a trailing space',
            (t) => (t.event = 'Signed Up '),
            'triggers[2].event: must be one line without leading or trailing spaces (found "Signed Up ")'
        ],
        [
            'an object that is not an API name',
            (t) => (t.object = 'My Object'),
            'triggers[2].object: must be an API name: a letter, then letters, digits and underscores (found "My Object")'
        ],
        [
            'a parent path in changedFields',
            (t) => (t.changedFields = ['Email', 'Account.Name']),
            'triggers[2].changedFields[1]: must be a field API name of the object (a letter, then letters, digits ' +
                'and underscores) (found "Account.Name")'
        ],
        [
            'a user id field that is not a field path',
            (t) => (t.userIdField = 'Email '),
            'triggers[2].userIdField: must be a field API name, or a relationship and a field (Account.Industry) ' +
                '(found "Email ")'
        ],
        [
            'a group id field that is not a field path',
            (t) => (t.groupIdField = 'Account.'),
            'triggers[2].groupIdField: must be a field API name, or a relationship and a field (Account.Industry) ' +
                '(found "Account.")'
        ],
        [
            'a source that is not a field path',
            (t) => (t.mappings[1].source = 'First Name'),
            'triggers[2].mappings[1].source: must be a field API name, or a relationship and a field ' +
                '(Account.Industry) (found "First Name")'
        ],
        [
            'a target with an empty key',
            (t) => (t.mappings[1].target = 'name..first'),
            'triggers[2].mappings[1].target: must be keys separated by single dots, without spaces around a key ' +
                '(company.industry) (found "name..first")'
        ],
        [
            'a target with a space around a key',
            (t) => (t.mappings[1].target = 'name. first'),
            'triggers[2].mappings[1].target: must be keys separated by single dots, without spaces around a key ' +
                '(company.industry) (found "name. first")'
        ],
        [
            'an objectTypeId that is not digits',
            (t) => (t.objectTypeId = 'one'),
            'triggers[2].objectTypeId: must be digits only (found "one")'
        ]
    ])('explains the rule for %s', (_case, change, expected) => {
        expect(problemsOf(withTrigger('Contact_Identify', change))).toEqual([expected]);
    });

    it.each<[string, TriggersFile, string[]]>([
        [
            'a duplicate trigger name, ignoring case',
            withTrigger('Lead_Identify', (t) => (t.name = 'contact_identify')),
            ['triggers[3].name: "contact_identify" is already the name of triggers[2] (names ignore case)']
        ],
        [
            'a duplicate target',
            withTrigger('Lead_Identify', (t) => t.mappings.push({ source: 'Email', target: 'email' })),
            ['triggers[3].mappings[4].target: "email" is already the target of mappings[0]']
        ],
        [
            'a target that is a value and a parent',
            withTrigger('Lead_Identify', (t) => t.mappings.push({ source: 'Industry', target: 'company.industry' })),
            [
                'triggers[3].mappings[3].target: "company" cannot be both a value and the parent of ' +
                    '"company.industry" (mappings[4])'
            ]
        ],
        [
            'a source two parents up',
            withTrigger('Lead_Identify', (t) => (t.mappings[0].source = 'Owner.Manager.Email')),
            [
                'triggers[3].mappings[0].source: "Owner.Manager.Email" goes up 2 parents; use a field (Email) or ' +
                    'one parent hop (Account.Industry)'
            ]
        ],
        [
            'id fields two parents up',
            withTrigger('Account_Group', (t) => {
                t.userIdField = 'Owner.Manager.Email';
                t.groupIdField = 'Parent.Parent.Parent.Id';
            }),
            [
                'triggers[0].userIdField: "Owner.Manager.Email" goes up 2 parents; use a field (Email) or one ' +
                    'parent hop (Account.Industry)',
                'triggers[0].groupIdField: "Parent.Parent.Parent.Id" goes up 3 parents; use a field (Email) or one ' +
                    'parent hop (Account.Industry)'
            ]
        ],
        [
            'an object that cannot carry the Apex trigger',
            withTrigger('Account_Group', (t) => (t.object = 'CIO_Event_Trigger__mdt')),
            [
                "triggers[0].object: 'CIO_Event_Trigger__mdt' is a custom metadata type; Apex triggers cannot be " +
                    'defined on custom metadata types.'
            ]
        ],
        [
            'changed fields longer than Changed_Fields__c holds',
            withTrigger('Opportunity_Stage_Changed', (t) => {
                t.changedFields = Array.from({ length: 13 }, (_, i) => `Custom_Field_Number_${i}__c`);
            }),
            ['triggers[4].changedFields: is 327 characters written comma-separated; Changed_Fields__c holds 255']
        ],
        [
            'nothing for a derived mapping name of exactly 40 characters',
            withTrigger('Opportunity_Stage_Changed', (t) =>
                t.mappings.push({ source: 'NextStep', target: 'next_step_text' })
            ),
            []
        ],
        [
            'a derived mapping name over 40 characters',
            withTrigger('Opportunity_Stage_Changed', (t) =>
                t.mappings.push({ source: 'NextStep', target: 'next_step_text1' })
            ),
            [
                'triggers[4].mappings[3].target: gives the mapping record name ' +
                    'Opportunity_Stage_Changed_next_step_text1, which is 41 characters; the maximum is 40 ' +
                    '(shorten the trigger name or the target)'
            ]
        ],
        [
            'two targets that give one mapping name',
            withTrigger('Lead_Identify', (t) => t.mappings.push({ source: 'FirstName', target: 'first-name' })),
            [
                'triggers[3].mappings[4].target: gives the mapping record name Lead_Identify_first_name, as ' +
                    'triggers[3].mappings[1].target does'
            ]
        ],
        [
            'two targets that give one mapping name ignoring case',
            withTrigger('Lead_Identify', (t) => t.mappings.push({ source: 'Email', target: 'EMAIL' })),
            [
                'triggers[3].mappings[4].target: gives the mapping record name Lead_Identify_EMAIL, as ' +
                    'triggers[3].mappings[0].target does'
            ]
        ],
        [
            'two triggers whose mappings give one name',
            (() => {
                const file = withTrigger('Lead_Identify', (t) => t.mappings.push({ source: 'Title', target: 'title' }));
                file.triggers.push({ ...file.triggers[3], name: 'Lead', label: 'Lead', mappings: [] });
                file.triggers[5].mappings = [{ source: 'Title', target: 'Identify.title' }];
                return file;
            })(),
            [
                'triggers[5].mappings[0].target: gives the mapping record name Lead_Identify_title, as ' +
                    'triggers[3].mappings[4].target does'
            ]
        ]
    ])('reports %s', (_case, data, expected) => {
        expect(problemsOf(data)).toEqual(expected);
    });

    it('reports every problem at once, in the order of the file', () => {
        const file = repoConfig();
        file.triggers[0].name = 'Account_Group_';
        delete file.triggers[1].event;
        for (let i = 0; i < 6; i++) file.triggers.push({ ...file.triggers[2], name: `Contact_${i}`, mappings: [] });
        file.triggers[10].mappings = [
            { source: 'A.B.C', target: 'x' },
            { source: 'Email', target: 'x' }
        ];
        file.triggers[2].type = 'track';

        expect(problemsOf(file)).toEqual([
            'triggers[0].name: must start with a letter and have only letters, digits and single underscores, ' +
                'not ending in an underscore (found "Account_Group_")',
            'triggers[1].event: is required when type is "track"',
            'triggers[2].event: is required when type is "track"',
            'triggers[10].mappings[0].source: "A.B.C" goes up 2 parents; use a field (Email) or one parent hop ' +
                '(Account.Industry)',
            'triggers[10].mappings[1].target: "x" is already the target of mappings[0]'
        ]);
    });

    it('checks what it can of a document the schema rejects, without failing on its shape', () => {
        expect(semanticProblems(null)).toEqual([]);
        expect(semanticProblems({ triggers: 'none' })).toEqual([]);
        expect(
            semanticProblems({
                triggers: [
                    7,
                    { name: 3, mappings: [null, { source: 'A.B.C' }, { target: 5 }] },
                    { name: 'A', object: 'B__e', changedFields: 'x', mappings: {} }
                ]
            })
        ).toEqual([
            'triggers[1].mappings[1].source: "A.B.C" goes up 2 parents; use a field (Email) or one parent hop ' +
                '(Account.Industry)',
            "triggers[2].object: 'B__e' is a platform event; its triggers support only after insert, so the " +
                'dispatcher cannot serve it.'
        ]);
    });

    it('turns JSON pointers into locations', () => {
        expect(locationOf('')).toBe('(root)');
        expect(locationOf('', 'triggers')).toBe('triggers');
        expect(locationOf('/triggers/2/mappings/0/target')).toBe('triggers[2].mappings[0].target');
        expect(locationOf('/triggers/0', 'a b')).toBe('triggers[0]["a b"]');
        expect(locationOf('/a~1b/c~0d')).toBe('["a/b"]["c~d"]');
    });
});

describe('records', () => {
    const records = toRecords({ triggers: [INVOICE_PAID] });

    it('writes a trigger record with every field in the examples order, escaped', () => {
        expect(records.map(recordFileName)).toEqual([
            'CIO_Event_Trigger.Invoice_Paid.md-meta.xml',
            'CIO_Field_Mapping.Invoice_Paid_email.md-meta.xml',
            'CIO_Field_Mapping.Invoice_Paid_company_industry.md-meta.xml',
            'CIO_Field_Mapping.Invoice_Paid_company_name.md-meta.xml',
            'CIO_Field_Mapping.Invoice_Paid_n_c_d.md-meta.xml'
        ]);
        expect(renderRecord(records[0])).toBe(
            [
                '<?xml version="1.0" encoding="UTF-8" ?>',
                '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
                '    <label>Invoice paid &amp; &lt;settled&gt;</label>',
                '    <protected>false</protected>',
                ...[
                    ['Object_API_Name__c', 'string', 'Contact'],
                    ['After_Insert__c', 'boolean', 'true'],
                    ['After_Update__c', 'boolean', 'true'],
                    ['After_Delete__c', 'boolean', 'false'],
                    ['After_Undelete__c', 'boolean', 'false'],
                    ['Event_Type__c', 'string', 'track'],
                    ['Event_Name__c', 'string', 'Invoice Paid'],
                    ['User_ID_Field__c', 'string', 'Account.Owner_Email__c'],
                    ['Group_ID_Field__c', 'string', 'AccountId'],
                    ['Object_Type_Id__c', 'string', '2'],
                    ['Changed_Fields__c', 'string', 'Email,Title'],
                    ['Active__c', 'boolean', 'false'],
                    ['Description__c', 'string', 'Q&amp;A: fires when "paid" &gt; 0 &lt;always&gt;.']
                ].flatMap(([field, type, value]) => [
                    '    <values>',
                    `        <field>${field}</field>`,
                    `        <value xsi:type="xsd:${type}">${value}</value>`,
                    '    </values>'
                ]),
                '</CustomMetadata>',
                ''
            ].join('\n')
        );
    });

    it('writes mapping records with a derived name, label and sort order', () => {
        expect(records[2]).toEqual({
            type: MAPPING_TYPE,
            name: 'Invoice_Paid_company_industry',
            label: 'Invoice paid & <settled>: company.indust',
            protected: false,
            values: [
                { field: 'Event_Trigger__c', type: 'string', value: 'Invoice_Paid' },
                { field: 'Source_Field__c', type: 'string', value: 'Account.Industry' },
                { field: 'Target_Key__c', type: 'string', value: 'company.industry' },
                { field: 'Sort_Order__c', type: 'double', value: 2 },
                { field: 'Send_Blank_As_Null__c', type: 'boolean', value: false }
            ]
        });
        expect(records[1].values[4]).toEqual({ field: 'Send_Blank_As_Null__c', type: 'boolean', value: true });
    });

    it('reads back what it writes', () => {
        for (const record of records) {
            expect(parseRecord(recordFileName(record), renderRecord(record))).toEqual(record);
        }
    });

    it('round-trips a file through records', () => {
        const { file, problems, warnings } = fromRecords(
            records.map((record) => parseRecord(recordFileName(record), renderRecord(record)))
        );

        expect(problems).toEqual([]);
        expect(warnings).toEqual([]);
        expect(file).toEqual({
            $schema: './triggers.schema.json',
            triggers: [
                {
                    ...INVOICE_PAID,
                    operations: ['insert', 'update'],
                    mappings: INVOICE_PAID.mappings.map(({ source, target, sendBlankAsNull }) =>
                        sendBlankAsNull ? { source, target, sendBlankAsNull } : { source, target }
                    )
                }
            ]
        });
    });

    it('wraps a value line over 1000 characters the way Prettier does', () => {
        const [record] = toRecords({ triggers: [{ ...INVOICE_PAID, description: '&'.repeat(255) }] });

        expect(renderRecord(record)).toContain(
            `        <value\n            xsi:type="xsd:string"\n        >${'&amp;'.repeat(255)}</value>\n`
        );
        expect(parseRecord(recordFileName(record), renderRecord(record)).values[12].value).toBe('&'.repeat(255));
    });

    it('writes files that Prettier leaves as they are', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cio-triggers-prettier-'));
        try {
            const wide: TriggerConfig = {
                ...INVOICE_PAID,
                name: 'Wide',
                description: `${'&<>'.repeat(85)}`,
                operations: ['insert', 'update', 'delete', 'undelete'],
                changedFields: Array.from({ length: 9 }, (_, i) => `Custom_Field_Number_${i}__c`),
                mappings: [{ source: 'Account.A_Very_Long_Custom_Field_Name_Of_Many_Words__c', target: 'x'.repeat(80) }]
            };
            const file: TriggersFile = { triggers: [INVOICE_PAID, wide, { ...wide, name: 'Bare', mappings: [] }] };
            for (const record of toRecords(file))
                writeFileSync(join(dir, recordFileName(record)), renderRecord(record));
            writeFileSync(join(dir, 'triggers.json'), renderTriggersFile(file));

            const files = readdirSync(dir).map((name) => join(dir, name));
            expect(files).toHaveLength(9);

            const config = join(PROJECT_ROOT, '.prettierrc.json'); // a file outside the project has no config
            const result = await run('npx', ['prettier', '--config', config, '--check', ...files], {
                cwd: PROJECT_ROOT
            });

            expect(result.stdout + result.stderr).toContain('All matched files use Prettier code style!');
            expect(result.code).toBe(0);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('formatJson', () => {
    it('prints like Prettier: short lists and plain objects on one line, the rest one item per line', () => {
        expect(
            formatJson({
                a: [],
                b: {},
                c: ['x', 'y'],
                d: [
                    { k: 1, l: true },
                    { k: 2, l: null }
                ],
                e: [{ k: 1 }]
            })
        ).toBe(
            [
                '{',
                '    "a": [],',
                '    "b": {},',
                '    "c": ["x", "y"],',
                '    "d": [',
                '        { "k": 1, "l": true },',
                '        { "k": 2, "l": null }',
                '    ],',
                '    "e": [{ "k": 1 }]',
                '}',
                ''
            ].join('\n')
        );
        expect(formatJson({ list: ['a'.repeat(60), 'b'.repeat(60)] })).toBe(
            `{\n    "list": [\n        "${'a'.repeat(60)}",\n        "${'b'.repeat(60)}"\n    ]\n}\n`
        );
        expect(formatJson([{ a: [1] }])).toBe('[\n    {\n        "a": [1]\n    }\n]\n');
    });
});

describe('parseRecord', () => {
    const xml = (values: string, root = 'CustomMetadata'): string =>
        `<?xml version="1.0" encoding="UTF-8" ?>\n<${root} xmlns:xsi="x"><label>L</label><protected>true</protected>${values}</${root}>`;
    const value = (field: string, type: string | undefined, text: string): string =>
        `<values><field>${field}</field><value${type ? ` xsi:type="xsd:${type}"` : ''}>${text}</value></values>`;

    it('reads labels, protection, entities, nil and empty values', () => {
        expect(
            parseRecord(
                'CIO_Event_Trigger.T.md-meta.xml',
                xml(
                    value('Object_API_Name__c', 'string', 'A &amp; B &#233;') +
                        '<values><field>Event_Name__c</field><value xsi:nil="true"/></values>' +
                        value('Description__c', 'string', '') +
                        value('Active__c', 'boolean', 'true')
                )
            )
        ).toEqual({
            type: TRIGGER_TYPE,
            name: 'T',
            label: 'L',
            protected: true,
            values: [
                { field: 'Object_API_Name__c', type: 'string', value: 'A & B é' },
                { field: 'Active__c', type: 'boolean', value: true }
            ]
        });
    });

    it.each([
        [
            'Other_Type.T.md-meta.xml',
            xml(''),
            'is not named CIO_Event_Trigger.<Name>.md-meta.xml or CIO_Field_Mapping.<Name>.md-meta.xml'
        ],
        ['CIO_Event_Trigger.T.md-meta.xml', '<CustomMetadata><label>', 'line 1 is not well-formed XML: '],
        ['CIO_Event_Trigger.T.md-meta.xml', xml('', 'CustomObject'), 'is not a CustomMetadata record'],
        [
            'CIO_Event_Trigger.T.md-meta.xml',
            xml('<values><value>x</value></values>'),
            'has a <values> entry without a <field>'
        ],
        [
            'CIO_Event_Trigger.T.md-meta.xml',
            xml(value('Target_Key__c', 'string', 'x')),
            'sets Target_Key__c, which CIO_Event_Trigger__mdt does not have'
        ],
        [
            'CIO_Field_Mapping.M.md-meta.xml',
            xml(value('Sort_Order__c', 'string', '1')),
            'Sort_Order__c is xsd:string; expected xsd:double'
        ],
        [
            'CIO_Field_Mapping.M.md-meta.xml',
            xml(value('Sort_Order__c', undefined, '1')),
            'Sort_Order__c is untyped; expected xsd:double'
        ],
        [
            'CIO_Field_Mapping.M.md-meta.xml',
            xml(value('Sort_Order__c', 'double', 'first')),
            'Sort_Order__c is "first"; expected a number'
        ],
        [
            'CIO_Field_Mapping.M.md-meta.xml',
            xml(value('Send_Blank_As_Null__c', 'boolean', 'yes')),
            'Send_Blank_As_Null__c is "yes"; expected true or false'
        ]
    ])('rejects %s %#', (fileName, text, message) => {
        expect(() => parseRecord(fileName, text)).toThrow(message);
    });
});

describe('fromRecords', () => {
    function record(
        type: MetadataRecord['type'],
        name: string,
        values: [string, string | boolean | number][]
    ): MetadataRecord {
        return {
            type,
            name,
            label: name,
            protected: false,
            values: values.map(([field, value]) => ({ field, type: RECORD_FIELDS[type][field], value }))
        };
    }

    it('orders mappings by Sort_Order__c, then name, unsorted last, and says what import would rename', () => {
        const result = fromRecords([
            record(TRIGGER_TYPE, 'b_Trigger', [['Object_API_Name__c', 'Lead']]),
            { ...record(TRIGGER_TYPE, 'A', [['Changed_Fields__c', ' Email , ,Title ']]), protected: true },
            record(MAPPING_TYPE, 'A_z', [
                ['Event_Trigger__c', 'A'],
                ['Target_Key__c', 'z']
            ]),
            Object.assign(
                record(MAPPING_TYPE, 'Second', [
                    ['Event_Trigger__c', 'A'],
                    ['Target_Key__c', 'y'],
                    ['Sort_Order__c', 20]
                ]),
                { protected: true }
            ),
            record(MAPPING_TYPE, 'First', [
                ['Event_Trigger__c', 'A'],
                ['Target_Key__c', 'x'],
                ['Sort_Order__c', 20]
            ]),
            record(MAPPING_TYPE, 'Orphan', [['Event_Trigger__c', 'Gone']]),
            record(MAPPING_TYPE, 'Loose', [['Target_Key__c', 'x']])
        ]);

        expect(result.file.triggers.map((trigger) => trigger.name)).toEqual(['A', 'b_Trigger']);
        expect(result.file.triggers[0]).toEqual({
            name: 'A',
            label: 'A',
            operations: [],
            changedFields: ['Email', 'Title'],
            active: false,
            mappings: [{ target: 'x' }, { target: 'y' }, { target: 'z' }]
        });
        expect(result.problems).toEqual([
            'CIO_Field_Mapping.Orphan: Event_Trigger__c names Gone, which is not a CIO_Event_Trigger record',
            'CIO_Field_Mapping.Loose: has no Event_Trigger__c'
        ]);
        expect(result.warnings).toEqual([
            'CIO_Event_Trigger.A: is protected; triggers:import writes protected false',
            'CIO_Field_Mapping.First: triggers:import names this mapping A_x',
            'CIO_Field_Mapping.Second: is protected; triggers:import writes protected false',
            'CIO_Field_Mapping.Second: triggers:import names this mapping A_y'
        ]);
        expect(result.sources.get('triggers[0].mappings[0]')).toBe('CIO_Field_Mapping.First');
    });
});

describe('triggers:export', () => {
    let root: string;
    const from = (): string => join(root, DEFAULT_RECORDS_DIR);

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'cio-triggers-export-'));
        mkdirSync(from(), { recursive: true });
        for (const record of toRecords({ triggers: [INVOICE_PAID] })) {
            writeFileSync(join(from(), recordFileName(record)), renderRecord(record));
        }
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('writes config/triggers.json by default', () => {
        const lines: string[] = [];

        expect(triggersExportCommand(root, [], (line) => lines.push(line))).toBe(0);
        expect(lines).toEqual([
            'wrote config/triggers.json',
            'triggers:export: passed (1 triggers, 4 mappings from examples/customMetadata → config/triggers.json)'
        ]);
        expect(JSON.parse(readFileSync(join(root, DEFAULT_CONFIG_FILE), 'utf8'))).toEqual(
            fromRecords(toRecords({ triggers: [INVOICE_PAID] })).file
        );
    });

    it('names the record behind each problem and writes nothing', () => {
        const trigger = join(from(), 'CIO_Event_Trigger.Invoice_Paid.md-meta.xml');
        writeFileSync(
            trigger,
            readFileSync(trigger, 'utf8').replace(/<values>\s*<field>Event_Name__c[\s\S]*?<\/values>/, '')
        );
        const mapping = join(from(), 'CIO_Field_Mapping.Invoice_Paid_email.md-meta.xml');
        writeFileSync(mapping, readFileSync(mapping, 'utf8').replace('>Email<', '>Owner.Manager.Email<'));
        writeFileSync(join(from(), 'CIO_Field_Mapping.Broken.md-meta.xml'), '<CustomMetadata>');
        writeFileSync(
            join(from(), 'CIO_Field_Mapping.Orphan.md-meta.xml'),
            renderRecord({ ...toRecords({ triggers: [INVOICE_PAID] })[1], name: 'Orphan' }).replace(
                '>Invoice_Paid<',
                '>Gone<'
            )
        );
        writeFileSync(join(from(), 'Other_Type.Ignored.md-meta.xml'), 'not even XML');
        const lines: string[] = [];

        expect(triggersExportCommand(root, ['--out', 'out/triggers.json'], (line) => lines.push(line))).toBe(1);
        expect(lines).toEqual([
            'error: examples/customMetadata/CIO_Field_Mapping.Broken.md-meta.xml: line 1 is not well-formed XML: ' +
                "Unclosed tag 'CustomMetadata'.",
            'error: examples/customMetadata/CIO_Field_Mapping.Orphan.md-meta.xml: Event_Trigger__c names Gone, which ' +
                'is not a CIO_Event_Trigger record',
            'error: examples/customMetadata/CIO_Event_Trigger.Invoice_Paid.md-meta.xml: triggers[0].event: is ' +
                'required when type is "track"',
            'error: examples/customMetadata/CIO_Field_Mapping.Invoice_Paid_email.md-meta.xml: ' +
                'triggers[0].mappings[0].source: "Owner.Manager.Email" goes up 2 parents; use a field (Email) or ' +
                'one parent hop (Account.Industry)',
            'triggers:export: FAILED (1 triggers, 4 mappings from examples/customMetadata; out/triggers.json not written)'
        ]);
        expect(existsSync(join(root, 'out'))).toBe(false);
    });

    it('names the record of a duplicate trigger', () => {
        const trigger = join(from(), 'CIO_Event_Trigger.Invoice_Paid.md-meta.xml');
        writeFileSync(join(from(), 'CIO_Event_Trigger.invoice_paid.md-meta.xml'), readFileSync(trigger, 'utf8'));

        const result = exportTriggers(root);

        expect(result.errors).toEqual([
            'examples/customMetadata/CIO_Event_Trigger.invoice_paid.md-meta.xml: triggers[1].name: "invoice_paid" ' +
                'is already the name of triggers[0] (names ignore case)'
        ]);
    });

    it('warns about what a round trip would rename', () => {
        const mapping = join(from(), 'CIO_Field_Mapping.Invoice_Paid_email.md-meta.xml');
        writeFileSync(join(from(), 'CIO_Field_Mapping.Email_Map.md-meta.xml'), readFileSync(mapping, 'utf8'));
        rmSync(mapping);

        const result = exportTriggers(root);

        expect(result.ok).toBe(true);
        expect(result.warnings).toEqual([
            'examples/customMetadata/CIO_Field_Mapping.Email_Map.md-meta.xml: triggers:import names this mapping ' +
                'Invoice_Paid_email'
        ]);
    });

    it('needs a folder with trigger records', () => {
        expect(() => exportTriggers(root, { from: 'nowhere' })).toThrow('nowhere is not a folder');
        mkdirSync(join(root, 'empty'));
        writeFileSync(join(root, 'empty', 'CIO_Field_Mapping.X.md-meta.xml'), '');
        expect(() => exportTriggers(root, { from: 'empty' })).toThrow(
            'empty has no CIO_Event_Trigger.*.md-meta.xml records'
        );
    });
});

describe('triggers:import', () => {
    let root: string;
    const out = (): string => join(root, DEFAULT_RECORDS_DIR);
    const writeConfig = (file: unknown): void => {
        mkdirSync(join(root, 'config'), { recursive: true });
        writeFileSync(join(root, DEFAULT_CONFIG_FILE), typeof file === 'string' ? file : JSON.stringify(file));
    };

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'cio-triggers-import-'));
        writeConfig(repoConfig());
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('writes the records, then only what changed', () => {
        expect(importTriggers(root).written).toHaveLength(21);
        const file = repoConfig();
        file.triggers[2].mappings[1].sendBlankAsNull = true;
        writeConfig(file);
        const lines: string[] = [];

        expect(triggersImportCommand(root, [], (line) => lines.push(line))).toBe(0);
        expect(lines).toEqual([
            'wrote examples/customMetadata/CIO_Field_Mapping.Contact_Identify_first_name.md-meta.xml',
            'triggers:import: passed (5 triggers, 16 mappings from config/triggers.json → examples/customMetadata: ' +
                '1 written, 20 unchanged, 0 deleted)'
        ]);
        expect(
            readFileSync(join(out(), 'CIO_Field_Mapping.Contact_Identify_first_name.md-meta.xml'), 'utf8')
        ).toContain('<value xsi:type="xsd:boolean">true</value>');
    });

    it('reports every problem and writes nothing', () => {
        const file = repoConfig();
        delete file.triggers[1].event;
        file.triggers[3].mappings.push({ source: 'Industry', target: 'company.industry' });
        writeConfig(file);
        const lines: string[] = [];

        expect(triggersImportCommand(root, [], (line) => lines.push(line))).toBe(1);
        expect(lines).toEqual([
            'error: triggers[1].event: is required when type is "track"',
            'error: triggers[3].mappings[3].target: "company" cannot be both a value and the parent of ' +
                '"company.industry" (mappings[4])',
            'triggers:import: FAILED (2 problems in config/triggers.json; nothing written)'
        ]);
        expect(existsSync(out())).toBe(false);
    });

    it('reports a file that is not JSON', () => {
        writeConfig('{ "triggers": [ }');

        const result = importTriggers(root);

        expect(result.errors).toEqual([expect.stringMatching(/^config\/triggers\.json is not valid JSON: /)]);
        expect(result.summary).toBe('1 problem in config/triggers.json; nothing written');
    });

    it('needs the file', () => {
        expect(() => importTriggers(root, { from: 'config/none.json' })).toThrow('config/none.json does not exist');
    });

    it('leaves records the file no longer has, unless --prune', () => {
        importTriggers(root);
        const file = repoConfig();
        file.triggers = file.triggers.filter((trigger) => trigger.name !== 'Lead_Identify');
        file.triggers[0].mappings.pop();
        writeConfig(file);
        writeFileSync(join(out(), 'Other_Type.Kept.md-meta.xml'), 'someone else’s');
        const stale = [
            'CIO_Event_Trigger.Lead_Identify.md-meta.xml',
            'CIO_Field_Mapping.Account_Group_employees.md-meta.xml',
            'CIO_Field_Mapping.Lead_Identify_company.md-meta.xml',
            'CIO_Field_Mapping.Lead_Identify_email.md-meta.xml',
            'CIO_Field_Mapping.Lead_Identify_first_name.md-meta.xml',
            'CIO_Field_Mapping.Lead_Identify_last_name.md-meta.xml'
        ];

        const kept = importTriggers(root);

        expect(kept.warnings).toEqual(
            stale.map((name) => `examples/customMetadata/${name} is not in config/triggers.json; --prune deletes it`)
        );
        expect(stale.every((name) => existsSync(join(out(), name)))).toBe(true);

        const lines: string[] = [];
        expect(triggersImportCommand(root, ['--prune'], (line) => lines.push(line))).toBe(0);
        expect(lines).toEqual([
            ...stale.map((name) => `deleted examples/customMetadata/${name}`),
            'triggers:import: passed (4 triggers, 11 mappings from config/triggers.json → examples/customMetadata: ' +
                '0 written, 15 unchanged, 6 deleted)'
        ]);
        expect(readdirSync(out())).toHaveLength(16);
        expect(existsSync(join(out(), 'Other_Type.Kept.md-meta.xml'))).toBe(true);
    });

    it('renames a record whose name changes only in case, since the platform sees one record', () => {
        importTriggers(root);
        const file = repoConfig();
        file.triggers[2].mappings[0].target = 'Email';
        writeConfig(file);

        const result = importTriggers(root);

        expect(result.written).toEqual([
            'examples/customMetadata/CIO_Field_Mapping.Contact_Identify_Email.md-meta.xml'
        ]);
        expect(result.warnings).toEqual([]);
        expect(result.deleted).toEqual([]);
        const names = readdirSync(out()).filter((name) => /Contact_Identify_email/i.test(name));
        expect(names).toEqual(['CIO_Field_Mapping.Contact_Identify_Email.md-meta.xml']);
    });

    it('warns about objects without the Apex trigger, when it can tell', () => {
        writeFileSync(
            join(root, 'sfdx-project.json'),
            JSON.stringify({ packageDirectories: [{ path: 'force-app' }, { path: 'gone' }] })
        );
        mkdirSync(join(root, 'force-app/triggers'), { recursive: true });
        writeFileSync(
            join(root, 'force-app/triggers/CioContactTrigger.trigger'),
            'trigger CioContactTrigger on contact(after insert) {}'
        );

        const result = importTriggers(root, { out: 'records' });

        expect(result.ok).toBe(true);
        expect(result.warnings).toEqual(
            [
                ['0', 'Account'],
                ['1', 'Case'],
                ['3', 'Lead'],
                ['4', 'Opportunity']
            ].map(
                ([t, object]) =>
                    `triggers[${t}].object: ${object} has no Apex trigger in this project ` +
                    `(npm run generate:trigger -- ${object} writes Cio${object}Trigger)`
            )
        );
    });
});

describe('the command lines', () => {
    afterEach(() => jest.restoreAllMocks());

    it.each<[string[], boolean, object]>([
        [[], true, {}],
        [['--from', 'a.json', '--out', 'dir', '--prune'], true, { from: 'a.json', out: 'dir', prune: true }],
        [['--from=a.json', '--out=d'], false, { from: 'a.json', out: 'd' }],
        [['--help'], false, { help: true }],
        [['-h'], true, { help: true }]
    ])('reads %j', (argv, allowPrune, expected) => {
        expect(parseTriggersArgs(argv, IMPORT_USAGE, allowPrune)).toEqual(expected);
    });

    it.each([[['--from']], [['--out', '--prune']], [['--out=']], [['--from', '']]])(
        'refuses %j with the usage text',
        (argv) => {
            expect(() => parseTriggersArgs(argv, IMPORT_USAGE, true)).toThrow(new UsageError(IMPORT_USAGE));
        }
    );

    it('names an unknown option or argument', () => {
        expect(() => parseTriggersArgs(['--prune'], EXPORT_USAGE, false)).toThrow(
            new UsageError(`unknown option --prune\n\n${EXPORT_USAGE}`)
        );
        expect(() => parseTriggersArgs(['config/triggers.json'], IMPORT_USAGE, true)).toThrow(
            new UsageError(`unexpected argument config/triggers.json\n\n${IMPORT_USAGE}`)
        );
    });

    it('prints the usage for --help', () => {
        const lines: string[] = [];

        expect(triggersExportCommand(PROJECT_ROOT, ['--help'], (line) => lines.push(line))).toBe(0);
        expect(triggersImportCommand(PROJECT_ROOT, ['-h'], (line) => lines.push(line))).toBe(0);
        expect(lines).toEqual([EXPORT_USAGE, IMPORT_USAGE]);
    });

    it('exits 64 with only the usage text on a usage error', async () => {
        const errors: string[] = [];
        jest.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
        const originalExitCode = process.exitCode;
        try {
            main(async () => triggersImportCommand(PROJECT_ROOT, ['--out']));
            await new Promise((resolve) => setImmediate(resolve));

            expect(process.exitCode).toBe(64);
            expect(errors).toEqual([IMPORT_USAGE]);
        } finally {
            process.exitCode = originalExitCode;
        }
    });

    it.each([
        ['triggers:export', EXPORT_USAGE],
        ['triggers:import', IMPORT_USAGE]
    ])('%s is wired as an npm script that prints usage, not a stack trace', async (script, usage) => {
        const result = await run('npm', ['run', '--silent', script, '--', '--bogus'], { cwd: PROJECT_ROOT });

        expect(result.code).toBe(64);
        expect(result.stderr.trim()).toBe(`unknown option --bogus\n\n${usage}`);
        expect(result.stdout).toBe('');
    });
});

describe('imported records in a copy of the project', () => {
    let workspace: string;

    beforeAll(() => {
        workspace = makeWorkspace();
        const file = repoConfig();
        file.triggers.push(INVOICE_PAID, {
            name: 'Contact_Deleted',
            label: 'Contact deleted',
            object: 'Contact',
            operations: ['delete'],
            type: 'delete',
            userIdField: 'Email',
            active: true,
            mappings: []
        });
        file.triggers = file.triggers.filter((trigger) => trigger.name !== 'Case_Opened');
        writeFileSync(join(workspace, DEFAULT_CONFIG_FILE), renderTriggersFile(file));
        const result = importTriggers(workspace, { prune: true });
        expect(result.errors).toEqual([]);
        expect(result.deleted).toHaveLength(4);
        buildLwc(workspace);
    });

    afterAll(() => removeWorkspace(workspace));

    it('pass the metadata gate: every field exists and every mapping names a trigger', async () => {
        const result = await checkMetadata(workspace);

        expect(result.errors).toEqual([]);
        expect(result.ok).toBe(true);
        const packageXml = readFileSync(join(workspace, 'build', 'metadata', 'package.xml'), 'utf8');
        expect(packageXml).toContain('<members>CIO_Event_Trigger.Invoice_Paid</members>');
        expect(packageXml).toContain('<members>CIO_Field_Mapping.Invoice_Paid_company_industry</members>');
        expect(packageXml).not.toContain('Case_Opened');
    });

    it('export back to the file they came from', () => {
        const out = join(workspace, 'exported.json');

        expect(exportTriggers(workspace, { out }).errors).toEqual([]);
        const exported = JSON.parse(readFileSync(out, 'utf8')) as TriggersFile;
        const source = JSON.parse(readFileSync(join(workspace, DEFAULT_CONFIG_FILE), 'utf8')) as TriggersFile;
        expect(exported.triggers.map((trigger) => trigger.name)).toEqual(
            source.triggers.map((trigger) => trigger.name).sort()
        );
        expect(exported.triggers.find((trigger) => trigger.name === 'Invoice_Paid')).toEqual({
            ...INVOICE_PAID,
            operations: ['insert', 'update'],
            mappings: INVOICE_PAID.mappings.map(({ source: from, target, sendBlankAsNull }) =>
                sendBlankAsNull ? { source: from, target, sendBlankAsNull } : { source: from, target }
            )
        });
    });
});
