import { createElement } from 'lwc';
import CioSettings from 'c/cioSettings';
import getSettings from '@salesforce/apex/CioSettingsController.getSettings';
import saveSettings from '@salesforce/apex/CioSettingsController.saveSettings';
import saveApiKeys from '@salesforce/apex/CioSettingsController.saveApiKeys';
import testConnection from '@salesforce/apex/CioSettingsController.testConnection';
import type { ConnectionReport, SaveResult, SettingsInput, SettingsView } from '../settingsTypes';

jest.mock('@salesforce/apex/CioSettingsController.getSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioSettingsController.saveSettings', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioSettingsController.saveApiKeys', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioSettingsController.testConnection', () => ({ default: jest.fn() }), { virtual: true });

// Labels with {0} placeholders get their real wording, so the tests see the sentences the admin reads.
jest.mock('@salesforce/label/c.Cio_Settings_KeySavedBy', () => ({ default: 'Saved · last changed {0} by {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Settings_KeySavedAt', () => ({ default: 'Saved · last changed {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Settings_StatusCode', () => ({ default: 'HTTP {0}' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Settings_Latency', () => ({ default: '{0} ms' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Settings_Workspace', () => ({ default: 'Workspace: {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Cio_Settings_RegionHint',
    () => ({
        default:
            'Your workspace is in {0}, not {1}. Customer.io accepts data sent to the wrong region and then drops it.'
    }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_Settings_SwitchRegion', () => ({ default: 'Switch region to {0}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Cio_Settings_RegionSwitched',
    () => ({ default: 'Region set to {0}. Save settings to apply it, then test again.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Cio_Settings_UnknownPlaceholders',
    () => ({ default: 'Unknown placeholders: {0}. They will show as written.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_Settings_HealthPurgeScheduled', () => ({ default: 'Scheduled · next run {0}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Settings_ValidationWholeNumber', () => ({ default: 'Enter 1 to {0}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Settings_ValidationTooLong', () => ({ default: 'Use {0} characters or fewer.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_Templates_FirstNameSample', () => ({ default: 'Maria' }), { virtual: true });
jest.mock('@salesforce/label/c.Cio_Templates_AgoSample', () => ({ default: '12 minutes ago' }), { virtual: true });

const BASE_VIEW = jest.requireActual<SettingsView>('./data/settingsView.json');
const REPORT_OK = jest.requireActual<ConnectionReport>('./data/connectionReport.ok.json');
const REPORT_WRONG_REGION = jest.requireActual<ConnectionReport>('./data/connectionReport.wrongRegion.json');
const REPORT_FAILED = jest.requireActual<ConnectionReport>('./data/connectionReport.failed.json');
const SAVE_FIELD_ERRORS = jest.requireActual<SaveResult>('./data/saveResult.fieldErrors.json');

const mockGetSettings = getSettings as unknown as jest.Mock;
const mockSaveSettings = saveSettings as unknown as jest.Mock;
const mockSaveApiKeys = saveApiKeys as unknown as jest.Mock;
const mockTestConnection = testConnection as unknown as jest.Mock;

type Validatable = HTMLElement &
    Pick<HTMLInputElement, 'setCustomValidity'> & {
        value?: string;
        checked?: boolean;
        readOnly?: boolean;
        disabled?: boolean;
        label?: string;
        placeholder?: string;
    };

/** A fresh copy of a fixture, so no test sees another's changes. */
function copy<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

/** Changes to the fixture, one level deep: `{ health: { sandboxGuardTripped: true } }`. */
type ViewPatch = { [K in keyof SettingsView]?: Partial<SettingsView[K]> };

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fresh copy of the realistic fixture, with some parts changed. */
function viewWith(patch: ViewPatch = {}): SettingsView {
    const view = copy(BASE_VIEW) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(patch)) {
        const current = view[key];
        view[key] = isObject(current) && isObject(value) ? { ...current, ...value } : value;
    }
    return view as unknown as SettingsView;
}

const formatter = new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/Los_Angeles'
});
function formatted(iso: string): string {
    return formatter.format(new Date(iso));
}

/** Lets pending Apex promises settle and the component re-render. */
function flush(): Promise<void> {
    return Array.from({ length: 10 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

async function mount(view: SettingsView | null = viewWith()): Promise<HTMLElement> {
    if (view) {
        mockGetSettings.mockResolvedValue(view);
    }
    const element = createElement('c-cio-settings', { is: CioSettings });
    document.body.appendChild(element);
    await flush();
    return element;
}

function query<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector);
}

function queryAll<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T[] {
    return Array.from(element.shadowRoot!.querySelectorAll<T>(selector));
}

function field(element: HTMLElement, name: string): Validatable {
    const found = query<Validatable>(element, `[data-field="${name}"]`);
    if (!found) {
        throw new Error(`no input for ${name}`);
    }
    return found;
}

function text(element: HTMLElement, selector: string): string {
    return query(element, selector)?.textContent?.trim() ?? '';
}

async function change(target: HTMLElement, detail: { value?: string; checked?: boolean }): Promise<void> {
    target.dispatchEvent(new CustomEvent('change', { detail }));
    await flush();
}

async function click(element: HTMLElement, selector: string): Promise<void> {
    query(element, selector)!.click();
    await flush();
}

/** Records the custom validity message set on every input, by field name. */
function watchValidity(element: HTMLElement): Map<string, string> {
    const messages = new Map<string, string>();
    for (const input of queryAll<Validatable>(element, '[data-field]')) {
        jest.spyOn(input, 'setCustomValidity').mockImplementation((message: string) => {
            messages.set(input.dataset.field!, message);
        });
    }
    return messages;
}

function healthValue(element: HTMLElement, key: string): string {
    return text(element, `[data-health="${key}"] .health-value`);
}

function expectedInput(edits: Partial<SettingsInput> = {}): SettingsInput {
    return { ...copy(BASE_VIEW.settings), ...edits };
}

describe('c-cio-settings', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    describe('loading', () => {
        it('shows a spinner until the settings arrive', async () => {
            mockGetSettings.mockReturnValue(new Promise(() => undefined));
            const element = await mount(null);

            const spinner = query<HTMLElement & { alternativeText: string }>(element, 'lightning-spinner');
            expect(spinner!.alternativeText).toBe('c.Cio_Settings_Loading');
            expect(query(element, '.settings-form')).toBeNull();
            expect(mockGetSettings).toHaveBeenCalledTimes(1);
        });

        it('shows the error panel when the settings cannot be loaded', async () => {
            const error = { body: { message: 'Insufficient privileges.' } };
            mockGetSettings.mockRejectedValue(error);
            const element = await mount(null);

            const panel = query<HTMLElement & { errors: unknown; friendlyMessage: string }>(
                element,
                'c-cio-error-panel'
            );
            expect(panel!.errors).toEqual(error);
            expect(panel!.friendlyMessage).toBe('c.Cio_Settings_LoadError');
            expect(query(element, '.settings-form')).toBeNull();
        });
    });

    describe('form', () => {
        it('fills every section from the saved settings', async () => {
            const element = await mount();

            expect(field(element, 'siteId').value).toBe('8c1f4e2b9a7d6c503e1f');
            expect(field(element, 'region').value).toBe('US');
            expect(field(element, 'enabled').checked).toBe(true);
            expect(field(element, 'candidateOwnerField').value).toBe('Recruiter__c');
            expect((field(element, 'candidateOwnerField') as unknown as { options: unknown }).options).toEqual(
                BASE_VIEW.ownerFieldOptions
            );
            expect(field(element, 'teamScope').value).toBe('MANAGER_HIERARCHY');
            expect(field(element, 'unassignedPoolOwnerId').value).toBe('005Hs00000C3xYzIAJ');
            expect(field(element, 'keyPagePatterns').value).toBe('job, career, position, opening, hiring, apply');
            expect(field(element, 'hotWindowMinutes').value).toBe('60');
            expect(field(element, 'logRetentionDays').value).toBe('30');
            expect(queryAll(element, '.template-input')).toHaveLength(9);
            expect(field(element, 'template.WARM_JOB').value).toBe('');
            expect(field(element, 'template.WARM_JOB').placeholder).toBe(BASE_VIEW.templates[1].defaultValue);
            expect(query<Validatable>(element, 'lightning-button.save-settings')!.disabled).toBe(false);
            expect(query(element, '.read-only-notice')).toBeNull();
        });

        it('keeps the API keys write-only: empty inputs with a saved or not-set status', async () => {
            const element = await mount();

            expect(field(element, 'writeKey').value).toBe('');
            expect(field(element, 'appApiKey').value).toBe('');
            expect(text(element, '[data-status="writeKey"]')).toBe(
                `Saved · last changed ${formatted('2025-03-04T16:42:00.000Z')} by Priya Raman`
            );
            expect(query(element, '[data-status="writeKey"]')!.className).toContain('slds-text-color_success');
            expect(text(element, '[data-status="appApiKey"]')).toBe('c.Cio_Settings_KeyNotSet');
            expect(query<Validatable>(element, 'lightning-button.save-keys')!.disabled).toBe(true);
        });

        it('says when a key was saved without saying who, or without a date', async () => {
            const element = await mount(
                viewWith({
                    writeKey: { lastChangedBy: null },
                    appApiKey: { isSet: true, lastChangedAt: null, lastChangedBy: null }
                })
            );

            expect(text(element, '[data-status="writeKey"]')).toBe(
                `Saved · last changed ${formatted('2025-03-04T16:42:00.000Z')}`
            );
            expect(text(element, '[data-status="appApiKey"]')).toBe('c.Cio_Settings_KeySaved');
        });

        it('shows the group or queue ID only for the strategies that need one', async () => {
            const element = await mount();
            expect(query(element, '[data-field="teamGroupId"]')).toBeNull();

            await change(field(element, 'teamScope'), { value: 'PUBLIC_GROUP' });
            expect(field(element, 'teamGroupId').label).toBe('c.Cio_Settings_TeamGroupId');

            await change(field(element, 'teamScope'), { value: 'QUEUE' });
            expect(field(element, 'teamGroupId').label).toBe('c.Cio_Settings_TeamQueueId');

            await change(field(element, 'teamScope'), { value: 'ALL_USERS' });
            expect(query(element, '[data-field="teamGroupId"]')).toBeNull();
        });

        it('warns that sending is paused when the sandbox guard is tripped', async () => {
            const element = await mount(viewWith({ health: { sandboxGuardTripped: true } }));

            expect(text(element, '.sandbox-warning')).toBe('c.Cio_Settings_SandboxGuard');
            expect(healthValue(element, 'sandboxGuard')).toBe('c.Cio_Settings_HealthGuardTripped');
        });

        it('is read-only, with a notice, for a user who may not manage settings', async () => {
            const element = await mount(viewWith({ canManage: false, canTest: false }));

            expect(text(element, '.read-only-notice')).toBe('c.Cio_Settings_ReadOnly');
            expect(query<Validatable>(element, 'lightning-button.save-settings')!.disabled).toBe(true);
            expect(query<Validatable>(element, 'lightning-button.save-keys')!.disabled).toBe(true);
            expect(field(element, 'writeKey').disabled).toBe(true);
            expect(field(element, 'enabled').disabled).toBe(true);
            for (const name of ['siteId', 'region', 'candidateOwnerField', 'keyPagePatterns', 'hotWindowMinutes']) {
                expect(field(element, name).readOnly).toBe(true);
            }
            expect(field(element, 'template.HOT_JOB').readOnly).toBe(true);
            expect(queryAll<Validatable>(element, '.reset-template').every((button) => button.disabled)).toBe(true);
            expect(query<Validatable>(element, 'lightning-button.test-connection')!.disabled).toBe(true);
            expect(text(element, '.no-test-permission')).toBe('c.Cio_Settings_ConnectionNoPermission');
        });
    });

    describe('saving settings', () => {
        it('checks the form first and shows each problem next to its field', async () => {
            const element = await mount();
            await change(field(element, 'hotWindowMinutes'), { value: '0' });
            await change(field(element, 'warmWindowHours'), { value: '' });
            await change(field(element, 'engagedWindowDays'), { value: '1.5' });
            await change(field(element, 'logRetentionDays'), { value: '10000' });
            await change(field(element, 'keyPagePatterns'), { value: ' , ' });
            await change(field(element, 'candidateOwnerField'), { value: '' });
            await change(field(element, 'unassignedPoolOwnerId'), { value: '001Hs00000C3xYzIAJ' });
            await change(field(element, 'template.NONE'), { value: 'x'.repeat(256) });
            await change(field(element, 'teamScope'), { value: 'PUBLIC_GROUP' });
            const messages = watchValidity(element);

            await click(element, 'lightning-button.save-settings');

            expect(mockSaveSettings).not.toHaveBeenCalled();
            expect(text(element, '.save-message-text')).toBe('c.Cio_Settings_FixFields');
            expect(Object.fromEntries([...messages].filter(([, message]) => message !== ''))).toEqual({
                hotWindowMinutes: 'Enter 1 to 1440.',
                warmWindowHours: 'c.Cio_Settings_ValidationRequired',
                engagedWindowDays: 'Enter 1 to 90.',
                logRetentionDays: 'Enter 1 to 3650.',
                keyPagePatterns: 'c.Cio_Settings_ValidationPatternsRequired',
                candidateOwnerField: 'c.Cio_Settings_ValidationRequired',
                unassignedPoolOwnerId: 'c.Cio_Settings_ValidationPoolOwnerId',
                teamGroupId: 'c.Cio_Settings_ValidationRequired',
                'template.NONE': 'Use 255 characters or fewer.'
            });
            expect(messages.get('siteId')).toBe('');
        });

        it('rejects a group ID that is not a group, and a pattern list that is too long', async () => {
            const element = await mount();
            await change(field(element, 'teamScope'), { value: 'QUEUE' });
            await change(field(element, 'teamGroupId'), { value: '005Hs00000C3xYz' });
            await change(field(element, 'keyPagePatterns'), { value: 'job,'.repeat(64) });
            const messages = watchValidity(element);

            await click(element, 'lightning-button.save-settings');

            expect(messages.get('teamGroupId')).toBe('c.Cio_Settings_ValidationGroupId');
            expect(messages.get('keyPagePatterns')).toBe('Use 255 characters or fewer.');
            expect(mockSaveSettings).not.toHaveBeenCalled();
        });

        it('applies the server rules that need no data: Site ID, window order, a key before enabling', async () => {
            const element = await mount(
                viewWith({ writeKey: { isSet: false, lastChangedAt: null, lastChangedBy: null } })
            );
            await change(field(element, 'siteId'), { value: 'site id with spaces' });
            await change(field(element, 'hotWindowMinutes'), { value: '1440' });
            await change(field(element, 'warmWindowHours'), { value: '12' });
            const messages = watchValidity(element);

            await click(element, 'lightning-button.save-settings');

            expect(messages.get('siteId')).toBe('c.Cio_Settings_ValidationSiteId');
            expect(messages.get('warmWindowHours')).toBe('c.Cio_Settings_ValidationWindowOrder');
            expect(messages.get('enabled')).toBe('c.Cio_Settings_ValidationEnableNeedsKey');
            expect(mockSaveSettings).not.toHaveBeenCalled();
        });

        it('clears a field message as soon as the admin edits that field', async () => {
            const element = await mount();
            await change(field(element, 'hotWindowMinutes'), { value: '0' });
            const messages = watchValidity(element);
            await click(element, 'lightning-button.save-settings');
            expect(messages.get('hotWindowMinutes')).toBe('Enter 1 to 1440.');

            await change(field(element, 'hotWindowMinutes'), { value: '45' });

            expect(messages.get('hotWindowMinutes')).toBe('');
        });

        it('sends the whole form and takes the saved view as the new state', async () => {
            const saved = viewWith({
                settings: { siteId: 'a1b2c3d4e5f6a7b8c9d0', enabled: false },
                health: { enabled: false }
            });
            mockSaveSettings.mockResolvedValue({ ok: true, message: null, fieldErrors: [], view: saved });
            const element = await mount();
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));

            await change(field(element, 'siteId'), { value: '  a1b2c3d4e5f6a7b8c9d0 ' });
            await change(field(element, 'enabled'), { checked: false });
            await change(field(element, 'teamScope'), { value: 'PUBLIC_GROUP' });
            await change(field(element, 'teamGroupId'), { value: '00GHs000001AbCdMAK' });
            await change(field(element, 'unassignedPoolOwnerId'), { value: '' });
            await change(field(element, 'keyPagePatterns'), { value: 'job,  career ,,apply' });
            await change(field(element, 'hotWindowMinutes'), { value: '90' });
            await change(field(element, 'template.HOT_JOB'), { value: '  ' });
            await change(field(element, 'template.QUIET'), { value: '{firstName} went quiet {lastActivity}.' });
            await click(element, 'lightning-button.save-settings');

            const templates = BASE_VIEW.settings.templates.map((template) => ({ ...template }));
            templates[0].value = null;
            templates[4].value = '{firstName} went quiet {lastActivity}.';
            expect(mockSaveSettings).toHaveBeenCalledWith({
                input: expectedInput({
                    siteId: 'a1b2c3d4e5f6a7b8c9d0',
                    enabled: false,
                    teamScope: 'PUBLIC_GROUP',
                    teamGroupId: '00GHs000001AbCdMAK',
                    unassignedPoolOwnerId: null,
                    keyPagePatterns: 'job, career, apply',
                    hotWindowMinutes: 90,
                    templates
                })
            });
            expect(toasts).toHaveLength(1);
            expect(toasts[0].detail).toEqual({
                title: 'c.Cio_Settings_SavedTitle',
                message: 'c.Cio_Settings_SavedMessage',
                variant: 'success'
            });
            expect(field(element, 'siteId').value).toBe('a1b2c3d4e5f6a7b8c9d0');
            expect(field(element, 'teamScope').value).toBe('MANAGER_HIERARCHY');
            expect(healthValue(element, 'sending')).toBe('c.Cio_Settings_Off');
            expect(query(element, '.save-message')).toBeNull();
        });

        it('drops the group ID when the strategy no longer uses one', async () => {
            mockSaveSettings.mockResolvedValue({ ok: true, message: null, fieldErrors: [], view: viewWith() });
            const element = await mount(viewWith({ settings: { teamScope: 'QUEUE', teamGroupId: '00GHs000001AbCd' } }));

            await change(field(element, 'teamScope'), { value: 'ALL_USERS' });
            await click(element, 'lightning-button.save-settings');

            expect((mockSaveSettings.mock.calls[0][0] as { input: SettingsInput }).input).toMatchObject({
                teamScope: 'ALL_USERS',
                teamGroupId: null
            });
        });

        it('reloads the settings when a successful save returns no view', async () => {
            mockSaveSettings.mockResolvedValue({ ok: true, message: null, fieldErrors: [], view: null });
            const element = await mount();
            mockGetSettings.mockResolvedValue(viewWith({ settings: { siteId: 'reloaded' } }));

            await click(element, 'lightning-button.save-settings');

            expect(mockGetSettings).toHaveBeenCalledTimes(2);
            expect(field(element, 'siteId').value).toBe('reloaded');
        });

        it('shows server errors next to their fields and the message on top, keeping the edits', async () => {
            mockSaveSettings.mockResolvedValue({
                ...copy(SAVE_FIELD_ERRORS),
                fieldErrors: [
                    ...SAVE_FIELD_ERRORS.fieldErrors,
                    { field: 'enabledOrgId', message: 'The org ID could not be recorded.' }
                ]
            });
            const element = await mount();
            await change(field(element, 'siteId'), { value: '5b7e0c9d1a2f3e4d6c8b' });
            await change(field(element, 'template.WARM_EMAIL'), { value: 'A very long template' });
            const messages = watchValidity(element);

            await click(element, 'lightning-button.save-settings');

            expect(messages.get('candidateOwnerField')).toBe(
                'Contact has no user lookup field named Recruiter__c that you can read.'
            );
            expect(messages.get('template.WARM_EMAIL')).toBe('The banner template is longer than 255 characters.');
            expect(text(element, '.save-message-text')).toBe('2 settings need attention; nothing was saved.');
            expect(queryAll(element, '.other-errors li').map((li) => li.textContent)).toEqual([
                'The org ID could not be recorded.'
            ]);
            expect(field(element, 'siteId').value).toBe('5b7e0c9d1a2f3e4d6c8b');
            expect(field(element, 'template.WARM_EMAIL').value).toBe('A very long template');
            expect(query(element, '.saving-spinner')).toBeNull();
        });

        it('falls back to a generic message when the server gives none', async () => {
            mockSaveSettings.mockResolvedValue({ ok: false, message: null, fieldErrors: [], view: null });
            const element = await mount();

            await click(element, 'lightning-button.save-settings');

            expect(text(element, '.save-message-text')).toBe('c.Cio_Settings_FixFields');
            expect(query(element, '.other-errors')).toBeNull();
        });

        it('shows the error panel when the save call fails, keeping the edits', async () => {
            const error = { body: { message: 'Unable to lock row.' } };
            mockSaveSettings.mockRejectedValue(error);
            const element = await mount();
            await change(field(element, 'siteId'), { value: '5b7e0c9d1a2f3e4d6c8b' });

            await click(element, 'lightning-button.save-settings');

            expect(query<HTMLElement & { errors: unknown }>(element, 'c-cio-error-panel.save-error')!.errors).toEqual(
                error
            );
            expect(field(element, 'siteId').value).toBe('5b7e0c9d1a2f3e4d6c8b');
        });

        it('shows a spinner and blocks a second save while saving', async () => {
            mockSaveSettings.mockReturnValue(new Promise(() => undefined));
            const element = await mount();

            await click(element, 'lightning-button.save-settings');
            await click(element, 'lightning-button.save-settings');

            expect(query(element, '.saving-spinner')).not.toBeNull();
            expect(query<Validatable>(element, 'lightning-button.save-settings')!.disabled).toBe(true);
            expect(mockSaveSettings).toHaveBeenCalledTimes(1);
        });
    });

    describe('saving API keys', () => {
        it('sends only the keys typed, clears the inputs and shows the new statuses', async () => {
            const saved = viewWith({
                appApiKey: { isSet: true, lastChangedAt: '2025-03-06T09:15:00.000Z', lastChangedBy: 'Priya Raman' },
                health: { credentialsSet: true }
            });
            mockSaveApiKeys.mockResolvedValue({ ok: true, message: null, fieldErrors: [], view: saved });
            const element = await mount();
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            await change(field(element, 'siteId'), { value: '9d8c7b6a5f4e3d2c1b0a' });

            await change(field(element, 'appApiKey'), { value: '  sk_app_3f9a7c  ' });
            expect(query<Validatable>(element, 'lightning-button.save-keys')!.disabled).toBe(false);
            await click(element, 'lightning-button.save-keys');

            expect(mockSaveApiKeys).toHaveBeenCalledWith({ writeKey: null, appApiKey: 'sk_app_3f9a7c' });
            expect(field(element, 'appApiKey').value).toBe('');
            expect(text(element, '[data-status="appApiKey"]')).toBe(
                `Saved · last changed ${formatted('2025-03-06T09:15:00.000Z')} by Priya Raman`
            );
            expect(healthValue(element, 'credentials')).toBe('c.Cio_Settings_HealthCredentialsSet');
            expect(toasts[0].detail).toMatchObject({ title: 'c.Cio_Settings_KeysSavedTitle', variant: 'success' });
            expect(field(element, 'siteId').value).toBe('9d8c7b6a5f4e3d2c1b0a');
        });

        it('reloads the statuses when a successful key save returns no view', async () => {
            mockSaveApiKeys.mockResolvedValue({ ok: true, message: null, fieldErrors: [], view: null });
            const element = await mount();
            mockGetSettings.mockResolvedValue(viewWith({ writeKey: { lastChangedBy: 'Sam Okafor' } }));

            await change(field(element, 'writeKey'), { value: 'cdp_write_91ab' });
            await click(element, 'lightning-button.save-keys');

            expect(mockSaveApiKeys).toHaveBeenCalledWith({ writeKey: 'cdp_write_91ab', appApiKey: null });
            expect(text(element, '[data-status="writeKey"]')).toContain('by Sam Okafor');
        });

        it('shows a rejected key next to its input and keeps what was typed', async () => {
            mockSaveApiKeys.mockResolvedValue({
                ok: false,
                message: 'Customer.io did not accept the key.',
                fieldErrors: [{ field: 'writeKey', message: 'This does not look like a Pipelines write key.' }],
                view: null
            });
            const element = await mount();
            await change(field(element, 'writeKey'), { value: 'not-a-key' });
            const messages = watchValidity(element);

            await click(element, 'lightning-button.save-keys');

            expect(messages.get('writeKey')).toBe('This does not look like a Pipelines write key.');
            expect(text(element, '.keys-message')).toBe('Customer.io did not accept the key.');
            expect(field(element, 'writeKey').value).toBe('not-a-key');

            await change(field(element, 'writeKey'), { value: 'cdp_write_91ab' });
            expect(messages.get('writeKey')).toBe('');
        });

        it('uses a generic message for a rejection without one, and the error panel when the call fails', async () => {
            mockSaveApiKeys.mockResolvedValueOnce({ ok: false, message: null, fieldErrors: [], view: null });
            const element = await mount();
            await change(field(element, 'writeKey'), { value: 'cdp_write_91ab' });

            await click(element, 'lightning-button.save-keys');
            expect(text(element, '.keys-message')).toBe('c.Cio_Settings_SaveKeysFailed');

            mockSaveApiKeys.mockRejectedValueOnce(new Error('Named credential not found.'));
            await click(element, 'lightning-button.save-keys');
            expect(query<HTMLElement & { errors: unknown }>(element, 'c-cio-error-panel.keys-error')!.errors).toEqual(
                new Error('Named credential not found.')
            );
            expect(query(element, '.keys-message')).toBeNull();
            expect(field(element, 'writeKey').value).toBe('cdp_write_91ab');
        });
    });

    describe('Test Connection', () => {
        it('shows a spinner while testing', async () => {
            mockTestConnection.mockReturnValue(new Promise(() => undefined));
            const element = await mount();

            await click(element, 'lightning-button.test-connection');

            expect(query(element, '.testing-state lightning-spinner')).not.toBeNull();
            expect(query<Validatable>(element, 'lightning-button.test-connection')!.disabled).toBe(true);
        });

        it('shows one row per API with status, timing and workspace', async () => {
            mockTestConnection.mockResolvedValue(copy(REPORT_OK));
            const element = await mount();

            await click(element, 'lightning-button.test-connection');

            expect(query(element, '.testing-state')).toBeNull();
            const rows = queryAll(element, '.connection-row');
            expect(rows.map((row) => row.dataset.api)).toEqual(['CDP', 'APP_API']);
            expect(rows[0].querySelector('.row-name')!.textContent).toBe('c.Cio_Settings_PipelinesApi');
            expect(rows[0].querySelector('.row-status')!.textContent).toBe('c.Cio_Settings_CheckPassed');
            expect(rows[0].querySelector('.row-details')!.textContent).toBe('HTTP 200 · 184 ms');
            expect(rows[0].querySelector('.row-workspace')).toBeNull();
            expect(rows[1].querySelector('.row-workspace')!.textContent).toBe('Workspace: Northwind Health Recruiting');
            const icon = rows[1].querySelector<HTMLElement & { iconName: string; alternativeText: string }>(
                'lightning-icon'
            )!;
            expect(icon.iconName).toBe('utility:success');
            expect(icon.alternativeText).toBe('c.Cio_Settings_CheckPassed');
            expect(query(element, '.region-hint')).toBeNull();
        });

        it('shows a failure and a skipped check each on its own row', async () => {
            mockTestConnection.mockResolvedValue(copy(REPORT_FAILED));
            const element = await mount();

            await click(element, 'lightning-button.test-connection');

            const [cdp, appApi] = queryAll(element, '.connection-row');
            expect(cdp.querySelector('.row-status')!.textContent).toBe('c.Cio_Settings_CheckFailed');
            expect(cdp.querySelector<HTMLElement & { iconName: string }>('lightning-icon')!.iconName).toBe(
                'utility:error'
            );
            expect(cdp.querySelector('.row-details')!.textContent).toBe('HTTP 503 · 10012 ms');
            expect(cdp.querySelector('.row-message')!.textContent).toBe(REPORT_FAILED.cdp.message);
            expect(appApi.querySelector('.row-status')!.textContent).toBe('c.Cio_Settings_CheckSkipped');
            expect(appApi.querySelector('.row-details')).toBeNull();
            expect(appApi.querySelector('.row-message')!.textContent).toBe(
                'The App API Key is not set. Save it above, then test again.'
            );
        });

        it('fails one API while the other passes', async () => {
            const report = copy(REPORT_OK);
            report.appApi = {
                ...report.appApi,
                ok: false,
                statusCode: 403,
                message: 'The App API key does not have access to this workspace.',
                workspaceName: null
            };
            mockTestConnection.mockResolvedValue(report);
            const element = await mount();

            await click(element, 'lightning-button.test-connection');

            const statuses = queryAll(element, '.connection-row .row-status').map((status) => status.textContent);
            expect(statuses).toEqual(['c.Cio_Settings_CheckPassed', 'c.Cio_Settings_CheckFailed']);
        });

        it('names the right region and switches the form to it, unsaved, for the admin to save', async () => {
            mockTestConnection.mockResolvedValue(copy(REPORT_WRONG_REGION));
            mockSaveSettings.mockResolvedValue({ ok: true, message: null, fieldErrors: [], view: viewWith() });
            const element = await mount();

            await click(element, 'lightning-button.test-connection');

            const hints = queryAll(element, '.region-hint');
            expect(hints).toHaveLength(1);
            expect(text(element, '.region-hint-message')).toBe(
                'Your workspace is in EU, not US. Customer.io accepts data sent to the wrong region and then drops it.'
            );
            expect(query<Validatable>(element, '.switch-region')!.label).toBe('Switch region to EU');

            await click(element, '.switch-region');

            expect(field(element, 'region').value).toBe('EU');
            expect(query(element, '.switch-region')).toBeNull();
            expect(text(element, '.region-switched')).toBe(
                'Region set to EU. Save settings to apply it, then test again.'
            );
            expect(mockSaveSettings).not.toHaveBeenCalled();

            await click(element, 'lightning-button.save-settings');
            expect((mockSaveSettings.mock.calls[0][0] as { input: SettingsInput }).input.region).toBe('EU');
            expect(query(element, '.region-hint')).toBeNull();
        });

        it('shows the error panel when Test Connection cannot run', async () => {
            mockTestConnection.mockRejectedValue({ body: { message: 'Callout loop not allowed.' } });
            const element = await mount();

            await click(element, 'lightning-button.test-connection');

            const panel = query<HTMLElement & { friendlyMessage: string }>(element, 'c-cio-error-panel.test-error');
            expect(panel!.friendlyMessage).toBe('c.Cio_Settings_TestError');
            expect(query(element, '.connection-results')).toBeNull();
        });
    });

    describe('banner templates', () => {
        function preview(element: HTMLElement, key: string): string {
            return text(element, `.template-item[data-key="${key}"] .template-preview`);
        }

        it('previews each template live with sample values, as plain text', async () => {
            const element = await mount();

            expect(preview(element, 'HOT_JOB')).toBe(
                'Maria is on /jobs/icu-nurse right now (12 minutes ago). Call before another agency does.'
            );
            expect(preview(element, 'WARM_JOB')).toBe(
                'Maria viewed 3 key pages today, most recently /jobs/icu-nurse 12 minutes ago.'
            );

            await change(field(element, 'template.WARM_JOB'), { value: '<b>{firstName}</b> is warming up' });

            expect(preview(element, 'WARM_JOB')).toBe('<b>Maria</b> is warming up');
            expect(query(element, '.template-item[data-key="WARM_JOB"] b')).toBeNull();
        });

        it('resets a template to its default', async () => {
            const element = await mount();
            const reset = query<Validatable>(element, '.template-item[data-key="HOT_JOB"] .reset-template')!;
            expect(reset.disabled).toBe(false);

            reset.click();
            await flush();

            expect(field(element, 'template.HOT_JOB').value).toBe('');
            expect(preview(element, 'HOT_JOB')).toBe(
                'Maria is looking at /jobs/icu-nurse right now (12 minutes ago). Reach out while the interest is hot.'
            );
            expect(reset.disabled).toBe(true);
        });

        it('warns about unknown placeholders for that template only', async () => {
            const element = await mount();

            await change(field(element, 'template.QUIET'), {
                value: '{firstname} went quiet {lastSeen} ({firstname})'
            });

            const warnings = queryAll(element, '.unknown-warning');
            expect(warnings).toHaveLength(1);
            expect(warnings[0].closest('.template-item')!.getAttribute('data-key')).toBe('QUIET');
            expect(warnings[0].textContent).toBe(
                'Unknown placeholders: {firstname}, {lastSeen}. They will show as written.'
            );
            expect(preview(element, 'QUIET')).toBe('{firstname} went quiet {lastSeen} ({firstname})');
        });

        it('lists every placeholder with its meaning and an example', async () => {
            const element = await mount();

            const rows = queryAll(element, '.placeholder-reference tbody tr');
            expect(rows).toHaveLength(12);
            expect(rows[0].querySelector('th')!.textContent).toBe('{firstName}');
            expect(rows[0].querySelectorAll('td')[0].textContent).toBe('c.Cio_Templates_FirstNameMeaning');
            expect(rows[0].querySelectorAll('td')[1].textContent).toBe('Maria');
            expect(rows[2].querySelectorAll('td')[1].textContent).toBe('/jobs/icu-nurse');
        });
    });

    describe('health', () => {
        it('shows sending, keys, last calls, outbox counts and the purge schedule', async () => {
            const element = await mount();

            expect(healthValue(element, 'sending')).toBe('c.Cio_Settings_On');
            expect(healthValue(element, 'sandboxGuard')).toBe('c.Cio_Settings_HealthGuardOk');
            expect(healthValue(element, 'credentials')).toBe('c.Cio_Settings_HealthCredentialsMissing');
            expect(query(element, '[data-health="credentials"] .slds-text-color_error')).not.toBeNull();
            expect(healthValue(element, 'lastCdp')).toBe(formatted('2025-03-05T14:03:27.000Z'));
            expect(healthValue(element, 'lastAppApi')).toBe('c.Cio_Settings_HealthNever');
            expect(healthValue(element, 'pending')).toBe('12');
            expect(healthValue(element, 'failed')).toBe('2');
            expect(healthValue(element, 'dead')).toBe('0');
            expect(healthValue(element, 'oldestPending')).toBe(formatted('2025-03-05T14:01:10.000Z'));
            expect(healthValue(element, 'purge')).toBe(`Scheduled · next run ${formatted('2025-03-06T10:00:00.000Z')}`);
            expect(query(element, '[data-health="outbox"]')).toBeNull();
            expect(query(element, '.purge-command')).toBeNull();
            expect(healthValue(element, 'sender')).toBe('c.Cio_Settings_HealthSenderOk');
            expect(query(element, '[data-health="sender"] .slds-text-color_error')).toBeNull();
        });

        it('says who the sender runs as when that user cannot use the credential, and when none ran yet', async () => {
            const noAccess = await mount(
                viewWith({ health: { senderRunsAs: 'Rita Recruiter', senderHasAccess: false } })
            );
            expect(healthValue(noAccess, 'sender')).toBe('c.Cio_Settings_HealthSenderNoAccess');
            expect(query(noAccess, '[data-health="sender"] .slds-text-color_error')).not.toBeNull();

            const notYet = await mount(viewWith({ health: { senderRunsAs: null, senderHasAccess: null } }));
            expect(healthValue(notYet, 'sender')).toBe('c.Cio_Settings_HealthSenderNotYet');
        });

        it('says the outbox comes with the outbound engine, and how to schedule the purge', async () => {
            const element = await mount(
                viewWith({
                    health: {
                        outboxAvailable: false,
                        pendingEvents: null,
                        failedEvents: null,
                        deadEvents: null,
                        oldestPendingAt: null,
                        purgeScheduled: false,
                        purgeNextRunAt: null
                    }
                })
            );

            expect(healthValue(element, 'outbox')).toBe('c.Cio_Settings_HealthOutboxUnavailable');
            expect(query(element, '[data-health="pending"]')).toBeNull();
            expect(text(element, '[data-health="purge"] .purge-command')).toBe('CioActivityLogPurge.scheduleDaily();');
        });

        it('copes with a scheduled purge without a next run, and no pending events', async () => {
            const element = await mount(
                viewWith({ health: { pendingEvents: 0, oldestPendingAt: null, purgeNextRunAt: null } })
            );

            expect(healthValue(element, 'oldestPending')).toBe('c.Cio_Settings_HealthNone');
            expect(healthValue(element, 'purge')).toBe('c.Cio_Settings_HealthPurgeScheduledNoDate');
        });
    });

    it('is accessible with results, warnings and errors showing', async () => {
        mockTestConnection.mockResolvedValue(copy(REPORT_WRONG_REGION));
        mockSaveSettings.mockResolvedValue(copy(SAVE_FIELD_ERRORS));
        const element = await mount(viewWith({ health: { sandboxGuardTripped: true } }));
        await click(element, 'lightning-button.test-connection');
        await change(field(element, 'template.QUIET'), { value: '{firstname} went quiet' });
        await click(element, 'lightning-button.save-settings');

        await expect(element).toBeAccessible();
    });
});
