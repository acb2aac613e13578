import { LightningElement, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import listTriggers from '@salesforce/apex/CioTriggerListController.listTriggers';
import previewPayload from '@salesforce/apex/CioTriggerListController.previewPayload';
import saveTrigger from '@salesforce/apex/CioTriggerEditorController.saveTrigger';
import sendPreviewNow from '@salesforce/apex/CioTriggerEditorController.sendPreviewNow';
import countRecords from '@salesforce/apex/CioBackfillController.countRecords';
import startBackfill from '@salesforce/apex/CioBackfillController.startBackfill';
import backfillStatus from '@salesforce/apex/CioBackfillController.backfillStatus';
import {
    EDITOR_LABELS,
    draftFromTrigger,
    formatLabel,
    toInput,
    type FieldError,
    type SaveTriggerResult,
    type SendNowResult
} from 'c/cioTriggerModel';
import type { FormMode } from 'c/cioTriggerForm';
import { LABELS } from './labels';
import { triggerDetails, triggerItems, type TriggerDetails, type TriggerItem } from './viewModels';
import type { BackfillStatus, PreviewResult, TriggerRow } from './triggerTypes';

/** How often a running sync's progress is read. */
const SYNC_POLL_MS = 2000;

/** Job statuses of a sync that has not finished. */
const SYNC_RUNNING: ReadonlySet<string> = new Set(['Holding', 'Queued', 'Preparing', 'Processing']);

/** What an Apex wire adapter provisions: data once it arrived, or the error. */
interface WireResult<T> {
    data?: T;
    error?: unknown;
}

/**
 * The CIO Pipelines Triggers tab: the Event Triggers (custom metadata) with their operations, event, mappings and
 * whether the object has the Apex trigger it needs. "New Event Trigger" opens c-cio-trigger-form; selecting a
 * trigger shows its details with Edit, Clone and Activate / Deactivate (a deployment of the same trigger with the
 * other Active value, followed by c-cio-deploy-progress), the one-line Apex trigger to deploy when the object has
 * none, a payload preview for a record the admin names (and "Send now" for it), and the sync of the trigger's
 * existing records (count first, then start, then follow the job every 2 seconds until it finishes). The list is
 * read again after every successful deployment.
 */
export default class CioTriggerEditor extends LightningElement {
    labels = LABELS;
    editorLabels = EDITOR_LABELS;

    @wire(listTriggers)
    wiredTriggers: WireResult<TriggerRow[]> | undefined;

    /** developerName of the trigger whose details are open. */
    expandedName: string | null = null;

    /** The open form (new, edit or clone), or null. */
    formMode: FormMode | null = null;
    /** The trigger the form edits or clones. */
    formTrigger: TriggerRow | null = null;

    /** Activate / Deactivate of the open trigger: its deployment, or why it could not start. */
    toggleBusy = false;
    toggleJobId: string | null = null;
    toggleLabel = '';
    toggleProblems: FieldError[] = [];
    toggleError: unknown = null;

    /** "Send now" of the previewed event. */
    sending = false;
    sendResult: SendNowResult | null = null;
    sendError: unknown = null;

    /** The record ID typed into the preview. */
    previewRecordId = '';
    previewing = false;
    preview: PreviewResult | null = null;
    /** What previewPayload threw (shown in the error panel). */
    previewError: unknown = null;
    /** Bumped by every preview and every change of trigger, so a late answer never lands under another trigger. */
    private previewRequest = 0;

    /** "Only records modified since", as the date input gives it (YYYY-MM-DD); '' for every record. */
    syncSince = '';
    /** Which sync request is running: a dry-run count or a start. */
    syncBusy: 'count' | 'start' | null = null;
    /** The last dry-run count for the current date; null until counted (and after a start). */
    syncCount: number | null = null;
    /** What a sync request threw (shown in the error panel). */
    syncError: unknown = null;
    /** The started job's last known progress. */
    syncStatus: BackfillStatus | null = null;
    private syncJobId: string | null = null;
    /** Bumped by every sync request and every change of trigger, so a late answer never lands elsewhere. */
    private syncRequest = 0;
    private pollTimer: ReturnType<typeof setTimeout> | null = null;

    get rows(): TriggerRow[] {
        return this.wiredTriggers?.data ?? [];
    }

    get loading(): boolean {
        return !this.wiredTriggers?.data && !this.wiredTriggers?.error;
    }

    get error(): unknown {
        return this.wiredTriggers?.error ?? null;
    }

    get isEmpty(): boolean {
        return this.rows.length === 0;
    }

    get items(): TriggerItem[] {
        return triggerItems(this.rows, this.expandedName);
    }

    get details(): TriggerDetails | null {
        const row = this.rows.find((candidate) => candidate.developerName === this.expandedName);
        return row ? triggerDetails(row) : null;
    }

    get formOpen(): boolean {
        return this.formMode !== null;
    }

    /** The details panel shows only while no form is open. */
    get detailsShown(): TriggerDetails | null {
        return this.formOpen ? null : this.details;
    }

    get existingNames(): string[] {
        return this.rows.map((row) => row.developerName);
    }

    private get expandedRow(): TriggerRow | null {
        return this.rows.find((candidate) => candidate.developerName === this.expandedName) ?? null;
    }

    get toggleButtonLabel(): string {
        return this.expandedRow?.active ? EDITOR_LABELS.deactivate : EDITOR_LABELS.activate;
    }

    get toggleDisabled(): boolean {
        return this.toggleBusy || this.toggleJobId !== null;
    }

    get hasToggleProblems(): boolean {
        return this.toggleProblems.length > 0;
    }

    get toggleProblemItems(): { key: string; text: string }[] {
        return this.toggleProblems.map((problem, index) => ({
            key: `${index}:${problem.field}`,
            text: `${problem.field}: ${problem.message}`
        }));
    }

    /** Send only an event the last preview built. */
    get sendDisabled(): boolean {
        return this.sending || this.previewJson === null;
    }

    get sendMessage(): string | null {
        const result = this.sendResult;
        if (!result) {
            return null;
        }
        return result.ok ? formatLabel(EDITOR_LABELS.sendNowQueued, result.messageId ?? '') : (result.message ?? '');
    }

    get sendMessageClass(): string {
        return this.sendResult?.ok
            ? 'slds-text-color_success slds-m-top_x-small send-result'
            : 'slds-text-color_error slds-m-top_x-small send-result';
    }

    get previewDisabled(): boolean {
        return this.previewing || this.previewRecordId.trim() === '';
    }

    /** The payload JSON, shown as text; null unless the last preview built an event. */
    get previewJson(): string | null {
        return this.preview?.ok ? (this.preview.json ?? '') : null;
    }

    /** Why the last preview built no event; null otherwise. */
    get previewMessage(): string | null {
        return this.preview && !this.preview.ok ? this.preview.message || LABELS.previewError : null;
    }

    get syncCounting(): boolean {
        return this.syncBusy === 'count';
    }

    get syncStarting(): boolean {
        return this.syncBusy === 'start';
    }

    /** A started job that has not finished (or whose first status has not arrived yet). */
    get syncRunning(): boolean {
        return this.syncStatus ? SYNC_RUNNING.has(this.syncStatus.status) : this.syncJobId !== null;
    }

    get syncCountDisabled(): boolean {
        return this.syncBusy !== null || this.syncRunning;
    }

    /** Start only after a count found records, and not while anything runs. */
    get syncStartDisabled(): boolean {
        return this.syncCountDisabled || !this.syncCount;
    }

    get syncCountMessage(): string | null {
        if (this.syncCount === null) {
            return null;
        }
        return this.syncCount > 0 ? formatLabel(LABELS.syncCount, String(this.syncCount)) : LABELS.syncNothing;
    }

    get syncProgressText(): string {
        const status = this.syncStatus;
        return status ? formatLabel(LABELS.syncProgress, String(status.itemsProcessed), String(status.totalItems)) : '';
    }

    /** Percent of batches processed, for the progress bar. */
    get syncProgressValue(): number {
        const status = this.syncStatus;
        return status && status.totalItems > 0 ? Math.round((100 * status.itemsProcessed) / status.totalItems) : 0;
    }

    get syncStatusText(): string {
        return this.syncStatus ? formatLabel(LABELS.syncStatus, this.syncStatus.status) : '';
    }

    get syncFinished(): boolean {
        return this.syncStatus?.status === 'Completed';
    }

    get syncFailedText(): string | null {
        const errors = this.syncStatus?.errors ?? 0;
        return errors > 0 ? formatLabel(LABELS.syncFailedBatches, String(errors)) : null;
    }

    override disconnectedCallback(): void {
        this.stopPolling();
    }

    handleToggle(event: Event): void {
        const name = (event.currentTarget as HTMLElement).dataset.name ?? null;
        this.expandedName = this.expandedName === name ? null : name;
        this.closeForm();
        this.resetDetails();
    }

    handleClose(): void {
        this.expandedName = null;
        this.resetDetails();
    }

    handleNew(): void {
        this.openForm('new', null);
    }

    handleEdit(): void {
        this.openForm('edit', this.expandedRow);
    }

    handleClone(): void {
        this.openForm('clone', this.expandedRow);
    }

    handleFormCancel(): void {
        this.closeForm();
    }

    /** A saved trigger: read the list again; the form stays open on its success message until closed. */
    handleFormSaved(event: CustomEvent<{ name: string }>): void {
        this.expandedName = event.detail.name;
        this.refreshList();
    }

    /** Saves the open trigger as it is with the other Active value. */
    async handleToggleActive(): Promise<void> {
        const row = this.expandedRow;
        if (!row) {
            return;
        }
        this.toggleBusy = true;
        this.toggleProblems = [];
        this.toggleError = null;
        try {
            const input = toInput({ ...draftFromTrigger(row), active: !row.active });
            const result = (await saveTrigger({ input })) as SaveTriggerResult;
            if (result.ok && result.jobId) {
                this.toggleJobId = result.jobId;
                this.toggleLabel = row.label || row.developerName;
            } else {
                this.toggleProblems = result.errors ?? [];
            }
        } catch (error) {
            this.toggleError = error;
        } finally {
            this.toggleBusy = false;
        }
    }

    handleToggleFinished(event: CustomEvent<{ state: string }>): void {
        if (event.detail.state === 'Succeeded') {
            this.refreshList();
        }
    }

    /** Queues the previewed event for Customer.io, through the outbox like any record change. */
    async handleSendNow(): Promise<void> {
        this.sending = true;
        this.sendResult = null;
        this.sendError = null;
        const request = this.previewRequest;
        try {
            const result = (await sendPreviewNow({
                triggerName: this.expandedName,
                recordId: this.previewRecordId.trim()
            })) as SendNowResult;
            if (request === this.previewRequest) {
                this.sendResult = result;
            }
        } catch (error) {
            if (request === this.previewRequest) {
                this.sendError = error;
            }
        } finally {
            this.sending = false;
        }
    }

    private openForm(mode: FormMode, row: TriggerRow | null): void {
        this.formMode = mode;
        this.formTrigger = row;
        this.resetDetails();
    }

    private closeForm(): void {
        this.formMode = null;
        this.formTrigger = null;
    }

    private async refreshList(): Promise<void> {
        await refreshApex(this.wiredTriggers);
    }

    private resetDetails(): void {
        this.resetPreview();
        this.resetSync();
        this.toggleBusy = false;
        this.toggleJobId = null;
        this.toggleProblems = [];
        this.toggleError = null;
    }

    handlePreviewInput(event: CustomEvent<{ value?: string }>): void {
        this.previewRecordId = event.detail.value ?? '';
    }

    async handlePreview(): Promise<void> {
        const request = ++this.previewRequest;
        this.previewing = true;
        this.preview = null;
        this.previewError = null;
        this.sendResult = null;
        this.sendError = null;
        try {
            const result = (await previewPayload({
                triggerName: this.expandedName,
                recordId: this.previewRecordId.trim()
            })) as PreviewResult;
            if (request === this.previewRequest) {
                this.preview = result;
            }
        } catch (error) {
            if (request === this.previewRequest) {
                this.previewError = error;
            }
        } finally {
            if (request === this.previewRequest) {
                this.previewing = false;
            }
        }
    }

    private resetPreview(): void {
        this.previewRequest++;
        this.previewing = false;
        this.preview = null;
        this.previewError = null;
        this.sending = false;
        this.sendResult = null;
        this.sendError = null;
    }

    handleSyncSinceInput(event: CustomEvent<{ value?: string | null }>): void {
        this.syncSince = event.detail.value ?? '';
        // A count is only valid for the date it was made with.
        this.syncCount = null;
        this.syncError = null;
    }

    async handleSyncCount(): Promise<void> {
        const request = ++this.syncRequest;
        this.syncBusy = 'count';
        this.syncCount = null;
        this.syncError = null;
        try {
            const count = (await countRecords({
                triggerName: this.expandedName,
                modifiedSince: this.modifiedSince()
            })) as number;
            if (request === this.syncRequest) {
                this.syncCount = count;
            }
        } catch (error) {
            if (request === this.syncRequest) {
                this.syncError = error;
            }
        } finally {
            if (request === this.syncRequest) {
                this.syncBusy = null;
            }
        }
    }

    async handleSyncStart(): Promise<void> {
        const request = ++this.syncRequest;
        this.syncBusy = 'start';
        this.syncError = null;
        this.syncStatus = null;
        try {
            const jobId = (await startBackfill({
                triggerName: this.expandedName,
                modifiedSince: this.modifiedSince()
            })) as string;
            if (request !== this.syncRequest) {
                return;
            }
            this.syncJobId = jobId;
            this.syncCount = null; // a new sync needs a new count
            this.syncBusy = null;
            await this.pollStatus(request);
        } catch (error) {
            if (request === this.syncRequest) {
                this.syncError = error;
                this.syncBusy = null;
            }
        }
    }

    /** Reads the job's progress, and again every SYNC_POLL_MS while it runs. */
    private async pollStatus(request: number): Promise<void> {
        this.pollTimer = null;
        try {
            const status = (await backfillStatus({ jobId: this.syncJobId })) as BackfillStatus;
            if (request !== this.syncRequest) {
                return;
            }
            this.syncStatus = status;
            if (SYNC_RUNNING.has(status.status)) {
                // Polling a batch job has no push alternative here; the timer is cleared on every reset and on
                // disconnect, so it never outlives the panel.
                // eslint-disable-next-line @lwc/lwc/no-async-operation
                this.pollTimer = setTimeout(() => this.pollStatus(request), SYNC_POLL_MS);
            }
        } catch (error) {
            if (request === this.syncRequest) {
                this.syncError = error;
                this.syncJobId = null;
                this.syncStatus = null;
            }
        }
    }

    /** The date input's day as the start of that day in the browser's time zone; null for no filter. */
    private modifiedSince(): string | null {
        return this.syncSince ? new Date(`${this.syncSince}T00:00:00`).toISOString() : null;
    }

    private stopPolling(): void {
        if (this.pollTimer !== null) {
            clearTimeout(this.pollTimer);
            this.pollTimer = null;
        }
    }

    private resetSync(): void {
        this.syncRequest++;
        this.stopPolling();
        this.syncSince = '';
        this.syncBusy = null;
        this.syncCount = null;
        this.syncError = null;
        this.syncStatus = null;
        this.syncJobId = null;
    }
}
