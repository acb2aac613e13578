import {
    MAX_NAME,
    PARENT_PREFIX,
    clientErrors,
    cloneDraft,
    developerNameFrom,
    draftFromTrigger,
    emptyDraft,
    emptyMapping,
    errorsByField,
    fieldOptions,
    formatLabel,
    moveMapping,
    parentField,
    reservedHint,
    reservedKeys,
    sourceOptions,
    splitSource,
    toInput,
    uniqueName,
    withCurrent,
    type ListedTrigger,
    type ReservedHints,
    type TriggerDraft
} from '../editorModel';
import type { ObjectSchema } from '../editorTypes';

const MESSAGES = { required: 'Required.', noOperation: 'Pick one.', duplicateTarget: '"{0}" is also mapping {1}.' };
const HINTS: ReservedHints = {
    email: 'EMAIL',
    createdAt: 'CREATED',
    unsubscribed: 'UNSUB',
    subscriptionPreferences: 'PREFS',
    identifier: 'ID',
    objectTypeId: 'TYPE',
    relationshipAttributes: 'REL',
    caseMismatch: 'Did you mean {0}?'
};

const CONTACT: ObjectSchema = {
    apiName: 'Contact',
    label: 'Contact',
    fields: [
        {
            apiName: 'AccountId',
            label: 'Account ID',
            type: 'REFERENCE',
            relationshipName: 'Account',
            referenceTo: 'Account'
        },
        { apiName: 'Email', label: 'Email', type: 'EMAIL' },
        { apiName: 'WhoId', label: 'Name ID', type: 'REFERENCE' }
    ]
};

function listed(patch: Partial<ListedTrigger> = {}): ListedTrigger {
    return {
        developerName: 'Opportunity_Stage_Changed',
        label: 'Opportunity stage changed',
        objectApiName: ' Opportunity ',
        operations: ['Insert', 'Update'],
        eventType: 'track',
        eventName: 'Stage Changed',
        userIdField: 'Contact.Email',
        groupIdField: null,
        objectTypeId: null,
        changedFields: 'StageName, Amount',
        active: true,
        description: 'Deals',
        mappings: [
            { sourceField: 'StageName', targetKey: 'stage', sendBlankAsNull: false },
            { sourceField: 'Amount', targetKey: 'amount', sendBlankAsNull: true }
        ],
        ...patch
    };
}

function draft(patch: Partial<TriggerDraft> = {}): TriggerDraft {
    return {
        ...emptyDraft(),
        name: 'Contact_Identify',
        label: 'Contact identify',
        objectApiName: 'Contact',
        userIdField: 'Email',
        ...patch
    };
}

describe('editorModel', () => {
    describe('drafts', () => {
        it('starts a new trigger as an active identify on insert and update with no mappings', () => {
            expect(emptyDraft()).toEqual({
                name: '',
                label: '',
                objectApiName: '',
                operations: ['insert', 'update'],
                eventType: 'identify',
                eventName: null,
                userIdField: null,
                groupIdField: null,
                objectTypeId: null,
                changedFields: [],
                active: true,
                description: null,
                mappings: []
            });
        });

        it('turns a listed trigger into a draft with lower-case operations, a changed-fields list and keyed mappings', () => {
            const result = draftFromTrigger(listed({ operations: ['Update', 'Insert', 'Undelete'] }));

            expect(result.operations).toEqual(['insert', 'update', 'undelete']);
            expect(result.objectApiName).toBe('Opportunity');
            expect(result.changedFields).toEqual(['StageName', 'Amount']);
            expect(
                result.mappings.map(({ source, target, sendBlankAsNull }) => [source, target, sendBlankAsNull])
            ).toEqual([
                ['StageName', 'stage', false],
                ['Amount', 'amount', true]
            ]);
            expect(new Set(result.mappings.map((mapping) => mapping.key)).size).toBe(2);
        });

        it('defaults a listed trigger without event type or label to identify and its API name', () => {
            const result = draftFromTrigger(listed({ eventType: null, label: '', changedFields: null, mappings: [] }));

            expect(result.eventType).toBe('identify');
            expect(result.label).toBe('Opportunity_Stage_Changed');
            expect(result.changedFields).toEqual([]);
        });

        it('clones under a free name, with the copy suffix, inactive', () => {
            const result = cloneDraft(
                listed(),
                ['Opportunity_Stage_Changed', 'opportunity_stage_changed_copy'],
                '(copy)'
            );

            expect(result.name).toBe('Opportunity_Stage_Changed_Copy_2');
            expect(result.label).toBe('Opportunity stage changed (copy)');
            expect(result.active).toBe(false);
            expect(result.eventName).toBe('Stage Changed');
        });

        it('gives every new mapping row its own key', () => {
            expect(emptyMapping().key).not.toBe(emptyMapping().key);
        });
    });

    describe('names', () => {
        it.each([
            ['Contact identify', 'Contact_identify'],
            ['  Café résumé — sync!  ', 'Cafe_resume_sync'],
            ['123 Leads', 'Leads'],
            ['___', ''],
            ['a'.repeat(50), 'a'.repeat(40)],
            [`${'a'.repeat(39)} b`, 'a'.repeat(39)]
        ])('derives the DeveloperName of %j as %j', (label, expected) => {
            expect(developerNameFrom(label)).toBe(expected);
        });

        it('keeps a free name and numbers a taken one, ignoring case and staying within 40 characters', () => {
            expect(uniqueName('Lead_Identify', ['Contact_Identify'])).toBe('Lead_Identify');
            expect(uniqueName('Lead_Identify', ['LEAD_IDENTIFY', 'lead_identify_2'])).toBe('Lead_Identify_3');
            const long = 'x'.repeat(MAX_NAME);
            expect(uniqueName(long, [long])).toBe(`${'x'.repeat(MAX_NAME - 2)}_2`);
            expect(uniqueName('', [])).toBe('_2');
        });
    });

    describe('toInput', () => {
        it('trims text, turns blanks into null and orders operations as the form does', () => {
            const input = toInput(
                draft({
                    name: ' Contact_Identify ',
                    label: ' Contact identify ',
                    operations: ['update', 'insert'],
                    description: '  ',
                    changedFields: [' Email ', ''],
                    mappings: [{ key: 'k', source: ' Email ', target: ' email ', sendBlankAsNull: true }]
                })
            );

            expect(input).toEqual({
                name: 'Contact_Identify',
                label: 'Contact identify',
                objectApiName: 'Contact',
                operations: ['insert', 'update'],
                eventType: 'identify',
                eventName: null,
                userIdField: 'Email',
                groupIdField: null,
                objectTypeId: null,
                changedFields: ['Email'],
                active: true,
                description: null,
                mappings: [{ source: 'Email', target: 'email', sendBlankAsNull: true }]
            });
        });

        it('drops what the event type does not use, so hidden fields are never saved', () => {
            const values = { eventName: 'Signed Up', groupIdField: 'AccountId', objectTypeId: '2' };

            expect(toInput(draft({ ...values, eventType: 'identify' }))).toMatchObject({
                eventName: null,
                groupIdField: null,
                objectTypeId: null
            });
            expect(toInput(draft({ ...values, eventType: 'track' }))).toMatchObject({
                eventName: 'Signed Up',
                groupIdField: null
            });
            expect(toInput(draft({ ...values, eventType: 'group' }))).toMatchObject({
                groupIdField: 'AccountId',
                objectTypeId: '2'
            });
            expect(toInput(draft({ ...values, eventType: 'delete' }))).toMatchObject({
                groupIdField: 'AccountId',
                objectTypeId: null
            });
        });

        it('keeps changed fields only when updates are sent', () => {
            expect(toInput(draft({ operations: ['insert'], changedFields: ['Email'] })).changedFields).toEqual([]);
        });
    });

    describe('clientErrors', () => {
        it('finds nothing wrong with a complete identify trigger', () => {
            expect(clientErrors(toInput(draft()), MESSAGES)).toEqual([]);
        });

        it('reports every missing value under the same keys as the server', () => {
            const input = toInput({
                ...emptyDraft(),
                eventType: 'track',
                operations: [],
                mappings: [{ key: 'k', source: '', target: ' ', sendBlankAsNull: false }]
            });

            expect(clientErrors(input, MESSAGES)).toEqual([
                { field: 'label', message: 'Required.' },
                { field: 'name', message: 'Required.' },
                { field: 'objectApiName', message: 'Required.' },
                { field: 'operations', message: 'Pick one.' },
                { field: 'eventName', message: 'Required.' },
                { field: 'userIdField', message: 'Required.' },
                { field: 'mappings[0].source', message: 'Required.' },
                { field: 'mappings[0].target', message: 'Required.' }
            ]);
        });

        it('does not require a user id for group and delete triggers', () => {
            expect(clientErrors(toInput(draft({ eventType: 'group', userIdField: null })), MESSAGES)).toEqual([]);
            expect(clientErrors(toInput(draft({ eventType: 'delete', userIdField: null })), MESSAGES)).toEqual([]);
        });

        it('rejects a duplicate target key and names the row it first appears on', () => {
            const mappings = ['email', 'first_name', 'email', 'Email'].map((target, index) => ({
                key: String(index),
                source: 'Email',
                target,
                sendBlankAsNull: false
            }));

            expect(clientErrors(toInput(draft({ mappings })), MESSAGES)).toEqual([
                { field: 'mappings[2].target', message: '"email" is also mapping 1.' }
            ]);
        });

        it('keeps the first message of each field', () => {
            expect(
                errorsByField([
                    { field: 'name', message: 'first' },
                    { field: 'name', message: 'second' },
                    { field: 'label', message: 'label' }
                ])
            ).toEqual({ name: 'first', label: 'label' });
            expect(errorsByField(null)).toEqual({});
        });
    });

    describe('helpers', () => {
        it('fills numbered placeholders and leaves unknown ones visible', () => {
            expect(formatLabel('{0} of {1} ({2})', 'a', 2)).toBe('a of 2 ({2})');
        });

        it('moves a mapping up and down, and not past either end', () => {
            expect(moveMapping(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
            expect(moveMapping(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
            expect(moveMapping(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
            expect(moveMapping(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
            expect(moveMapping(['a'], 5, -1)).toEqual(['a']);
        });

        it('splits a source path into relationship and field', () => {
            expect(splitSource('Account.Industry')).toEqual({ relationship: 'Account', field: 'Industry' });
            expect(splitSource('Email')).toEqual({ relationship: null, field: 'Email' });
        });

        it('lists fields as Setup names them, then one entry per single-target lookup', () => {
            expect(fieldOptions(CONTACT)).toEqual([
                { label: 'Account ID (AccountId)', value: 'AccountId' },
                { label: 'Email (Email)', value: 'Email' },
                { label: 'Name ID (WhoId)', value: 'WhoId' }
            ]);
            expect(sourceOptions(CONTACT, '{0} → {1}').slice(3)).toEqual([
                { label: 'Account ID → Account', value: `${PARENT_PREFIX}Account` }
            ]);
            expect(fieldOptions(null)).toEqual([]);
        });

        it('finds the lookup of a relationship name, ignoring case', () => {
            expect(parentField(CONTACT, 'account')?.apiName).toBe('AccountId');
            expect(parentField(CONTACT, 'Owner')).toBeNull();
            expect(parentField(null, 'Account')).toBeNull();
        });

        it('adds the current value when the options do not list it', () => {
            const options = [{ label: 'Email', value: 'Email' }];
            expect(withCurrent(options, 'Email')).toBe(options);
            expect(withCurrent(options, '')).toBe(options);
            expect(withCurrent(options, 'Account.Industry')).toEqual([
                { label: 'Account.Industry', value: 'Account.Industry' },
                ...options
            ]);
        });
    });

    describe('reserved keys', () => {
        it.each([
            ['email', 'identify', 'EMAIL'],
            ['created_at', 'identify', 'CREATED'],
            ['createdAt', 'identify', 'CREATED'],
            ['unsubscribed', 'identify', 'UNSUB'],
            ['cio_subscription_preferences.topics.topic_3', 'identify', 'PREFS'],
            ['userId', 'identify', 'ID'],
            ['Email', 'identify', 'Did you mean email?'],
            ['object_type_id', 'group', 'TYPE'],
            ['relationshipAttributes.role', 'group', 'REL'],
            ['anonymousId', 'track', 'ID'],
            ['email', 'track', null],
            ['first_name', 'identify', null],
            ['  ', 'identify', null],
            ['email', 'delete', null]
        ])('explains %j for %s as %j', (target, eventType, expected) => {
            expect(reservedHint(target, eventType, HINTS)).toBe(expected);
        });

        it('suggests the keys an admin may map, not the ones the trigger sets', () => {
            expect(reservedKeys('identify')).toEqual([
                'email',
                'created_at',
                'createdAt',
                'unsubscribed',
                'cio_subscription_preferences'
            ]);
            expect(reservedKeys('track')).toEqual([]);
            expect(reservedKeys('unknown')).toEqual([]);
        });
    });
});
