import { createElement } from 'lwc';
import CioTriggerEditor from 'c/cioTriggerEditor';
import listTriggers from '@salesforce/apex/CioTriggerListController.listTriggers';
import previewPayload from '@salesforce/apex/CioTriggerListController.previewPayload';
import countRecords from '@salesforce/apex/CioBackfillController.countRecords';
import startBackfill from '@salesforce/apex/CioBackfillController.startBackfill';
import backfillStatus from '@salesforce/apex/CioBackfillController.backfillStatus';
import type { createApexTestWireAdapter } from '@salesforce/wire-service-jest-util';
import saveTrigger from '@salesforce/apex/CioTriggerEditorController.saveTrigger';
import sendPreviewNow from '@salesforce/apex/CioTriggerEditorController.sendPreviewNow';
import deploymentStatus from '@salesforce/apex/CioTriggerEditorController.deploymentStatus';
import describeObject from '@salesforce/apex/CioTriggerEditorController.describeObject';
import { refreshApex } from '@salesforce/apex';
import type {
    DeploymentStatus,
    ListedTrigger,
    SaveTriggerResult,
    SendNowResult,
    TriggerInput
} from 'c/cioTriggerModel';
import type { BackfillStatus, PreviewResult, TriggerRow } from '../triggerTypes';

// An Apex wire adapter the test drives (sfdx-lwc-jest 7 / wire-service-jest-util 4): emit() provisions data,
// error() provisions an Apex error; the component sees { data, error } as it would on the platform.
jest.mock(
    '@salesforce/apex/CioTriggerListController.listTriggers',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/CioTriggerListController.previewPayload', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/CioTriggerEditorController.saveTrigger', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioTriggerEditorController.sendPreviewNow', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/CioTriggerEditorController.deploymentStatus', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/CioTriggerEditorController.describeObject', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/apex/CioTriggerEditorController.listObjects',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_TriggerEditor_SendNowQueued', () => ({ default: 'Queued (message id {0}).' }), {
    virtual: true
});
jest.mock('@salesforce/apex/CioBackfillController.countRecords', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioBackfillController.startBackfill', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioBackfillController.backfillStatus', () => ({ default: jest.fn() }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Cio_Triggers_SyncCount',
    () => ({
        default:
            '{0} record(s) you can see match. The sync reads every matching record, including those you cannot see.'
    }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_Triggers_SyncProgress', () => ({ default: '{0} of {1} batches processed' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Triggers_SyncStatus', () => ({ default: 'Status: {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Cio_Triggers_SyncFailedBatches',
    () => ({ default: '{0} batch(es) failed. The Activity Log has the details.' }),
    { virtual: true }
);

// Labels the tests read get their real wording, so the assertions show the sentences the admin reads.
jest.mock(
    '@salesforce/label/c.Cio_Triggers_Empty',
    () => ({
        default:
            'No Event Triggers yet. Define them in Setup → Custom Metadata Types → CIO Event Trigger, or with config/triggers.json.'
    }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_Triggers_OperationInsert', () => ({ default: 'Insert' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Triggers_OperationUpdate', () => ({ default: 'Update' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Triggers_OperationUndelete', () => ({ default: 'Undelete' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Triggers_Active', () => ({ default: 'Active' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Triggers_Inactive', () => ({ default: 'Inactive' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Triggers_TriggerDeployed', () => ({ default: 'Deployed' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Triggers_TriggerMissing', () => ({ default: 'No Apex trigger' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Triggers_TriggerNotChecked', () => ({ default: 'Not checked' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Triggers_ObjectNotFound', () => ({ default: 'Object not found' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Triggers_ShowDetails', () => ({ default: 'Show details of {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Triggers_HideDetails', () => ({ default: 'Hide details of {0}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Cio_Triggers_MissingTrigger',
    () => ({
        default:
            '{0} has no CIO Pipelines Apex trigger, so this Event Trigger never fires. Deploy this trigger ({1}) to the org:'
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Cio_Triggers_NotChecked',
    () => ({
        default:
            'Your access does not let CIO Pipelines read Apex triggers, so it could not check {0}. It needs this trigger ({1}):'
    }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Cio_Triggers_ObjectMissing',
    () => ({ default: 'No object named {0} exists in this org, so this Event Trigger never fires.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Cio_Triggers_CannotHaveTrigger',
    () => ({ default: '{0} cannot carry the CIO Pipelines Apex trigger.' }),
    { virtual: true }
);

/** The test side of the Apex wire adapter (the package sfdx-lwc-jest re-exports it from). */
const adapter = listTriggers as unknown as ReturnType<typeof createApexTestWireAdapter>;
const TRIGGERS = jest.requireActual<TriggerRow[]>('./data/triggers.json');
const mockPreviewPayload = previewPayload as unknown as jest.Mock<Promise<PreviewResult>, [unknown]>;
const mockCountRecords = countRecords as unknown as jest.Mock<Promise<number>, [unknown]>;
const mockStartBackfill = startBackfill as unknown as jest.Mock<Promise<string>, [unknown]>;
const mockBackfillStatus = backfillStatus as unknown as jest.Mock<Promise<BackfillStatus>, [unknown]>;
const mockSaveTrigger = saveTrigger as unknown as jest.Mock<Promise<SaveTriggerResult>, [{ input: TriggerInput }]>;
const mockSendNow = sendPreviewNow as unknown as jest.Mock<Promise<SendNowResult>, [unknown]>;
const mockDeploymentStatus = deploymentStatus as unknown as jest.Mock<Promise<DeploymentStatus>, [unknown]>;
const mockDescribeObject = describeObject as unknown as jest.Mock<Promise<unknown>, [unknown]>;
const mockRefreshApex = refreshApex as unknown as jest.Mock<Promise<void>, [unknown]>;

/** A fresh copy of the realistic fixture, so no test sees another's changes. */
function triggers(): TriggerRow[] {
    return JSON.parse(JSON.stringify(TRIGGERS)) as TriggerRow[];
}

function withRow(developerName: string, patch: Partial<TriggerRow>): TriggerRow[] {
    return triggers().map((candidate) => {
        return candidate.developerName === developerName ? { ...candidate, ...patch } : candidate;
    });
}

/** Lets the wire emission settle and the component re-render. */
function flush(): Promise<void> {
    return Array.from({ length: 5 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

async function mount(rows?: TriggerRow[]): Promise<HTMLElement> {
    const element = createElement('c-cio-trigger-editor', { is: CioTriggerEditor });
    document.body.appendChild(element);
    if (rows) {
        adapter.emit(rows);
    }
    await flush();
    return element;
}

function query<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | null {
    return root.querySelector<T>(selector);
}

function shadow(element: HTMLElement): ShadowRoot {
    return element.shadowRoot!;
}

function text(root: Element | ShadowRoot | null, selector: string): string {
    return root?.querySelector(selector)?.textContent?.trim() ?? '';
}

function row(element: HTMLElement, developerName: string): HTMLTableRowElement {
    const found = query<HTMLTableRowElement>(shadow(element), `tr[data-name="${developerName}"]`);
    if (!found) {
        throw new Error(`no row for ${developerName}`);
    }
    return found;
}

async function toggle(element: HTMLElement, developerName: string): Promise<void> {
    query<HTMLButtonElement>(row(element, developerName), 'button.toggle-details')!.click();
    await flush();
}

function details(element: HTMLElement): HTMLElement | null {
    return query(shadow(element), 'section.trigger-details');
}

describe('c-cio-trigger-editor', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    describe('states', () => {
        it('shows a spinner until the triggers arrive', async () => {
            const element = await mount();

            const spinner = query<HTMLElement & { alternativeText: string }>(shadow(element), 'lightning-spinner');
            expect(spinner!.alternativeText).toBe('c.Cio_Triggers_Loading');
            expect(query(shadow(element), 'table')).toBeNull();
            expect(query(shadow(element), '.empty-state')).toBeNull();
        });

        it('says how to define triggers when there are none', async () => {
            const element = await mount([]);

            expect(text(shadow(element), '.empty-message')).toBe(
                'No Event Triggers yet. Define them in Setup → Custom Metadata Types → CIO Event Trigger, or with config/triggers.json.'
            );
            expect(query(shadow(element), 'lightning-spinner')).toBeNull();
            expect(query(shadow(element), 'table')).toBeNull();
        });

        it('shows the wire error in the error panel', async () => {
            const element = await mount();
            adapter.error({ message: 'You need the custom permission CIO_Manage_Settings.' });
            await flush();

            const panel = query<HTMLElement & { errors: { body: { message: string } }; friendlyMessage: string }>(
                shadow(element),
                'c-cio-error-panel'
            );
            expect(panel).not.toBeNull();
            expect(panel!.friendlyMessage).toBe('c.Cio_Triggers_LoadError');
            expect(panel!.errors.body.message).toBe('You need the custom permission CIO_Manage_Settings.');
            expect(query(shadow(element), 'lightning-spinner')).toBeNull();
            expect(query(shadow(element), 'table')).toBeNull();
        });

        it('always notes that editing arrives with the trigger editor', async () => {
            const element = await mount(triggers());

            expect(text(shadow(element), '.editing-note')).toBe('c.Cio_Triggers_EditingNote');
        });
    });

    describe('the list', () => {
        it('renders one row per trigger with its columns', async () => {
            const element = await mount(triggers());

            const names = Array.from(shadow(element).querySelectorAll<HTMLElement>('tbody tr')).map(
                (tr) => tr.dataset.name
            );
            expect(names).toEqual([
                'Account_Group',
                'Case_Opened',
                'Contact_Identify',
                'Invoice_Line_Added',
                'Lead_Identify',
                'Opportunity_Stage_Changed'
            ]);

            const opportunity = row(element, 'Opportunity_Stage_Changed');
            expect(text(opportunity, 'button.toggle-details')).toBe('Opportunity stage changed');
            expect(text(opportunity, '.object')).toBe('Opportunity');
            expect(text(opportunity, '.operations')).toBe('Update');
            expect(text(opportunity, '.event-type')).toBe('track');
            expect(text(opportunity, '.event-name')).toBe('Stage Changed');
            expect(text(opportunity, '.user-id-field')).toBe('Contact.Email');
            expect(text(opportunity, '.mapping-count')).toBe('4');
            expect(text(opportunity, '.trigger-status')).toBe('Deployed');

            const contact = row(element, 'Contact_Identify');
            expect(text(contact, '.operations')).toBe('Insert, Update, Undelete');
            expect(text(contact, '.event-name')).toBe('—');
        });

        it('shows an Active or Inactive badge', async () => {
            const element = await mount(triggers());

            const badge = (name: string) =>
                query<HTMLElement & { label: string }>(row(element, name), 'lightning-badge')!;
            expect(badge('Contact_Identify').label).toBe('Active');
            expect(badge('Lead_Identify').label).toBe('Inactive');
        });

        it('warns, with an icon and text, only on the object without an Apex trigger', async () => {
            const element = await mount(triggers());

            const warnings = shadow(element).querySelectorAll<HTMLElement & { alternativeText: string }>(
                'lightning-icon.trigger-warning'
            );
            expect(warnings).toHaveLength(1);
            expect(warnings[0].alternativeText).toBe('c.Cio_Triggers_Warning');
            expect(warnings[0].closest('tr')!.dataset.name).toBe('Invoice_Line_Added');
            expect(text(row(element, 'Invoice_Line_Added'), '.trigger-status')).toBe('No Apex trigger');
        });

        it('says Not checked, without a warning, when Apex triggers could not be read', async () => {
            const element = await mount(withRow('Contact_Identify', { hasApexTrigger: null }));

            const contact = row(element, 'Contact_Identify');
            expect(text(contact, '.trigger-status')).toBe('Not checked');
            expect(query(contact, 'lightning-icon.trigger-warning')).toBeNull();
        });

        it('warns when the object does not exist', async () => {
            const element = await mount(withRow('Invoice_Line_Added', { objectExists: false, hasApexTrigger: false }));

            const invoice = row(element, 'Invoice_Line_Added');
            expect(text(invoice, '.trigger-status')).toBe('Object not found');
            expect(query(invoice, 'lightning-icon.trigger-warning')).not.toBeNull();
        });
    });

    describe('details', () => {
        it('opens the details of the selected trigger and closes them again', async () => {
            const element = await mount(triggers());
            const button = query<HTMLButtonElement>(row(element, 'Opportunity_Stage_Changed'), 'button')!;
            expect(button.getAttribute('aria-expanded')).toBe('false');
            expect(button.title).toBe('Show details of Opportunity stage changed');
            expect(details(element)).toBeNull();

            await toggle(element, 'Opportunity_Stage_Changed');

            expect(button.getAttribute('aria-expanded')).toBe('true');
            expect(button.title).toBe('Hide details of Opportunity stage changed');
            const panel = details(element)!;
            expect(text(panel, '.details-heading')).toBe('Opportunity stage changed');
            expect(text(panel, '.developer-name')).toBe('Opportunity_Stage_Changed');
            expect(text(panel, '.description')).toBe(
                "Moves the candidate's journey when a placement opportunity changes stage."
            );
            expect(text(panel, '.changed-fields')).toBe('StageName');
            expect(query(panel, '.group-id-field')).toBeNull();
            expect(query(panel, '.trigger-notice')).toBeNull();

            await toggle(element, 'Opportunity_Stage_Changed');
            expect(details(element)).toBeNull();
            expect(button.getAttribute('aria-expanded')).toBe('false');
        });

        it('lists the mappings in order: source, target and blank-as-null', async () => {
            const element = await mount(triggers());
            await toggle(element, 'Contact_Identify');

            const mappings = Array.from(details(element)!.querySelectorAll('tr.mapping')).map((tr) => [
                text(tr, '.source-field'),
                text(tr, '.target-key'),
                text(tr, '.blank-as-null')
            ]);
            expect(mappings).toEqual([
                ['Email', 'email', 'c.Cio_Triggers_No'],
                ['FirstName', 'first_name', 'c.Cio_Triggers_No'],
                ['LastName', 'last_name', 'c.Cio_Triggers_No'],
                ['Title', 'title', 'c.Cio_Triggers_Yes'],
                ['Account.Name', 'company.name', 'c.Cio_Triggers_No']
            ]);
            expect(text(details(element), '.changed-fields')).toBe('c.Cio_Triggers_ChangedFieldsAny');
        });

        it('shows the group ID field of a group trigger', async () => {
            const element = await mount(triggers());
            await toggle(element, 'Account_Group');

            expect(text(details(element), '.group-id-field')).toBe('Id');
        });

        it('switches to another trigger and closes with the close button', async () => {
            const element = await mount(triggers());
            await toggle(element, 'Case_Opened');
            await toggle(element, 'Lead_Identify');

            expect(text(details(element), '.details-heading')).toBe('Lead identify');
            expect(row(element, 'Case_Opened').querySelector('button')!.getAttribute('aria-expanded')).toBe('false');

            query<HTMLElement>(details(element)!, 'lightning-button.close-details')!.click();
            await flush();
            expect(details(element)).toBeNull();
        });

        it('says so when a trigger has no mappings or description', async () => {
            const element = await mount(
                withRow('Case_Opened', { mappings: [], mappingCount: 0, description: '  ', label: '' })
            );
            expect(text(row(element, 'Case_Opened'), 'button')).toBe('Case_Opened');
            await toggle(element, 'Case_Opened');

            expect(query(details(element)!, 'table.mapping-table')).toBeNull();
            expect(text(details(element), '.no-mappings')).toBe('c.Cio_Triggers_NoMappings');
            expect(text(details(element), '.description')).toBe('c.Cio_Triggers_NoDescription');
        });

        it('renders markup in a description as text', async () => {
            const markup = '<img src="x" onerror="window.hacked = true"><b>Billing</b> & <script>alert(1)</script>';
            const element = await mount(withRow('Invoice_Line_Added', { description: markup }));
            await toggle(element, 'Invoice_Line_Added');

            const description = query(details(element)!, '.description')!;
            expect(description.textContent).toBe(markup);
            expect(description.children).toHaveLength(0);
            expect(shadow(element).querySelector('img, b, script')).toBeNull();
        });
    });

    describe('missing Apex trigger', () => {
        it('shows the exact trigger to deploy and the command that generates it', async () => {
            const element = await mount(triggers());
            await toggle(element, 'Invoice_Line_Added');

            const notice = query(details(element)!, '.trigger-notice')!;
            expect(notice.classList).toContain('trigger-notice_warning');
            expect(text(notice, '.notice-message')).toBe(
                'Invoice_Line__c has no CIO Pipelines Apex trigger, so this Event Trigger never fires. Deploy this trigger (CioInvoiceLineTrigger) to the org:'
            );
            expect(query(notice, 'pre.trigger-source')!.textContent).toBe(
                'trigger CioInvoiceLineTrigger on Invoice_Line__c(after insert, after update, after delete, after undelete) {\n' +
                    '    CioTriggerDispatcher.run();\n}\n'
            );
            expect(query(notice, 'pre.generate-command')!.textContent).toBe(
                'npm run generate:trigger -- Invoice_Line__c'
            );
        });

        it('suggests the trigger as information when Apex triggers could not be checked', async () => {
            const element = await mount(withRow('Contact_Identify', { hasApexTrigger: null }));
            await toggle(element, 'Contact_Identify');

            const notice = query(details(element)!, '.trigger-notice')!;
            expect(notice.classList).toContain('trigger-notice_info');
            expect(text(notice, '.notice-message')).toBe(
                'Your access does not let CIO Pipelines read Apex triggers, so it could not check Contact. It needs this trigger (CioContactTrigger):'
            );
            expect(query(notice, 'pre.trigger-source')!.textContent).toContain('trigger CioContactTrigger on Contact(');
        });

        it('asks to check the object name, without a trigger, when the object does not exist', async () => {
            const element = await mount(
                withRow('Invoice_Line_Added', { objectApiName: 'Invoce_Line__c', objectExists: false })
            );
            await toggle(element, 'Invoice_Line_Added');

            const notice = query(details(element)!, '.trigger-notice')!;
            expect(text(notice, '.notice-message')).toBe(
                'No object named Invoce_Line__c exists in this org, so this Event Trigger never fires.'
            );
            expect(query(notice, 'pre')).toBeNull();
        });

        it('explains a blank object name and an object that cannot carry a trigger', async () => {
            const rows = withRow('Invoice_Line_Added', { objectApiName: null, objectExists: false, operations: [] });
            rows.push({
                ...rows[1],
                developerName: 'Placement_Event',
                label: 'Placement event',
                objectApiName: 'Placement_Event__e',
                objectExists: true,
                hasApexTrigger: false,
                suggestedTriggerName: null,
                suggestedTriggerSource: null
            });
            const element = await mount(rows);
            expect(text(row(element, 'Invoice_Line_Added'), '.operations')).toBe('c.Cio_Triggers_NoOperations');
            expect(text(row(element, 'Invoice_Line_Added'), '.object')).toBe('—');
            expect(text(row(element, 'Placement_Event'), '.trigger-status')).toBe('No Apex trigger');

            await toggle(element, 'Invoice_Line_Added');
            expect(text(details(element), '.notice-message')).toBe('c.Cio_Triggers_ObjectBlank');

            await toggle(element, 'Placement_Event');
            expect(text(details(element), '.notice-message')).toBe(
                'Placement_Event__e cannot carry the CIO Pipelines Apex trigger.'
            );
            expect(query(details(element)!, 'pre')).toBeNull();
        });
    });

    describe('payload preview', () => {
        const CONTACT_ID = '003000000000001AAA';
        // The payload Apex builds for the sample Contact (the local preview answers with the same file).
        const PREVIEW_OK = jest.requireActual<PreviewResult>('./data/previewResult.ok.json');
        const PAYLOAD = PREVIEW_OK.json!;

        type Button = HTMLElement & { disabled: boolean; label: string };

        function previewButton(element: HTMLElement): Button {
            return query<Button>(details(element)!, 'lightning-button.preview-button')!;
        }

        async function typeRecordId(element: HTMLElement, value: string): Promise<void> {
            const input = query<HTMLElement & { value: string }>(
                details(element)!,
                'lightning-input.preview-record-id'
            )!;
            input.value = value;
            input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
            await flush();
        }

        async function previewed(element: HTMLElement, recordId = CONTACT_ID): Promise<void> {
            await typeRecordId(element, recordId);
            previewButton(element).click();
            await flush();
        }

        async function openContact(): Promise<HTMLElement> {
            const element = await mount(triggers());
            await toggle(element, 'Contact_Identify');
            return element;
        }

        it('shows the payload JSON as text for the trigger and record', async () => {
            mockPreviewPayload.mockResolvedValue({ ...PREVIEW_OK });
            const element = await openContact();
            expect(text(details(element), '.payload-preview h3')).toBe('c.Cio_Triggers_PreviewTitle');

            await previewed(element, `  ${CONTACT_ID} `);

            expect(mockPreviewPayload).toHaveBeenCalledTimes(1);
            expect(mockPreviewPayload).toHaveBeenCalledWith({ triggerName: 'Contact_Identify', recordId: CONTACT_ID });
            expect(query(details(element)!, 'pre.preview-json')!.textContent).toBe(PAYLOAD);
            expect(query(details(element)!, '.preview-notice')).toBeNull();
            expect(query(details(element)!, 'c-cio-error-panel')).toBeNull();
            expect(query(details(element)!, 'lightning-spinner')).toBeNull();
        });

        it('shows a spinner and disables the button while the preview runs', async () => {
            const answers: Array<() => void> = [];
            mockPreviewPayload.mockReturnValue(
                new Promise<PreviewResult>((done) => answers.push(() => done({ ok: true, json: PAYLOAD })))
            );
            const element = await openContact();

            await previewed(element);

            const spinner = query<HTMLElement & { alternativeText: string }>(details(element)!, 'lightning-spinner');
            expect(spinner!.alternativeText).toBe('c.Cio_Triggers_PreviewRunning');
            expect(previewButton(element).disabled).toBe(true);

            answers[0]();
            await flush();
            expect(query(details(element)!, 'lightning-spinner')).toBeNull();
            expect(previewButton(element).disabled).toBe(false);
        });

        it('says why there is no event when the preview is refused', async () => {
            const reason = 'This record would send no event. Skipped 003000000000001AAA: its user id (Email) is blank.';
            mockPreviewPayload.mockResolvedValue({ ok: false, json: null, message: reason });
            const element = await openContact();

            await previewed(element);

            expect(text(details(element), '.preview-notice .preview-message')).toBe(reason);
            expect(query(details(element)!, 'pre.preview-json')).toBeNull();
        });

        it('falls back to the generic sentence when a refusal has no message', async () => {
            mockPreviewPayload.mockResolvedValue({ ok: false });
            const element = await openContact();

            await previewed(element);

            expect(text(details(element), '.preview-message')).toBe('c.Cio_Triggers_PreviewError');
        });

        it('shows a thrown error in the error panel', async () => {
            mockPreviewPayload.mockRejectedValue({
                body: { message: 'You need the custom permission CIO_Manage_Settings.' }
            });
            const element = await openContact();

            await previewed(element);

            const panel = query<HTMLElement & { errors: { body: { message: string } }; friendlyMessage: string }>(
                details(element)!,
                'c-cio-error-panel.preview-error'
            )!;
            expect(panel.friendlyMessage).toBe('c.Cio_Triggers_PreviewError');
            expect(panel.errors.body.message).toBe('You need the custom permission CIO_Manage_Settings.');
            expect(query(details(element)!, 'pre.preview-json')).toBeNull();
            expect(query(details(element)!, 'lightning-spinner')).toBeNull();
        });

        it('keeps the button disabled until a record ID is entered', async () => {
            const element = await openContact();
            expect(previewButton(element).disabled).toBe(true);

            await typeRecordId(element, '   ');
            expect(previewButton(element).disabled).toBe(true);

            await typeRecordId(element, CONTACT_ID);
            expect(previewButton(element).disabled).toBe(false);
            expect(previewButton(element).label).toBe('c.Cio_Triggers_PreviewButton');
        });

        it('renders markup in the JSON as text', async () => {
            const json =
                '{\n  "traits" : {\n    "bio" : "<img src=x onerror=\\"window.hacked = true\\"><script>alert(1)</script>"\n  }\n}';
            mockPreviewPayload.mockResolvedValue({ ok: true, json });
            const element = await openContact();

            await previewed(element);

            const pre = query(details(element)!, 'pre.preview-json')!;
            expect(pre.textContent).toBe(json);
            expect(pre.querySelector('code')!.children).toHaveLength(0);
            expect(shadow(element).querySelector('img, script')).toBeNull();
        });

        it('clears the preview when another trigger is opened, even if the answer arrives late', async () => {
            const answers: Array<() => void> = [];
            mockPreviewPayload.mockReturnValueOnce(
                new Promise<PreviewResult>((done) => answers.push(() => done({ ok: true, json: PAYLOAD })))
            );
            const element = await openContact();
            await previewed(element);

            await toggle(element, 'Lead_Identify');
            answers[0]();
            await flush();

            expect(text(details(element), '.details-heading')).toBe('Lead identify');
            expect(query(details(element)!, 'pre.preview-json')).toBeNull();
            expect(query(details(element)!, 'lightning-spinner')).toBeNull();
        });

        it('ignores a late error once the details are closed and reopened', async () => {
            const failures: Array<() => void> = [];
            mockPreviewPayload.mockReturnValueOnce(
                new Promise<PreviewResult>((_done, fail) => failures.push(() => fail(new Error('late'))))
            );
            const element = await openContact();
            await previewed(element);

            query<HTMLElement>(details(element)!, 'lightning-button.close-details')!.click();
            await flush();
            await toggle(element, 'Contact_Identify');
            failures[0]();
            await flush();

            expect(query(details(element)!, 'c-cio-error-panel')).toBeNull();
        });

        it('is accessible with a payload shown', async () => {
            mockPreviewPayload.mockResolvedValue({ ok: true, json: PAYLOAD });
            const element = await openContact();
            await previewed(element);

            await expect(element).toBeAccessible();
        });
    });

    describe('sync existing records', () => {
        const JOB_ID = '707000000000001AAA';

        type Button = HTMLElement & { disabled: boolean; label: string };

        function syncPanel(element: HTMLElement): HTMLElement {
            return query(details(element)!, '.backfill')!;
        }

        function countButton(element: HTMLElement): Button {
            return query<Button>(syncPanel(element), 'lightning-button.backfill-count')!;
        }

        function startButton(element: HTMLElement): Button {
            return query<Button>(syncPanel(element), 'lightning-button.backfill-start')!;
        }

        function status(patch: Partial<BackfillStatus>): BackfillStatus {
            return { status: 'Queued', itemsProcessed: 0, totalItems: 0, errors: 0, ...patch };
        }

        async function typeSince(element: HTMLElement, value: string): Promise<void> {
            const input = query<HTMLElement & { value: string }>(syncPanel(element), 'lightning-input.backfill-since')!;
            input.value = value;
            input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
            await flush();
        }

        async function click(button: HTMLElement): Promise<void> {
            button.click();
            await flush();
            await flush();
        }

        async function openContact(): Promise<HTMLElement> {
            const element = await mount(triggers());
            await toggle(element, 'Contact_Identify');
            return element;
        }

        async function tick(): Promise<void> {
            jest.advanceTimersByTime(2000);
            await flush();
            await flush();
        }

        afterEach(() => {
            jest.useRealTimers();
        });

        it('counts the matching records as a dry run, with the date as the start of that day', async () => {
            mockCountRecords.mockResolvedValue(201);
            const element = await openContact();
            expect(text(syncPanel(element), 'h3')).toBe('c.Cio_Triggers_SyncTitle');
            expect(startButton(element).disabled).toBe(true);

            await typeSince(element, '2026-03-01');
            await click(countButton(element));

            expect(mockCountRecords).toHaveBeenCalledWith({
                triggerName: 'Contact_Identify',
                modifiedSince: new Date('2026-03-01T00:00:00').toISOString()
            });
            expect(text(syncPanel(element), '.backfill-count-result')).toBe(
                '201 record(s) you can see match. The sync reads every matching record, including those you cannot see.'
            );
            expect(startButton(element).disabled).toBe(false);
            expect(mockStartBackfill).not.toHaveBeenCalled();
        });

        it('counts every record without a date, and keeps Start disabled when none match', async () => {
            mockCountRecords.mockResolvedValue(0);
            const element = await openContact();

            await click(countButton(element));

            expect(mockCountRecords).toHaveBeenCalledWith({ triggerName: 'Contact_Identify', modifiedSince: null });
            expect(text(syncPanel(element), '.backfill-count-result')).toBe('c.Cio_Triggers_SyncNothing');
            expect(startButton(element).disabled).toBe(true);
        });

        it('asks for a new count when the date changes', async () => {
            mockCountRecords.mockResolvedValue(5);
            const element = await openContact();
            await click(countButton(element));
            expect(startButton(element).disabled).toBe(false);

            await typeSince(element, '2026-01-01');

            expect(query(syncPanel(element), '.backfill-count-result')).toBeNull();
            expect(startButton(element).disabled).toBe(true);
        });

        it('shows a spinner and disables both buttons while counting', async () => {
            const answers: Array<() => void> = [];
            mockCountRecords.mockReturnValue(new Promise<number>((done) => answers.push(() => done(3))));
            const element = await openContact();

            await click(countButton(element));

            const spinner = query<HTMLElement & { alternativeText: string }>(syncPanel(element), 'lightning-spinner');
            expect(spinner!.alternativeText).toBe('c.Cio_Triggers_SyncCounting');
            expect(countButton(element).disabled).toBe(true);
            expect(startButton(element).disabled).toBe(true);

            answers[0]();
            await flush();
            expect(query(syncPanel(element), 'lightning-spinner')).toBeNull();
            expect(startButton(element).disabled).toBe(false);
        });

        it('starts the sync and follows it every 2 seconds until it completes', async () => {
            jest.useFakeTimers();
            mockCountRecords.mockResolvedValue(201);
            mockStartBackfill.mockResolvedValue(JOB_ID);
            mockBackfillStatus
                .mockResolvedValueOnce(status({ status: 'Queued' }))
                .mockResolvedValueOnce(status({ status: 'Processing', itemsProcessed: 1, totalItems: 2 }))
                .mockResolvedValueOnce(
                    status({
                        status: 'Completed',
                        itemsProcessed: 2,
                        totalItems: 2,
                        completedAt: '2026-03-01T09:30:00.000Z'
                    })
                );
            const element = await openContact();
            await typeSince(element, '2026-03-01');
            await click(countButton(element));

            await click(startButton(element));

            expect(mockStartBackfill).toHaveBeenCalledWith({
                triggerName: 'Contact_Identify',
                modifiedSince: new Date('2026-03-01T00:00:00').toISOString()
            });
            expect(mockBackfillStatus).toHaveBeenCalledWith({ jobId: JOB_ID });
            expect(text(syncPanel(element), '.backfill-status')).toBe('Status: Queued');
            expect(text(syncPanel(element), '.backfill-progress-text')).toBe('0 of 0 batches processed');
            expect(countButton(element).disabled).toBe(true);
            expect(startButton(element).disabled).toBe(true);
            expect(query(syncPanel(element), '.backfill-count-result')).toBeNull();

            await tick();
            expect(text(syncPanel(element), '.backfill-status')).toBe('Status: Processing');
            expect(text(syncPanel(element), '.backfill-progress-text')).toBe('1 of 2 batches processed');
            expect(query<HTMLElement & { value: number }>(syncPanel(element), 'lightning-progress-bar')!.value).toBe(
                50
            );
            expect(query(syncPanel(element), '.backfill-done')).toBeNull();

            await tick();
            expect(text(syncPanel(element), '.backfill-status')).toBe('Status: Completed');
            expect(text(syncPanel(element), '.backfill-progress-text')).toBe('2 of 2 batches processed');
            expect(text(syncPanel(element), '.backfill-done')).toBe('c.Cio_Triggers_SyncDone');
            expect(query(syncPanel(element), '.backfill-failed')).toBeNull();
            expect(countButton(element).disabled).toBe(false);
            expect(startButton(element).disabled).toBe(true);

            await tick();
            expect(mockBackfillStatus).toHaveBeenCalledTimes(3);
        });

        it('says how many batches failed when the job ends with errors', async () => {
            jest.useFakeTimers();
            mockCountRecords.mockResolvedValue(600);
            mockStartBackfill.mockResolvedValue(JOB_ID);
            mockBackfillStatus.mockResolvedValue(
                status({ status: 'Failed', itemsProcessed: 3, totalItems: 3, errors: 2, message: 'First error' })
            );
            const element = await openContact();
            await click(countButton(element));

            await click(startButton(element));

            expect(text(syncPanel(element), '.backfill-status')).toBe('Status: Failed');
            expect(text(syncPanel(element), '.backfill-failed')).toBe(
                '2 batch(es) failed. The Activity Log has the details.'
            );
            expect(query(syncPanel(element), '.backfill-done')).toBeNull();
            await tick();
            expect(mockBackfillStatus).toHaveBeenCalledTimes(1);
        });

        it('shows a refused start in the error panel and lets the admin try again', async () => {
            mockCountRecords.mockResolvedValue(10);
            mockStartBackfill.mockRejectedValue({
                body: { message: 'A sync of existing records is already running.' }
            });
            const element = await openContact();
            await click(countButton(element));

            await click(startButton(element));

            const panel = query<HTMLElement & { errors: { body: { message: string } }; friendlyMessage: string }>(
                syncPanel(element),
                'c-cio-error-panel.backfill-error'
            )!;
            expect(panel.friendlyMessage).toBe('c.Cio_Triggers_SyncError');
            expect(panel.errors.body.message).toBe('A sync of existing records is already running.');
            expect(query(syncPanel(element), '.backfill-progress')).toBeNull();
            expect(query(syncPanel(element), 'lightning-spinner')).toBeNull();
            expect(startButton(element).disabled).toBe(false);
        });

        it('shows a failed count in the error panel', async () => {
            mockCountRecords.mockRejectedValue({
                body: { message: 'You need the custom permission CIO_Manage_Settings.' }
            });
            const element = await openContact();

            await click(countButton(element));

            expect(query(syncPanel(element), 'c-cio-error-panel.backfill-error')).not.toBeNull();
            expect(query(syncPanel(element), '.backfill-count-result')).toBeNull();
            expect(startButton(element).disabled).toBe(true);
        });

        it('stops following the job and shows the error when its status cannot be read', async () => {
            jest.useFakeTimers();
            mockCountRecords.mockResolvedValue(10);
            mockStartBackfill.mockResolvedValue(JOB_ID);
            mockBackfillStatus
                .mockResolvedValueOnce(status({ status: 'Processing', totalItems: 1 }))
                .mockRejectedValueOnce(new Error('offline'));
            const element = await openContact();
            await click(countButton(element));
            await click(startButton(element));

            await tick();

            expect(query(syncPanel(element), 'c-cio-error-panel.backfill-error')).not.toBeNull();
            expect(query(syncPanel(element), '.backfill-progress')).toBeNull();
            expect(countButton(element).disabled).toBe(false);
            await tick();
            expect(mockBackfillStatus).toHaveBeenCalledTimes(2);
        });

        it('stops polling when the component is removed', async () => {
            jest.useFakeTimers();
            mockCountRecords.mockResolvedValue(10);
            mockStartBackfill.mockResolvedValue(JOB_ID);
            mockBackfillStatus.mockResolvedValue(status({ status: 'Processing', totalItems: 1 }));
            const element = await openContact();
            await click(countButton(element));
            await click(startButton(element));
            expect(mockBackfillStatus).toHaveBeenCalledTimes(1);

            document.body.removeChild(element);
            await tick();
            await tick();

            expect(mockBackfillStatus).toHaveBeenCalledTimes(1);
        });

        it('stops polling and forgets the sync when another trigger is opened', async () => {
            jest.useFakeTimers();
            mockCountRecords.mockResolvedValue(10);
            mockStartBackfill.mockResolvedValue(JOB_ID);
            mockBackfillStatus.mockResolvedValue(status({ status: 'Processing', totalItems: 1 }));
            const element = await openContact();
            await click(countButton(element));
            await click(startButton(element));

            await toggle(element, 'Lead_Identify');
            await tick();

            expect(mockBackfillStatus).toHaveBeenCalledTimes(1);
            expect(query(syncPanel(element), '.backfill-progress')).toBeNull();
            expect(countButton(element).disabled).toBe(false);
        });

        it('ignores a late count once another trigger is opened', async () => {
            const answers: Array<() => void> = [];
            mockCountRecords.mockReturnValueOnce(new Promise<number>((done) => answers.push(() => done(42))));
            const element = await openContact();
            await click(countButton(element));

            await toggle(element, 'Lead_Identify');
            answers[0]();
            await flush();

            expect(query(syncPanel(element), '.backfill-count-result')).toBeNull();
            expect(query(syncPanel(element), 'lightning-spinner')).toBeNull();
        });

        it('is accessible while a sync runs', async () => {
            mockCountRecords.mockResolvedValue(201);
            mockStartBackfill.mockResolvedValue(JOB_ID);
            mockBackfillStatus.mockResolvedValue(status({ status: 'Completed', itemsProcessed: 2, totalItems: 2 }));
            const element = await openContact();
            await click(countButton(element));
            await click(startButton(element));

            await expect(element).toBeAccessible();
        });
    });

    describe('editing', () => {
        type Form = HTMLElement & { mode: string; trigger: ListedTrigger | null; existingNames: string[] };

        function form(element: HTMLElement): Form | null {
            return query<Form>(shadow(element), 'c-cio-trigger-form');
        }

        function detailButton(
            element: HTMLElement,
            selector: string
        ): HTMLElement & { label: string; disabled: boolean } {
            return query<HTMLElement & { label: string; disabled: boolean }>(details(element)!, selector)!;
        }

        beforeEach(() => {
            mockDescribeObject.mockResolvedValue({ apiName: 'Contact', label: 'Contact', fields: [] });
            mockDeploymentStatus.mockResolvedValue({ state: 'InProgress' });
        });

        it('opens an empty form from New Event Trigger, even when there are no triggers yet', async () => {
            const element = await mount([]);

            query<HTMLElement>(shadow(element), 'lightning-button.new-trigger')!.click();
            await flush();

            expect(form(element)!.mode).toBe('new');
            expect(form(element)!.trigger).toBeNull();
            expect(form(element)!.existingNames).toEqual([]);
        });

        it('opens the selected trigger in the form for Edit and Clone, in place of its details', async () => {
            const element = await mount(triggers());
            await toggle(element, 'Contact_Identify');

            detailButton(element, 'lightning-button.edit-trigger').click();
            await flush();
            expect(form(element)!.mode).toBe('edit');
            expect(form(element)!.trigger!.developerName).toBe('Contact_Identify');
            expect(form(element)!.existingNames).toContain('Lead_Identify');
            expect(details(element)).toBeNull();

            form(element)!.dispatchEvent(new CustomEvent('cancel'));
            await flush();
            expect(form(element)).toBeNull();
            expect(details(element)).not.toBeNull();

            detailButton(element, 'lightning-button.clone-trigger').click();
            await flush();
            expect(form(element)!.mode).toBe('clone');
        });

        it('reads the list again when the form saved a trigger, and opens it', async () => {
            const element = await mount(triggers());
            query<HTMLElement>(shadow(element), 'lightning-button.new-trigger')!.click();
            await flush();

            form(element)!.dispatchEvent(new CustomEvent('saved', { detail: { name: 'Lead_Identify' } }));
            await flush();

            expect(mockRefreshApex).toHaveBeenCalledTimes(1);
            form(element)!.dispatchEvent(new CustomEvent('cancel'));
            await flush();
            expect(text(details(element), '.details-heading')).toBe(
                triggers().find((listed) => listed.developerName === 'Lead_Identify')!.label
            );
        });

        it('deactivates an active trigger by saving it as it is with Active off, and follows the deployment', async () => {
            mockSaveTrigger.mockResolvedValue({ ok: true, jobId: '0Af000000000009AAA' });
            mockDeploymentStatus.mockResolvedValue({ state: 'Succeeded', message: 'Deployed 4 of 4 components' });
            const element = await mount(triggers());
            await toggle(element, 'Contact_Identify');
            expect(detailButton(element, 'lightning-button.toggle-active').label).toBe(
                'c.Cio_TriggerEditor_Deactivate'
            );

            detailButton(element, 'lightning-button.toggle-active').click();
            await flush();

            const input = mockSaveTrigger.mock.calls[0][0].input;
            const listed = triggers().find((candidate) => candidate.developerName === 'Contact_Identify')!;
            expect(input.name).toBe('Contact_Identify');
            expect(input.active).toBe(false);
            expect(input.mappings).toHaveLength(listed.mappings.length);
            const progress = query<HTMLElement & { jobId: string }>(details(element)!, 'c-cio-deploy-progress')!;
            expect(progress.jobId).toBe('0Af000000000009AAA');
            expect(mockRefreshApex).toHaveBeenCalledTimes(1);
            expect(detailButton(element, 'lightning-button.toggle-active').disabled).toBe(true);
        });

        it('offers Activate for an inactive trigger', async () => {
            mockSaveTrigger.mockResolvedValue({ ok: true, jobId: '0Af000000000009AAA' });
            const element = await mount(triggers());
            await toggle(element, 'Lead_Identify');
            expect(detailButton(element, 'lightning-button.toggle-active').label).toBe('c.Cio_TriggerEditor_Activate');

            detailButton(element, 'lightning-button.toggle-active').click();
            await flush();

            expect(mockSaveTrigger.mock.calls[0][0].input.active).toBe(true);
            expect(mockRefreshApex).not.toHaveBeenCalled();
        });

        it('lists why a trigger cannot be switched as it is', async () => {
            mockSaveTrigger.mockResolvedValue({
                ok: false,
                errors: [{ field: 'userIdField', message: 'No field Emial on Contact.' }]
            });
            const element = await mount(triggers());
            await toggle(element, 'Contact_Identify');

            detailButton(element, 'lightning-button.toggle-active').click();
            await flush();

            expect(text(details(element), '.toggle-problem')).toBe('userIdField: No field Emial on Contact.');
            expect(query(details(element)!, 'c-cio-deploy-progress')).toBeNull();
        });

        it('shows a failed switch call in the error panel', async () => {
            mockSaveTrigger.mockRejectedValue({ body: { message: 'No access' } });
            const element = await mount(triggers());
            await toggle(element, 'Contact_Identify');

            detailButton(element, 'lightning-button.toggle-active').click();
            await flush();

            const panel = query<HTMLElement & { errors: unknown }>(
                details(element)!,
                'c-cio-error-panel.toggle-error'
            )!;
            expect(panel.errors).toEqual({ body: { message: 'No access' } });
        });

        describe('send now', () => {
            async function previewedContact(): Promise<HTMLElement> {
                mockPreviewPayload.mockResolvedValue({ ok: true, json: '{ "type" : "identify" }', message: null });
                const element = await mount(triggers());
                await toggle(element, 'Contact_Identify');
                const input = query<HTMLElement>(details(element)!, 'lightning-input.preview-record-id')!;
                input.dispatchEvent(new CustomEvent('change', { detail: { value: '003000000000001AAA' } }));
                await flush();
                query<HTMLElement>(details(element)!, 'lightning-button.preview-button')!.click();
                await flush();
                return element;
            }

            it('queues the previewed event and says so with its message id', async () => {
                mockSendNow.mockResolvedValue({ ok: true, messageId: 'sf-abc', message: null });
                const element = await previewedContact();

                detailButton(element, 'lightning-button.send-now-button').click();
                await flush();

                expect(mockSendNow).toHaveBeenCalledWith({
                    triggerName: 'Contact_Identify',
                    recordId: '003000000000001AAA'
                });
                const result = query<HTMLElement>(details(element)!, '.send-result')!;
                expect(result.textContent).toBe('Queued (message id sf-abc).');
                expect(result.classList).toContain('slds-text-color_success');
            });

            it('shows why the event was not queued', async () => {
                mockSendNow.mockResolvedValue({ ok: false, message: 'Sending is switched off in Settings.' });
                const element = await previewedContact();

                detailButton(element, 'lightning-button.send-now-button').click();
                await flush();

                const result = query<HTMLElement>(details(element)!, '.send-result')!;
                expect(result.textContent).toBe('Sending is switched off in Settings.');
                expect(result.classList).toContain('slds-text-color_error');
            });

            it('shows a failed send call in the error panel', async () => {
                mockSendNow.mockRejectedValue({ body: { message: 'Boom' } });
                const element = await previewedContact();

                detailButton(element, 'lightning-button.send-now-button').click();
                await flush();

                expect(query(details(element)!, 'c-cio-error-panel.send-error')).not.toBeNull();
            });

            it('is not offered before a preview built an event', async () => {
                const element = await mount(triggers());
                await toggle(element, 'Contact_Identify');

                expect(query(details(element)!, 'lightning-button.send-now-button')).toBeNull();
            });
        });
    });

    describe('accessibility', () => {
        it('is accessible with the list and a missing-trigger details panel open', async () => {
            const element = await mount(triggers());
            await toggle(element, 'Invoice_Line_Added');

            await expect(element).toBeAccessible();
        });

        it('is accessible when empty', async () => {
            const element = await mount([]);

            await expect(element).toBeAccessible();
        });

        it('is accessible on error', async () => {
            const element = await mount();
            adapter.error();
            await flush();

            await expect(element).toBeAccessible();
        });
    });
});
