import { createElement } from 'lwc';
import CioMappingEditor from 'c/cioMappingEditor';
import describeObject from '@salesforce/apex/CioTriggerEditorController.describeObject';
import type { MappingDraft, ObjectSchema } from 'c/cioTriggerModel';

jest.mock('@salesforce/apex/CioTriggerEditorController.describeObject', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_MappingSource', () => ({ default: 'Mapping {0} source field' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_MappingTarget', () => ({ default: 'Mapping {0} target key' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_MappingMoveUp', () => ({ default: 'Move mapping {0} up' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_MappingParentOption', () => ({ default: '{0} → fields of {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_MappingParentField', () => ({ default: 'Field of {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_MappingReservedKeys', () => ({ default: 'Reserved for {0}: {1}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_ReservedEmail', () => ({ default: 'Reserved: the email address.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_ReservedCaseMismatch', () => ({ default: 'Did you mean {0}?' }), {
    virtual: true
});

const mockDescribe = describeObject as unknown as jest.Mock<Promise<ObjectSchema>, [{ objectApiName: string }]>;

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
        { apiName: 'FirstName', label: 'First Name', type: 'STRING' }
    ]
};
const ACCOUNT: ObjectSchema = {
    apiName: 'Account',
    label: 'Account',
    fields: [
        { apiName: 'Industry', label: 'Industry', type: 'PICKLIST' },
        { apiName: 'Name', label: 'Account Name', type: 'STRING' }
    ]
};

type Editor = HTMLElement & {
    mappings: MappingDraft[];
    schema: ObjectSchema | null;
    errors: Record<string, string>;
    eventType: string;
    disabled: boolean;
};

function rows(): MappingDraft[] {
    return [
        { key: 'a', source: 'Email', target: 'email', sendBlankAsNull: false },
        { key: 'b', source: 'FirstName', target: 'first_name', sendBlankAsNull: true },
        { key: 'c', source: 'Account.Industry', target: 'company.industry', sendBlankAsNull: false }
    ];
}

/** Lets pending promises settle and the component re-render. */
function flush(): Promise<void> {
    return Array.from({ length: 6 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

async function mount(props: Partial<Editor> = {}): Promise<{ element: Editor; changes: MappingDraft[][] }> {
    const element = createElement('c-cio-mapping-editor', { is: CioMappingEditor }) as Editor;
    element.mappings = rows();
    element.schema = CONTACT;
    Object.assign(element, props);
    const changes: MappingDraft[][] = [];
    element.addEventListener('change', (event) =>
        changes.push((event as CustomEvent<{ mappings: MappingDraft[] }>).detail.mappings)
    );
    document.body.appendChild(element);
    await flush();
    return { element, changes };
}

function all<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T[] {
    return Array.from(element.shadowRoot!.querySelectorAll<T>(selector));
}

function one<T extends Element = HTMLElement>(element: HTMLElement, selector: string, index = 0): T {
    const found = all<T>(element, selector)[index];
    if (!found) {
        throw new Error(`nothing matches ${selector} [${index}]`);
    }
    return found;
}

function fire(target: Element, detail: Record<string, unknown>): void {
    target.dispatchEvent(new CustomEvent('change', { detail }));
}

describe('c-cio-mapping-editor', () => {
    beforeEach(() => {
        mockDescribe.mockImplementation(({ objectApiName }) => {
            return objectApiName === 'Account'
                ? Promise.resolve(ACCOUNT)
                : Promise.reject({ body: { message: `no ${objectApiName}` } });
        });
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows one row per mapping with pickers from describe, and loads the parent a path names', async () => {
        const { element } = await mount();

        const sources = all<HTMLElement & { value: string; options: { value: string }[]; label: string }>(
            element,
            'lightning-combobox.mapping-source'
        );
        expect(sources.map((source) => source.value)).toEqual(['Email', 'FirstName', 'parent:Account']);
        expect(sources[0].label).toBe('Mapping 1 source field');
        expect(sources[0].options.map((option) => option.value)).toEqual([
            'AccountId',
            'Email',
            'FirstName',
            'parent:Account'
        ]);
        expect(mockDescribe).toHaveBeenCalledTimes(1);
        expect(mockDescribe).toHaveBeenCalledWith({ objectApiName: 'Account' });

        const parent = one<HTMLElement & { value: string; options: { value: string }[]; label: string }>(
            element,
            'lightning-combobox.mapping-parent-field'
        );
        expect(parent.label).toBe('Field of Account ID');
        expect(parent.value).toBe('Industry');
        expect(parent.options.map((option) => option.value)).toEqual(['Industry', 'Name']);
        expect(
            all<HTMLElement & { value: string }>(element, 'lightning-input.mapping-target').map((input) => input.value)
        ).toEqual(['email', 'first_name', 'company.industry']);
        expect(
            all<HTMLElement & { checked: boolean }>(element, 'lightning-input.mapping-blank').map(
                (input) => input.checked
            )
        ).toEqual([false, true, false]);
        await expect(element).toBeAccessible();
    });

    it('explains reserved keys next to the target, and a key that differs only in case', async () => {
        const { element } = await mount({
            mappings: [
                { key: 'a', source: 'Email', target: 'email', sendBlankAsNull: false },
                { key: 'b', source: 'Email', target: 'Email', sendBlankAsNull: false },
                { key: 'c', source: 'FirstName', target: 'first_name', sendBlankAsNull: false }
            ]
        });

        expect(all(element, '.target-hint').map((hint) => hint.textContent)).toEqual([
            'Reserved: the email address.',
            'Did you mean email?'
        ]);
        expect(one(element, '.reserved-keys').textContent).toBe(
            'Reserved for identify: email, created_at, createdAt, unsubscribed, cio_subscription_preferences.'
        );
    });

    it('has no reserved-key hints for track properties', async () => {
        const { element } = await mount({ eventType: 'track' });

        expect(all(element, '.target-hint')).toHaveLength(0);
        expect(all(element, '.reserved-keys')).toHaveLength(0);
    });

    it('shows the errors of each row next to its source and target', async () => {
        const { element } = await mount({
            errors: {
                'mappings[1].source': 'No field FirstNam on Contact.',
                'mappings[2].target': '"email" is already the target of mapping 1.'
            }
        });

        expect(all(element, '.source-error').map((error) => error.textContent)).toEqual([
            'No field FirstNam on Contact.'
        ]);
        expect(all(element, '.target-error').map((error) => error.textContent)).toEqual([
            '"email" is already the target of mapping 1.'
        ]);
        expect(one(element, 'lightning-combobox.mapping-source', 1).classList).toContain('slds-has-error');
        await expect(element).toBeAccessible();
    });

    it('adds, removes and moves rows by firing change with the new list', async () => {
        const { element, changes } = await mount();

        one(element, '.add-mapping').click();
        one(element, 'lightning-button-icon.remove', 0).click();
        one(element, 'lightning-button-icon.move-up', 2).click();
        one(element, 'lightning-button-icon.move-down', 0).click();

        expect(changes[0].map((row) => row.target)).toEqual(['email', 'first_name', 'company.industry', '']);
        expect(changes[1].map((row) => row.target)).toEqual(['first_name', 'company.industry']);
        expect(changes[2].map((row) => row.target)).toEqual(['email', 'company.industry', 'first_name']);
        expect(changes[3].map((row) => row.target)).toEqual(['first_name', 'email', 'company.industry']);
        expect(element.mappings.map((row) => row.target)).toEqual(['email', 'first_name', 'company.industry']);
    });

    it('cannot move the first row up or the last row down', async () => {
        const { element } = await mount();

        const up = all<HTMLElement & { disabled: boolean; alternativeText: string }>(
            element,
            'lightning-button-icon.move-up'
        );
        const down = all<HTMLElement & { disabled: boolean }>(element, 'lightning-button-icon.move-down');
        expect(up.map((button) => button.disabled)).toEqual([true, false, false]);
        expect(down.map((button) => button.disabled)).toEqual([false, false, true]);
        expect(up[1].alternativeText).toBe('Move mapping 2 up');
    });

    it('edits a row source, target and blank-as-null', async () => {
        const { element, changes } = await mount();

        fire(one(element, 'lightning-combobox.mapping-source', 1), { value: 'Email' });
        fire(one(element, 'lightning-input.mapping-target', 0), { value: 'email_address' });
        fire(one(element, 'lightning-input.mapping-blank', 2), { checked: true });

        expect(changes[0][1]).toMatchObject({ key: 'b', source: 'Email' });
        expect(changes[1][0]).toMatchObject({ key: 'a', target: 'email_address' });
        expect(changes[2][2]).toMatchObject({ key: 'c', sendBlankAsNull: true });
    });

    it("lets only its own change out when the base components' change bubbles and is composed, as on the platform", async () => {
        const { element } = await mount({
            mappings: [{ key: 'a', source: '', target: 'company', sendBlankAsNull: false }]
        });
        const seen: unknown[] = [];
        element.addEventListener('change', (event) => seen.push((event as CustomEvent).detail));
        const composed = (target: Element, detail: Record<string, unknown>): void => {
            // eslint-disable-next-line no-restricted-syntax -- what lightning-input and lightning-combobox fire
            target.dispatchEvent(new CustomEvent('change', { detail, bubbles: true, composed: true }));
        };

        composed(one(element, 'lightning-combobox.mapping-source'), { value: 'Email' });
        composed(one(element, 'lightning-input.mapping-target'), { value: 'email' });
        composed(one(element, 'lightning-input.mapping-blank'), { checked: true });

        expect(seen).toEqual([
            { mappings: [expect.objectContaining({ source: 'Email' })] },
            { mappings: [expect.objectContaining({ target: 'email' })] },
            { mappings: [expect.objectContaining({ sendBlankAsNull: true })] }
        ]);
    });

    it('opens a parent through its lookup and writes the one-level path', async () => {
        const { element, changes } = await mount({
            mappings: [{ key: 'a', source: '', target: 'company', sendBlankAsNull: false }]
        });

        fire(one(element, 'lightning-combobox.mapping-source'), { value: 'parent:Account' });
        await flush();
        expect(changes[0][0].source).toBe('Account.');
        expect(mockDescribe).toHaveBeenCalledWith({ objectApiName: 'Account' });

        element.mappings = changes[0];
        await flush();
        fire(one(element, 'lightning-combobox.mapping-parent-field'), { value: 'Name' });
        expect(changes[1][0].source).toBe('Account.Name');
        expect(mockDescribe).toHaveBeenCalledTimes(1);
    });

    it('shows a failed parent describe once and does not ask again on every render', async () => {
        const { element } = await mount({
            schema: {
                ...CONTACT,
                fields: [
                    ...CONTACT.fields,
                    {
                        apiName: 'ReportsToId',
                        label: 'Reports To',
                        type: 'REFERENCE',
                        relationshipName: 'ReportsTo',
                        referenceTo: 'Contact'
                    }
                ]
            },
            mappings: [{ key: 'a', source: 'ReportsTo.Email', target: 'manager_email', sendBlankAsNull: false }]
        });
        element.errors = { 'mappings[0].target': 'x' };
        await flush();

        const panel = one<HTMLElement & { errors: unknown }>(element, 'c-cio-error-panel.parent-error');
        expect(panel.errors).toEqual({ body: { message: 'no Contact' } });
        expect(mockDescribe).toHaveBeenCalledTimes(1);
    });

    it('takes typed field names when no schema is known', async () => {
        const { element, changes } = await mount({ schema: null });

        expect(all(element, 'lightning-combobox')).toHaveLength(0);
        const sources = all<HTMLElement & { value: string }>(element, 'lightning-input.mapping-source');
        expect(sources.map((source) => source.value)).toEqual(['Email', 'FirstName', 'Account.Industry']);
        fire(sources[0], { value: ' Contact.Email ' });
        expect(changes[0][0].source).toBe('Contact.Email');
        expect(mockDescribe).not.toHaveBeenCalled();
    });

    it('says there are no mappings yet, and disables every control while saving', async () => {
        const { element } = await mount({ mappings: [], disabled: true });

        expect(one(element, '.no-mappings').textContent).toBe('c.Cio_TriggerEditor_MappingNone');
        expect(one<HTMLElement & { disabled: boolean }>(element, '.add-mapping').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });
});
