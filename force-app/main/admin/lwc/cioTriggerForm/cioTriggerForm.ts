import { LightningElement, api, wire } from 'lwc';
import listObjects from '@salesforce/apex/CioTriggerEditorController.listObjects';
import describeObject from '@salesforce/apex/CioTriggerEditorController.describeObject';
import validateTrigger from '@salesforce/apex/CioTriggerEditorController.validateTrigger';
import saveTrigger from '@salesforce/apex/CioTriggerEditorController.saveTrigger';
import {
    EDITOR_LABELS,
    OPERATIONS,
    clientErrors,
    cloneDraft,
    developerNameFrom,
    draftFromTrigger,
    emptyDraft,
    errorsByField,
    fieldOptions,
    formatLabel,
    toInput,
    withCurrent,
    type FieldError,
    type ListedTrigger,
    type MappingDraft,
    type ObjectOption,
    type ObjectSchema,
    type Option,
    type SaveTriggerResult,
    type TriggerDraft
} from 'c/cioTriggerModel';

export type FormMode = 'new' | 'edit' | 'clone';

interface WireResult<T> {
    data?: T;
    error?: unknown;
}

/** Field keys in the order the form shows them, for the summary of problems. */
const FIELD_ORDER = [
    'label',
    'name',
    'objectApiName',
    'operations',
    'eventType',
    'eventName',
    'userIdField',
    'groupIdField',
    'objectTypeId',
    'changedFields',
    'description'
];

/**
 * The Event Trigger form of the Triggers tab: New, Edit and Clone. Every choice that names something in the org
 * is picked from it (objects that can carry a trigger, the object's fields from describe, parents one level up in
 * the mapping editor), so typos cannot happen; what still can go wrong is checked twice: required values and
 * duplicate target keys at once in the browser, and the whole trigger against the org's schema by the server
 * (CioTriggerDeployer.validate) on "Check" and on "Save". Problems show next to their field and in a summary.
 * Saving deploys the custom metadata with the Metadata API; c-cio-deploy-progress follows the deployment and the
 * form fires `saved` (detail: { name }) when it succeeded, `cancel` when the admin leaves.
 */
export default class CioTriggerForm extends LightningElement {
    labels = EDITOR_LABELS;

    @api mode: FormMode = 'new';
    /** The listed trigger to edit or clone; ignored for new. */
    @api trigger: ListedTrigger | null = null;
    /** DeveloperNames already taken, so a clone gets a free one. */
    @api existingNames: string[] = [];

    @wire(listObjects)
    wiredObjects: WireResult<ObjectOption[]> | undefined;

    draft: TriggerDraft = emptyDraft();
    schema: ObjectSchema | null = null;
    schemaLoading = false;
    schemaError: unknown = null;
    /** Error message by field key, from the browser's checks or the server's. */
    errors: Record<string, string> = {};
    /** What an Apex call threw (not a validation result). */
    callError: unknown = null;
    busy: 'check' | 'save' | null = null;
    checkedOk = false;
    jobId: string | null = null;
    deployState: string | null = null;
    /** Whether the admin typed the API name; until then it follows the label (new and clone only). */
    private nameEdited = false;
    private schemaRequest = 0;

    override connectedCallback(): void {
        if (this.trigger && this.mode === 'edit') {
            this.draft = draftFromTrigger(this.trigger);
        } else if (this.trigger && this.mode === 'clone') {
            this.draft = cloneDraft(this.trigger, this.existingNames, this.labels.cloneSuffix);
        } else {
            this.draft = emptyDraft();
        }
        this.nameEdited = this.mode !== 'new';
        if (this.draft.objectApiName) {
            this.loadSchema(this.draft.objectApiName);
        }
    }

    get heading(): string {
        if (this.mode === 'edit') {
            return formatLabel(this.labels.formEditHeading, this.draft.label);
        }
        return this.mode === 'clone' ? this.labels.formCloneHeading : this.labels.formNewHeading;
    }

    get isEdit(): boolean {
        return this.mode === 'edit';
    }

    get objectsLoading(): boolean {
        return !this.wiredObjects?.data && !this.wiredObjects?.error;
    }

    get objectsError(): unknown {
        return this.wiredObjects?.error ?? null;
    }

    get objectOptions(): Option[] {
        const options = (this.wiredObjects?.data ?? []).map((object) => ({
            label: `${object.label} (${object.apiName})`,
            value: object.apiName
        }));
        return withCurrent(options, this.draft.objectApiName);
    }

    get operationOptions(): Option[] {
        return OPERATIONS.map((operation) => ({ label: this.labels.operation[operation], value: operation }));
    }

    get eventTypeOptions(): Option[] {
        return (['identify', 'track', 'group', 'delete'] as const).map((type) => ({
            label: this.labels.eventType[type],
            value: type
        }));
    }

    get eventTypeHelp(): string {
        return this.labels.eventTypeHelp[this.draft.eventType as keyof typeof this.labels.eventTypeHelp] ?? '';
    }

    get isTrack(): boolean {
        return this.draft.eventType === 'track';
    }

    get usesGroupId(): boolean {
        return this.draft.eventType === 'group' || this.draft.eventType === 'delete';
    }

    get isGroup(): boolean {
        return this.draft.eventType === 'group';
    }

    get usesChangedFields(): boolean {
        return this.draft.operations.includes('update');
    }

    get userIdLabel(): string {
        return this.usesGroupId ? this.labels.userIdFieldOptional : this.labels.userIdField;
    }

    get userIdRequired(): boolean {
        return this.draft.eventType === 'identify' || this.draft.eventType === 'track';
    }

    get fieldOptions(): Option[] {
        return fieldOptions(this.schema);
    }

    get userIdOptions(): Option[] {
        return withCurrent(this.fieldOptions, this.draft.userIdField);
    }

    get groupIdOptions(): Option[] {
        return withCurrent(this.fieldOptions, this.draft.groupIdField);
    }

    get changedFieldOptions(): Option[] {
        return this.draft.changedFields.reduce((options, field) => withCurrent(options, field), this.fieldOptions);
    }

    get hasSchema(): boolean {
        return this.schema !== null;
    }

    get mappings(): MappingDraft[] {
        return this.draft.mappings;
    }

    get busyNow(): boolean {
        return this.busy !== null || this.deploying;
    }

    get deploying(): boolean {
        return this.jobId !== null && this.deployState === null;
    }

    get checking(): boolean {
        return this.busy === 'check';
    }

    get saving(): boolean {
        return this.busy === 'save';
    }

    get deployed(): boolean {
        return this.deployState === 'Succeeded';
    }

    get cancelLabel(): string {
        return this.deployed ? this.labels.formClose : this.labels.formCancel;
    }

    /** One line per problem, in form order, for the summary at the top. */
    get problems(): { key: string; text: string }[] {
        const keys = Object.keys(this.errors);
        const rank = (key: string): number => {
            const position = FIELD_ORDER.indexOf(key.replace(/\[\d+\].*$/, ''));
            return position < 0 ? FIELD_ORDER.length : position;
        };
        return keys
            .sort((a, b) => rank(a) - rank(b))
            .map((key) => ({ key, text: `${this.fieldName(key)}: ${this.errors[key]}` }));
    }

    get hasProblems(): boolean {
        return Object.keys(this.errors).length > 0;
    }

    get problemsHeading(): string {
        return formatLabel(this.labels.formProblems, Object.keys(this.errors).length);
    }

    /** The first problem of any changed field (`changedFields[i]`); the other fields' errors are read by key. */
    get changedFieldsError(): string | null {
        const key = Object.keys(this.errors).find((field) => field.startsWith('changedFields'));
        return key ? this.errors[key] : null;
    }

    handleLabelChange(event: CustomEvent<{ value?: string }>): void {
        const label = event.detail.value ?? '';
        this.change({ label, ...(this.nameEdited ? {} : { name: developerNameFrom(label) }) });
    }

    handleNameChange(event: CustomEvent<{ value?: string }>): void {
        this.nameEdited = true;
        this.change({ name: event.detail.value ?? '' });
    }

    handleObjectChange(event: CustomEvent<{ value?: string }>): void {
        const objectApiName = event.detail.value ?? '';
        // Fields of the old object mean nothing on the new one.
        this.change({ objectApiName, userIdField: null, groupIdField: null, changedFields: [] });
        this.loadSchema(objectApiName);
    }

    handleOperationsChange(event: CustomEvent<{ value?: string[] }>): void {
        this.change({ operations: [...(event.detail.value ?? [])] });
    }

    handleEventTypeChange(event: CustomEvent<{ value?: string }>): void {
        this.change({ eventType: event.detail.value ?? 'identify' });
    }

    handleEventNameChange(event: CustomEvent<{ value?: string }>): void {
        this.change({ eventName: event.detail.value ?? '' });
    }

    handleUserIdChange(event: CustomEvent<{ value?: string }>): void {
        this.change({ userIdField: event.detail.value ?? '' });
    }

    handleGroupIdChange(event: CustomEvent<{ value?: string }>): void {
        this.change({ groupIdField: event.detail.value ?? '' });
    }

    handleObjectTypeIdChange(event: CustomEvent<{ value?: string }>): void {
        this.change({ objectTypeId: event.detail.value ?? '' });
    }

    handleChangedFieldsChange(event: CustomEvent<{ value?: string[] }>): void {
        this.change({ changedFields: [...(event.detail.value ?? [])] });
    }

    handleActiveChange(event: CustomEvent<{ checked?: boolean }>): void {
        this.change({ active: event.detail.checked === true });
    }

    handleDescriptionChange(event: CustomEvent<{ value?: string }>): void {
        this.change({ description: event.detail.value ?? '' });
    }

    handleMappingsChange(event: CustomEvent<{ mappings: MappingDraft[] }>): void {
        this.change({ mappings: event.detail.mappings });
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    /** Asks the server whether the trigger would deploy, without deploying it. */
    async handleCheck(): Promise<void> {
        if (!this.checkInBrowser()) {
            return;
        }
        this.busy = 'check';
        try {
            const errors = (await validateTrigger({ input: toInput(this.draft) })) as FieldError[];
            this.errors = errorsByField(errors);
            this.checkedOk = errors.length === 0;
        } catch (error) {
            this.callError = error;
        } finally {
            this.busy = null;
        }
    }

    async handleSave(): Promise<void> {
        if (!this.checkInBrowser()) {
            return;
        }
        this.busy = 'save';
        try {
            const result = (await saveTrigger({ input: toInput(this.draft) })) as SaveTriggerResult;
            if (result.ok && result.jobId) {
                this.jobId = result.jobId;
                this.deployState = null;
            } else {
                this.errors = errorsByField(result.errors);
            }
        } catch (error) {
            this.callError = error;
        } finally {
            this.busy = null;
        }
    }

    handleDeployFinished(event: CustomEvent<{ state: string }>): void {
        this.deployState = event.detail.state;
        if (this.deployState === 'Succeeded') {
            this.dispatchEvent(new CustomEvent('saved', { detail: { name: this.draft.name.trim() } }));
        } else {
            // A failed deployment changed nothing: the admin may fix the form and save again.
            this.jobId = null;
        }
    }

    /** Runs the checks that need no server; shows them and returns whether there were none. */
    private checkInBrowser(): boolean {
        this.callError = null;
        this.checkedOk = false;
        const errors = clientErrors(toInput(this.draft), this.labels.client);
        this.errors = errorsByField(errors);
        return errors.length === 0;
    }

    private change(patch: Partial<TriggerDraft>): void {
        this.draft = { ...this.draft, ...patch };
        this.checkedOk = false;
        // The edited fields' old messages no longer apply; the others stay until the next check.
        const cleared = { ...this.errors };
        for (const key of Object.keys(patch)) {
            for (const field of Object.keys(cleared)) {
                if (field === key || field.startsWith(`${key}[`)) {
                    delete cleared[field];
                }
            }
        }
        this.errors = cleared;
    }

    private async loadSchema(objectApiName: string): Promise<void> {
        const request = ++this.schemaRequest;
        this.schema = null;
        this.schemaError = null;
        if (!objectApiName) {
            return;
        }
        this.schemaLoading = true;
        try {
            const schema = (await describeObject({ objectApiName })) as ObjectSchema;
            if (request === this.schemaRequest) {
                this.schema = schema;
            }
        } catch (error) {
            if (request === this.schemaRequest) {
                this.schemaError = error;
            }
        } finally {
            if (request === this.schemaRequest) {
                this.schemaLoading = false;
            }
        }
    }

    /** How a field key reads in the summary: the field's label, or "Mapping 2 target". */
    private fieldName(key: string): string {
        const mapping = /^mappings\[(\d+)\]\.(source|target)$/.exec(key);
        if (mapping) {
            const template = mapping[2] === 'source' ? this.labels.mappingSource : this.labels.mappingTarget;
            return formatLabel(template, Number(mapping[1]) + 1);
        }
        const changed = /^changedFields\[(\d+)\]$/.exec(key);
        if (changed) {
            return this.labels.fieldNames.changedFields;
        }
        return this.labels.fieldNames[key as keyof typeof this.labels.fieldNames] ?? key;
    }
}
