import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getSettings from '@salesforce/apex/CioSettingsController.getSettings';
import saveSettings from '@salesforce/apex/CioSettingsController.saveSettings';
import saveApiKeys from '@salesforce/apex/CioSettingsController.saveApiKeys';
import testConnection from '@salesforce/apex/CioSettingsController.testConnection';
import {
    NUMBER_FIELDS,
    NUMBER_MAX,
    modelFromView,
    needsTeamGroup,
    templateField,
    toInput,
    withField,
    withTemplate,
    type FormField,
    type FormModel
} from './formState';
import { LABELS } from './labels';
import { validate, type FieldErrors } from './validation';
import {
    REGION_OPTIONS,
    TEAM_SCOPE_OPTIONS,
    connectionRows,
    healthItems,
    keyStatus,
    placeholderRows,
    regionHints,
    templateItems,
    type CheckRow,
    type HealthItem,
    type PlaceholderRow,
    type RegionHint,
    type TemplateItem
} from './viewModels';
import type { ConnectionReport, FieldError, Option, SaveResult, SettingsView } from './settingsTypes';

/** The base input components we set messages on (lightning-input, -combobox, -textarea). */
type ValidatableElement = HTMLElement & Pick<HTMLInputElement, 'setCustomValidity' | 'reportValidity'>;

type KeyField = 'writeKey' | 'appApiKey';

const NUMBER_LABELS: Record<(typeof NUMBER_FIELDS)[number], [string, string]> = {
    hotWindowMinutes: [LABELS.hotWindow, LABELS.hotWindowHelp],
    warmWindowHours: [LABELS.warmWindow, LABELS.warmWindowHelp],
    engagedWindowDays: [LABELS.engagedWindow, LABELS.engagedWindowHelp],
    emailWarmWindowHours: [LABELS.emailWarmWindow, LABELS.emailWarmWindowHelp],
    logRetentionDays: [LABELS.logRetention, LABELS.logRetentionHelp]
};

function errorMap(fieldErrors: FieldError[] | null | undefined): FieldErrors {
    return Object.fromEntries((fieldErrors ?? []).map((error) => [error.field, error.message]));
}

function without(errors: FieldErrors, field: string): FieldErrors {
    return Object.fromEntries(Object.entries(errors).filter(([name]) => name !== field));
}

function fieldOf(event: Event): string {
    return (event.currentTarget as HTMLElement).dataset.field ?? '';
}

/**
 * The CIO Pipelines Settings tab: Customer.io credentials (write-only), Test Connection, recruiter scoping, banner
 * templates with a live preview, engagement tuning and a health panel. Everything goes through
 * CioSettingsController imperatively; the form keeps the admin's edits until a save succeeds.
 */
export default class CioSettings extends LightningElement {
    labels = LABELS;
    regionOptions = REGION_OPTIONS;
    teamScopeOptions = TEAM_SCOPE_OPTIONS;
    placeholderRows: PlaceholderRow[] = placeholderRows();

    view: SettingsView | null = null;
    /** The form as edited; null until the settings have loaded. */
    model: FormModel | null = null;

    loading = true;
    loadError: unknown = null;

    saving = false;
    saveError: unknown = null;
    /** SaveResult.message (or the validation summary), shown above the form. */
    topMessage: string | null = null;
    /** Server errors for fields this form does not show, so none is lost. */
    otherErrors: string[] = [];
    fieldErrors: FieldErrors = {};

    writeKeyInput = '';
    appApiKeyInput = '';
    savingKeys = false;
    keysError: unknown = null;
    keysMessage: string | null = null;
    keyErrors: FieldErrors = {};

    testing = false;
    testError: unknown = null;
    report: ConnectionReport | null = null;

    override connectedCallback(): void {
        this.load();
    }

    // ---- state the template reads ------------------------------------------------------------------------------

    get readOnly(): boolean {
        return this.view?.canManage !== true;
    }

    get saveDisabled(): boolean {
        return this.readOnly || this.saving || this.savingKeys;
    }

    get saveKeysDisabled(): boolean {
        const typed = this.writeKeyInput.trim() !== '' || this.appApiKeyInput.trim() !== '';
        return this.readOnly || this.saving || this.savingKeys || !typed;
    }

    get cannotTest(): boolean {
        return this.view?.canTest !== true;
    }

    get testDisabled(): boolean {
        return this.cannotTest || this.testing;
    }

    get writeKeyStatus(): string {
        return keyStatus(this.view?.writeKey);
    }

    get appApiKeyStatus(): string {
        return keyStatus(this.view?.appApiKey);
    }

    get writeKeyStatusClass(): string {
        return this.statusClass(this.view?.writeKey?.isSet);
    }

    get appApiKeyStatusClass(): string {
        return this.statusClass(this.view?.appApiKey?.isSet);
    }

    get sandboxGuardTripped(): boolean {
        return this.view?.health?.sandboxGuardTripped === true;
    }

    get ownerFieldOptions(): Option[] {
        return this.view?.ownerFieldOptions ?? [];
    }

    get showTeamGroup(): boolean {
        return needsTeamGroup(this.model?.teamScope ?? '');
    }

    get teamGroupLabel(): string {
        return this.model?.teamScope === 'QUEUE' ? LABELS.teamQueueId : LABELS.teamGroupId;
    }

    get numberInputs(): { field: string; label: string; help: string; value: string; max: number }[] {
        return NUMBER_FIELDS.map((field) => ({
            field,
            label: NUMBER_LABELS[field][0],
            help: NUMBER_LABELS[field][1],
            value: this.model?.[field] ?? '',
            max: NUMBER_MAX[field]
        }));
    }

    get templateItems(): TemplateItem[] {
        return this.view && this.model ? templateItems(this.view.templates, this.model, this.readOnly) : [];
    }

    get connectionRows(): CheckRow[] {
        return this.report ? connectionRows(this.report) : [];
    }

    get regionHints(): RegionHint[] {
        return this.report && this.view && this.model
            ? regionHints(this.report, this.view.settings.region, this.model.region)
            : [];
    }

    get healthItems(): HealthItem[] {
        return this.view?.health ? healthItems(this.view.health) : [];
    }

    get hasOtherErrors(): boolean {
        return this.otherErrors.length > 0;
    }

    // ---- loading -----------------------------------------------------------------------------------------------

    async load(): Promise<void> {
        this.loading = true;
        this.loadError = null;
        try {
            this.applyView((await getSettings()) as SettingsView);
        } catch (error) {
            this.loadError = error;
        } finally {
            this.loading = false;
        }
    }

    /** Takes a view from Apex as the new state: the form starts again from what is saved. */
    applyView(view: SettingsView): void {
        this.view = view;
        this.model = modelFromView(view);
        this.fieldErrors = {};
        this.topMessage = null;
        this.otherErrors = [];
    }

    // ---- editing -----------------------------------------------------------------------------------------------

    handleFieldChange(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
        const field = fieldOf(event) as FormField;
        const value = field === 'enabled' ? event.detail.checked === true : (event.detail.value ?? '');
        this.model = withField(this.model!, field, value);
        this.clearError(field);
    }

    handleTemplateChange(event: CustomEvent<{ value?: string }>): void {
        const target = event.currentTarget as HTMLElement;
        this.model = withTemplate(this.model!, target.dataset.key!, event.detail.value ?? '');
        this.clearError(fieldOf(event));
    }

    handleResetTemplate(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key!;
        this.model = withTemplate(this.model!, key, '');
        this.clearError(templateField(key));
    }

    handleSwitchRegion(event: Event): void {
        this.model = withField(this.model!, 'region', (event.currentTarget as HTMLElement).dataset.region!);
        this.clearError('region');
    }

    handleKeyInput(event: CustomEvent<{ value?: string }>): void {
        const field = fieldOf(event) as KeyField;
        if (field === 'writeKey') {
            this.writeKeyInput = event.detail.value ?? '';
        } else {
            this.appApiKeyInput = event.detail.value ?? '';
        }
        this.clearError(field);
    }

    // ---- saving ------------------------------------------------------------------------------------------------

    async handleSave(): Promise<void> {
        if (this.saveDisabled) {
            return;
        }
        const view = this.view!;
        const model = this.model!;
        this.saveError = null;
        const invalid = validate(model, view.writeKey?.isSet === true);
        if (Object.keys(invalid).length > 0) {
            this.showErrors(invalid, LABELS.fixFields);
            return;
        }
        this.showErrors({}, null);
        this.saving = true;
        try {
            const result = (await saveSettings({ input: toInput(model, view.templates) })) as SaveResult;
            if (result.ok) {
                this.toast(LABELS.savedTitle, LABELS.savedMessage);
                this.report = null;
                this.applyView(result.view ?? ((await getSettings()) as SettingsView));
            } else {
                this.showErrors(errorMap(result.fieldErrors), result.message || LABELS.fixFields);
            }
        } catch (error) {
            this.saveError = error;
        } finally {
            this.saving = false;
        }
    }

    async handleSaveKeys(): Promise<void> {
        if (this.saveKeysDisabled) {
            return;
        }
        const writeKey = this.writeKeyInput.trim() || null;
        const appApiKey = this.appApiKeyInput.trim() || null;
        this.keysError = null;
        this.keysMessage = null;
        this.keyErrors = {};
        this.applyErrors();
        this.savingKeys = true;
        try {
            const result = (await saveApiKeys({ writeKey, appApiKey })) as SaveResult;
            if (result.ok) {
                this.writeKeyInput = '';
                this.appApiKeyInput = '';
                this.report = null;
                this.toast(LABELS.keysSavedTitle, LABELS.keysSavedMessage);
                // Only the key statuses and health change; the rest of the form keeps the admin's unsaved edits.
                this.view = result.view ?? ((await getSettings()) as SettingsView);
            } else {
                this.keyErrors = errorMap(result.fieldErrors);
                this.keysMessage = result.message || LABELS.saveKeysFailed;
                this.applyErrors();
            }
        } catch (error) {
            this.keysError = error;
        } finally {
            this.savingKeys = false;
        }
    }

    async handleTestConnection(): Promise<void> {
        this.testing = true;
        this.testError = null;
        this.report = null;
        try {
            this.report = (await testConnection()) as ConnectionReport;
        } catch (error) {
            this.testError = error;
        } finally {
            this.testing = false;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private statusClass(isSet: boolean | undefined): string {
        return `slds-text-body_small slds-m-top_xx-small key-status ${isSet ? 'slds-text-color_success' : 'slds-text-color_weak'}`;
    }

    private toast(title: string, message: string): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant: 'success' }));
    }

    private inputs(): ValidatableElement[] {
        return Array.from(this.template?.querySelectorAll<ValidatableElement>('[data-field]') ?? []);
    }

    /** Shows settings errors next to their fields, and any the form has no field for above it. */
    private showErrors(errors: FieldErrors, message: string | null): void {
        this.fieldErrors = errors;
        this.topMessage = message;
        const shown = new Set(this.inputs().map((input) => input.dataset.field));
        this.otherErrors = Object.entries(errors)
            .filter(([field]) => !shown.has(field))
            .map(([, text]) => text);
        this.applyErrors();
    }

    /** Puts every current message (settings and keys) on its input, and clears the others. */
    private applyErrors(): void {
        const errors = { ...this.fieldErrors, ...this.keyErrors };
        for (const input of this.inputs()) {
            input.setCustomValidity(errors[input.dataset.field!] ?? '');
            input.reportValidity();
        }
    }

    private clearError(field: string): void {
        if (field in this.fieldErrors || field in this.keyErrors) {
            this.fieldErrors = without(this.fieldErrors, field);
            this.keyErrors = without(this.keyErrors, field);
            const input = this.template?.querySelector<ValidatableElement>(`[data-field="${field}"]`);
            input?.setCustomValidity('');
            input?.reportValidity();
        }
    }
}
