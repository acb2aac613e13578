import { createElement } from 'lwc';
import CioTriggerForm from 'c/cioTriggerForm';
import listObjects from '@salesforce/apex/CioTriggerEditorController.listObjects';
import describeObject from '@salesforce/apex/CioTriggerEditorController.describeObject';
import validateTrigger from '@salesforce/apex/CioTriggerEditorController.validateTrigger';
import saveTrigger from '@salesforce/apex/CioTriggerEditorController.saveTrigger';
import deploymentStatus from '@salesforce/apex/CioTriggerEditorController.deploymentStatus';
import type { createApexTestWireAdapter } from '@salesforce/wire-service-jest-util';
import type {
    DeploymentStatus,
    FieldError,
    ListedTrigger,
    MappingDraft,
    ObjectSchema,
    SaveTriggerResult,
    TriggerInput
} from 'c/cioTriggerModel';

jest.mock(
    '@salesforce/apex/CioTriggerEditorController.listObjects',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/CioTriggerEditorController.describeObject', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/CioTriggerEditorController.validateTrigger', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/CioTriggerEditorController.saveTrigger', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioTriggerEditorController.deploymentStatus', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_FormEditHeading', () => ({ default: 'Edit {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Cio_TriggerEditor_FormProblems',
    () => ({ default: '{0} problem(s) to fix before saving:' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_Validation_Required', () => ({ default: 'This field is required.' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Cio_TriggerDeploy_DuplicateTarget',
    () => ({ default: '"{0}" is already the target of mapping {1}.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_TriggerEditor_FieldLabel', () => ({ default: 'Label' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_TriggerEditor_FieldName', () => ({ default: 'API name' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_TriggerEditor_FieldObject', () => ({ default: 'Object' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_TriggerEditor_FieldUserIdField', () => ({ default: 'User ID Field' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_MappingTarget', () => ({ default: 'Mapping {0} target key' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_CloneSuffix', () => ({ default: '(copy)' }), { virtual: true });

const objectsAdapter = listObjects as unknown as ReturnType<typeof createApexTestWireAdapter>;
const mockDescribe = describeObject as unknown as jest.Mock<Promise<ObjectSchema>, [{ objectApiName: string }]>;
const mockValidate = validateTrigger as unknown as jest.Mock<Promise<FieldError[]>, [{ input: TriggerInput }]>;
const mockSave = saveTrigger as unknown as jest.Mock<Promise<SaveTriggerResult>, [{ input: TriggerInput }]>;
const mockStatus = deploymentStatus as unknown as jest.Mock<Promise<DeploymentStatus>, [unknown]>;

// The same realistic fixtures the local preview serves (npm start).
const OBJECTS = jest.requireActual<{ apiName: string; label: string }[]>('./data/objects.json');
const CONTACT = jest.requireActual<ObjectSchema>('./data/schema.Contact.json');
const OPPORTUNITY = jest.requireActual<ObjectSchema>('./data/schema.Opportunity.json');
const CONTACT_FIELDS = CONTACT.fields.map((field) => field.apiName);

const LISTED: ListedTrigger = {
    developerName: 'Contact_Identify',
    label: 'Contact identify',
    objectApiName: 'Contact',
    operations: ['Insert', 'Update'],
    eventType: 'identify',
    userIdField: 'Email',
    changedFields: 'Email,FirstName',
    active: true,
    mappings: [
        { sourceField: 'Email', targetKey: 'email', sendBlankAsNull: false },
        { sourceField: 'FirstName', targetKey: 'first_name', sendBlankAsNull: false }
    ]
};

type Form = HTMLElement & { mode: string; trigger: ListedTrigger | null; existingNames: string[] };

/** Lets pending promises settle and the component re-render. */
function flush(): Promise<void> {
    return Array.from({ length: 8 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

async function mount(
    props: Partial<Form> = {}
): Promise<{ element: Form; events: { type: string; detail: unknown }[] }> {
    const element = createElement('c-cio-trigger-form', { is: CioTriggerForm }) as Form;
    Object.assign(element, props);
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['saved', 'cancel']) {
        element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
    }
    document.body.appendChild(element);
    objectsAdapter.emit(OBJECTS);
    await flush();
    return { element, events };
}

function root(element: HTMLElement): ShadowRoot {
    return element.shadowRoot!;
}

function el<T = HTMLElement & Record<string, unknown>>(element: HTMLElement, selector: string): T {
    const found = root(element).querySelector(selector);
    if (!found) {
        throw new Error(`nothing matches ${selector}`);
    }
    return found as unknown as T;
}

function has(element: HTMLElement, selector: string): boolean {
    return root(element).querySelector(selector) !== null;
}

function text(element: HTMLElement, selector: string): string {
    return root(element).querySelector(selector)?.textContent?.trim() ?? '';
}

async function change(element: HTMLElement, selector: string, detail: Record<string, unknown>): Promise<void> {
    el(element, selector).dispatchEvent(new CustomEvent('change', { detail }));
    await flush();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    el(element, selector).click();
    await flush();
}

/** Fills the seed's "Contact identify" trigger as an admin would. */
async function fillContactIdentify(element: HTMLElement): Promise<void> {
    await change(element, '.field-label', { value: 'Contact identify' });
    await change(element, '.field-object', { value: 'Contact' });
    await change(element, '.field-user-id', { value: 'Email' });
    const mappings: MappingDraft[] = [
        { key: 'm1', source: 'Email', target: 'email', sendBlankAsNull: false },
        { key: 'm2', source: 'FirstName', target: 'first_name', sendBlankAsNull: false },
        { key: 'm3', source: 'LastName', target: 'last_name', sendBlankAsNull: false }
    ];
    el(element, 'c-cio-mapping-editor').dispatchEvent(new CustomEvent('change', { detail: { mappings } }));
    await flush();
}

describe('c-cio-trigger-form', () => {
    beforeEach(() => {
        const schemas: Record<string, ObjectSchema> = { Contact: CONTACT, Opportunity: OPPORTUNITY };
        mockDescribe.mockImplementation(({ objectApiName }) => {
            const schema = schemas[objectApiName];
            return schema
                ? Promise.resolve(schema)
                : Promise.reject({ body: { message: `Object ${objectApiName} does not exist or you cannot see it.` } });
        });
        mockStatus.mockResolvedValue({ state: 'InProgress' });
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    describe('new', () => {
        it('starts empty with identify on insert and update, objects from the org and the API name following the label', async () => {
            const { element } = await mount();

            expect(text(element, '.form-heading')).toBe('c.Cio_TriggerEditor_FormNewHeading');
            expect(
                el<{ options: { value: string }[] }>(element, '.field-object').options.map((option) => option.value)
            ).toEqual(['Account', 'Case', 'Contact', 'Invoice_Line__c', 'Lead', 'Opportunity']);
            expect(el<{ value: string[] }>(element, '.field-operations').value).toEqual(['insert', 'update']);
            expect(el<{ value: string }>(element, '.field-event-type').value).toBe('identify');
            expect(el<{ checked: boolean }>(element, '.field-active').checked).toBe(true);
            expect(has(element, '.field-event-name')).toBe(false);
            expect(has(element, '.field-group-id')).toBe(false);

            await change(element, '.field-label', { value: 'Contact identify' });
            expect(el<{ value: string }>(element, '.field-name').value).toBe('Contact_identify');
            await change(element, '.field-name', { value: 'Contact_Identify' });
            await change(element, '.field-label', { value: 'Contact identify v2' });
            expect(el<{ value: string }>(element, '.field-name').value).toBe('Contact_Identify');
            await expect(element).toBeAccessible();
        });

        it('loads the fields of the chosen object for the user id, changed fields and mappings', async () => {
            const { element } = await mount();
            await change(element, '.field-object', { value: 'Contact' });

            expect(mockDescribe).toHaveBeenCalledWith({ objectApiName: 'Contact' });
            expect(
                el<{ options: { value: string }[] }>(element, '.field-user-id').options.map((option) => option.value)
            ).toEqual(CONTACT_FIELDS);
            expect(CONTACT_FIELDS).toEqual(expect.arrayContaining(['Email', 'FirstName', 'LastName']));
            expect(el<{ options: { value: string }[] }>(element, '.field-changed-fields').options).toHaveLength(
                CONTACT_FIELDS.length
            );
            expect(el<{ schema: ObjectSchema }>(element, 'c-cio-mapping-editor').schema).toEqual(CONTACT);
        });

        it('says when the fields of an object cannot be loaded, and the mapping editor falls back to typing', async () => {
            const { element } = await mount();
            await change(element, '.field-object', { value: 'Ghost__c' });

            expect(el<{ errors: unknown }>(element, 'c-cio-error-panel.schema-error').errors).toEqual({
                body: { message: 'Object Ghost__c does not exist or you cannot see it.' }
            });
            expect(el<{ schema: unknown }>(element, 'c-cio-mapping-editor').schema).toBeNull();
        });

        it('shows the event name for track, the group fields for group, and changed fields only with update', async () => {
            const { element } = await mount();

            await change(element, '.field-event-type', { value: 'track' });
            expect(has(element, '.field-event-name')).toBe(true);
            expect(el<{ required: boolean }>(element, '.field-user-id').required).toBe(true);

            await change(element, '.field-event-type', { value: 'group' });
            expect(has(element, '.field-event-name')).toBe(false);
            expect(has(element, '.field-group-id')).toBe(true);
            expect(has(element, '.field-object-type-id')).toBe(true);
            expect(el<{ required: boolean }>(element, '.field-user-id').required).toBe(false);

            await change(element, '.field-event-type', { value: 'delete' });
            expect(has(element, '.field-group-id')).toBe(true);
            expect(has(element, '.field-object-type-id')).toBe(false);

            expect(has(element, '.field-changed-fields')).toBe(true);
            await change(element, '.field-operations', { value: ['insert'] });
            expect(has(element, '.field-changed-fields')).toBe(false);
        });

        it('checks required values in the browser first and shows them next to the fields and in a summary', async () => {
            const { element } = await mount();
            await change(element, '.field-event-type', { value: 'track' });
            await change(element, '.field-operations', { value: [] });

            await click(element, '.save');

            expect(mockSave).not.toHaveBeenCalled();
            expect(text(element, '.problems-heading')).toBe('6 problem(s) to fix before saving:');
            expect(text(element, '.error-label')).toBe('This field is required.');
            expect(text(element, '.error-object')).toBe('This field is required.');
            expect(text(element, '.error-operations')).toBe('c.Cio_TriggerDeploy_NoOperation');
            expect(text(element, '.error-event-name')).toBe('This field is required.');
            expect(text(element, '.error-user-id')).toBe('This field is required.');
            const problems = Array.from(root(element).querySelectorAll('.problem')).map((item) => item.textContent);
            expect(problems[0]).toBe('Label: This field is required.');
            expect(problems).toContain('User ID Field: This field is required.');
            await expect(element).toBeAccessible();

            await change(element, '.field-label', { value: 'Lead' });
            expect(has(element, '.error-label')).toBe(false);
            expect(has(element, '.error-name')).toBe(false);
            expect(has(element, '.error-object')).toBe(true);
        });

        it('rejects duplicate target keys before asking the server', async () => {
            const { element } = await mount();
            await fillContactIdentify(element);
            const mappings = [
                { key: 'm1', source: 'Email', target: 'email', sendBlankAsNull: false },
                { key: 'm2', source: 'FirstName', target: 'email', sendBlankAsNull: false }
            ];
            el(element, 'c-cio-mapping-editor').dispatchEvent(new CustomEvent('change', { detail: { mappings } }));
            await flush();

            await click(element, '.check');

            expect(mockValidate).not.toHaveBeenCalled();
            expect(el<{ errors: Record<string, string> }>(element, 'c-cio-mapping-editor').errors).toEqual({
                'mappings[1].target': '"email" is already the target of mapping 1.'
            });
            expect(text(element, '.problem')).toBe('Mapping 2 target key: "email" is already the target of mapping 1.');
        });

        it('asks the server on Check and shows its schema errors next to the fields', async () => {
            mockValidate.mockResolvedValue([
                { field: 'userIdField', message: 'No field Emial on Contact.' },
                { field: 'mappings[2].source', message: 'No field LastNam on Contact.' },
                { field: 'changedFields[0]', message: 'Account.Name is not a field of Contact itself.' }
            ]);
            const { element } = await mount();
            await fillContactIdentify(element);

            await click(element, '.check');

            expect(mockValidate).toHaveBeenCalledWith({
                input: expect.objectContaining({
                    name: 'Contact_identify',
                    objectApiName: 'Contact',
                    userIdField: 'Email',
                    mappings: expect.any(Array)
                })
            });
            expect(text(element, '.error-user-id')).toBe('No field Emial on Contact.');
            expect(text(element, '.error-changed-fields')).toBe('Account.Name is not a field of Contact itself.');
            expect(
                el<{ errors: Record<string, string> }>(element, 'c-cio-mapping-editor').errors['mappings[2].source']
            ).toBe('No field LastNam on Contact.');
            expect(has(element, '.checked-ok')).toBe(false);
        });

        it('says so when the server finds nothing wrong', async () => {
            mockValidate.mockResolvedValue([]);
            const { element } = await mount();
            await fillContactIdentify(element);

            await click(element, '.check');

            expect(has(element, '.checked-ok')).toBe(true);
            await change(element, '.field-description', { value: 'Seed step 3' });
            expect(has(element, '.checked-ok')).toBe(false);
        });

        it('saves the seed trigger, follows the deployment and fires saved when it succeeded', async () => {
            mockSave.mockResolvedValue({ ok: true, jobId: '0Af000000000001AAA' });
            mockStatus.mockResolvedValue({ state: 'Succeeded', message: 'Deployed 4 of 4 components' });
            const { element, events } = await mount();
            await fillContactIdentify(element);

            await click(element, '.save');

            expect(mockSave).toHaveBeenCalledWith({
                input: {
                    name: 'Contact_identify',
                    label: 'Contact identify',
                    objectApiName: 'Contact',
                    operations: ['insert', 'update'],
                    eventType: 'identify',
                    eventName: null,
                    userIdField: 'Email',
                    groupIdField: null,
                    objectTypeId: null,
                    changedFields: [],
                    active: true,
                    description: null,
                    mappings: [
                        { source: 'Email', target: 'email', sendBlankAsNull: false },
                        { source: 'FirstName', target: 'first_name', sendBlankAsNull: false },
                        { source: 'LastName', target: 'last_name', sendBlankAsNull: false }
                    ]
                }
            });
            expect(el<{ jobId: string }>(element, 'c-cio-deploy-progress').jobId).toBe('0Af000000000001AAA');
            expect(events).toEqual([{ type: 'saved', detail: { name: 'Contact_identify' } }]);
            expect(el<{ label: string }>(element, '.cancel').label).toBe('c.Cio_TriggerEditor_FormClose');
            await expect(element).toBeAccessible();
        });

        it('disables the form while the deployment runs', async () => {
            mockSave.mockResolvedValue({ ok: true, jobId: '0Af000000000001AAA' });
            const { element } = await mount();
            await fillContactIdentify(element);

            await click(element, '.save');

            expect(el<{ disabled: boolean }>(element, '.save').disabled).toBe(true);
            expect(el<{ disabled: boolean }>(element, '.field-label').disabled).toBe(true);
            expect(el<{ disabled: boolean }>(element, 'c-cio-mapping-editor').disabled).toBe(true);
        });

        it('lets the admin fix and save again after a failed deployment', async () => {
            mockSave.mockResolvedValue({ ok: true, jobId: '0Af000000000001AAA' });
            mockStatus.mockResolvedValue({ state: 'Failed', errorKind: 'DEPLOY_FAILED', message: 'boom' });
            const { element, events } = await mount();
            await fillContactIdentify(element);

            await click(element, '.save');

            expect(events).toEqual([]);
            expect(el<{ disabled: boolean }>(element, '.save').disabled).toBe(false);
        });

        it('shows the server errors of a refused save and deploys nothing', async () => {
            mockSave.mockResolvedValue({
                ok: false,
                errors: [{ field: 'name', message: 'Another Event Trigger already uses this name.' }]
            });
            const { element } = await mount();
            await fillContactIdentify(element);

            await click(element, '.save');

            expect(text(element, '.error-name')).toBe('Another Event Trigger already uses this name.');
            expect(has(element, 'c-cio-deploy-progress')).toBe(false);
        });

        it('shows what a failed call threw in the error panel', async () => {
            mockSave.mockRejectedValue({ body: { message: 'You need the custom permission CIO_Manage_Settings.' } });
            const { element } = await mount();
            await fillContactIdentify(element);

            await click(element, '.save');

            expect(el<{ errors: unknown }>(element, 'c-cio-error-panel.call-error').errors).toEqual({
                body: { message: 'You need the custom permission CIO_Manage_Settings.' }
            });
            expect(el<{ disabled: boolean }>(element, '.save').disabled).toBe(false);
        });

        it('shows a failed check call in the error panel', async () => {
            mockValidate.mockRejectedValue({ body: { message: 'Timeout' } });
            const { element } = await mount();
            await fillContactIdentify(element);

            await click(element, '.check');

            expect(has(element, 'c-cio-error-panel.call-error')).toBe(true);
        });

        it('clears the fields of the old object when the object changes', async () => {
            const { element } = await mount();
            await fillContactIdentify(element);
            await change(element, '.field-changed-fields', { value: ['Email'] });

            await change(element, '.field-object', { value: 'Opportunity' });

            expect(el<{ value: string | null }>(element, '.field-user-id').value).toBeNull();
            expect(el<{ value: string[] }>(element, '.field-changed-fields').value).toEqual([]);
            expect(
                el<{ options: { value: string }[] }>(element, '.field-user-id').options.map((option) => option.value)
            ).toEqual(['Amount', 'StageName']);
        });

        it('fires cancel', async () => {
            const { element, events } = await mount();
            await click(element, '.cancel');
            expect(events).toEqual([{ type: 'cancel', detail: null }]);
        });

        it('says when the objects cannot be listed', async () => {
            const element = createElement('c-cio-trigger-form', { is: CioTriggerForm });
            document.body.appendChild(element);
            objectsAdapter.error({ message: 'Insufficient privileges' });
            await flush();

            expect(has(element, 'c-cio-error-panel.objects-error')).toBe(true);
        });
    });

    describe('edit and clone', () => {
        it('edits a listed trigger as it is, with its API name locked', async () => {
            const { element } = await mount({ mode: 'edit', trigger: LISTED });

            expect(text(element, '.form-heading')).toBe('Edit Contact identify');
            expect(el<{ value: string; disabled: boolean }>(element, '.field-name').value).toBe('Contact_Identify');
            expect(el<{ disabled: boolean }>(element, '.field-name').disabled).toBe(true);
            expect(el<{ value: string[] }>(element, '.field-changed-fields').value).toEqual(['Email', 'FirstName']);
            expect(
                el<{ mappings: MappingDraft[] }>(element, 'c-cio-mapping-editor').mappings.map(
                    (mapping) => mapping.target
                )
            ).toEqual(['email', 'first_name']);
            expect(mockDescribe).toHaveBeenCalledWith({ objectApiName: 'Contact' });

            await change(element, '.field-label', { value: 'Contact identify (all fields)' });
            expect(el<{ value: string }>(element, '.field-name').value).toBe('Contact_Identify');
            await expect(element).toBeAccessible();
        });

        it('clones under a free name, inactive', async () => {
            const { element } = await mount({
                mode: 'clone',
                trigger: LISTED,
                existingNames: ['Contact_Identify', 'Contact_Identify_Copy']
            });

            expect(text(element, '.form-heading')).toBe('c.Cio_TriggerEditor_FormCloneHeading');
            expect(el<{ value: string }>(element, '.field-name').value).toBe('Contact_Identify_Copy_2');
            expect(el<{ value: string }>(element, '.field-label').value).toBe('Contact identify (copy)');
            expect(el<{ checked: boolean }>(element, '.field-active').checked).toBe(false);
            expect(el<{ disabled: boolean }>(element, '.field-name').disabled).toBe(false);
        });
    });
});
