import { LightningElement, wire } from 'lwc';
import listTriggers from '@salesforce/apex/CioTriggerListController.listTriggers';
import previewPayload from '@salesforce/apex/CioTriggerListController.previewPayload';
import { LABELS } from './labels';
import { triggerDetails, triggerItems, type TriggerDetails, type TriggerItem } from './viewModels';
import type { PreviewResult, TriggerRow } from './triggerTypes';

/** What an Apex wire adapter provisions: data once it arrived, or the error. */
interface WireResult<T> {
    data?: T;
    error?: unknown;
}

/**
 * The CIO Pipelines Triggers tab, first slice: a read-only list of the Event Triggers (custom metadata) with their
 * operations, event, mappings and whether the object has the Apex trigger it needs. Selecting a trigger shows its
 * details and, when the object has no trigger, the one to deploy, and previews the payload the trigger builds for
 * a record the admin names. Editing arrives with the trigger editor.
 */
export default class CioTriggerEditor extends LightningElement {
    labels = LABELS;

    @wire(listTriggers)
    wiredTriggers: WireResult<TriggerRow[]> | undefined;

    /** developerName of the trigger whose details are open. */
    expandedName: string | null = null;

    /** The record ID typed into the preview. */
    previewRecordId = '';
    previewing = false;
    preview: PreviewResult | null = null;
    /** What previewPayload threw (shown in the error panel). */
    previewError: unknown = null;
    /** Bumped by every preview and every change of trigger, so a late answer never lands under another trigger. */
    private previewRequest = 0;

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

    handleToggle(event: Event): void {
        const name = (event.currentTarget as HTMLElement).dataset.name ?? null;
        this.expandedName = this.expandedName === name ? null : name;
        this.resetPreview();
    }

    handleClose(): void {
        this.expandedName = null;
        this.resetPreview();
    }

    handlePreviewInput(event: CustomEvent<{ value?: string }>): void {
        this.previewRecordId = event.detail.value ?? '';
    }

    async handlePreview(): Promise<void> {
        const request = ++this.previewRequest;
        this.previewing = true;
        this.preview = null;
        this.previewError = null;
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
    }
}
