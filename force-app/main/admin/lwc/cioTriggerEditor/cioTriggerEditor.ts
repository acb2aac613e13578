import { LightningElement, wire } from 'lwc';
import listTriggers from '@salesforce/apex/CioTriggerListController.listTriggers';
import { LABELS } from './labels';
import { triggerDetails, triggerItems, type TriggerDetails, type TriggerItem } from './viewModels';
import type { TriggerRow } from './triggerTypes';

/** What an Apex wire adapter provisions: data once it arrived, or the error. */
interface WireResult<T> {
    data?: T;
    error?: unknown;
}

/**
 * The CIO Pipelines Triggers tab, first slice: a read-only list of the Event Triggers (custom metadata) with their
 * operations, event, mappings and whether the object has the Apex trigger it needs. Selecting a trigger shows its
 * details and, when the object has no trigger, the one to deploy. Editing arrives with the trigger editor.
 */
export default class CioTriggerEditor extends LightningElement {
    labels = LABELS;

    @wire(listTriggers)
    wiredTriggers: WireResult<TriggerRow[]> | undefined;

    /** developerName of the trigger whose details are open. */
    expandedName: string | null = null;

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

    handleToggle(event: Event): void {
        const name = (event.currentTarget as HTMLElement).dataset.name ?? null;
        this.expandedName = this.expandedName === name ? null : name;
    }

    handleClose(): void {
        this.expandedName = null;
    }
}
