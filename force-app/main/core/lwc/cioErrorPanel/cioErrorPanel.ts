import { LightningElement, api } from 'lwc';
import DEFAULT_MESSAGE from '@salesforce/label/c.Cio_ErrorPanel_DefaultMessage';
import SHOW_DETAILS from '@salesforce/label/c.Cio_ErrorPanel_ShowDetails';
import HIDE_DETAILS from '@salesforce/label/c.Cio_ErrorPanel_HideDetails';
import UNKNOWN_ERROR from '@salesforce/label/c.Cio_ErrorPanel_UnknownError';
import { reduceErrors } from 'c/cioErrorUtils';

/**
 * The one place CIO Pipelines shows an error: a friendly sentence for the user, with the platform's own
 * messages one click away for the admin who has to fix it. Messages render as text (never HTML), because
 * they can carry data that came from Customer.io or from user input.
 */
export default class CioErrorPanel extends LightningElement {
    /** Anything caught from Apex, a wire adapter or JavaScript; reduced with reduceErrors(). */
    @api errors: unknown;

    /** Sentence shown above the details; defaults to a generic, translatable message. */
    @api friendlyMessage: string = DEFAULT_MESSAGE;

    detailsShown = false;

    get messages(): string[] {
        const reduced = reduceErrors(this.errors);
        return reduced.length > 0 || this.errors == null ? reduced : [UNKNOWN_ERROR];
    }

    get hasDetails(): boolean {
        return this.messages.length > 0;
    }

    get toggleLabel(): string {
        return this.detailsShown ? HIDE_DETAILS : SHOW_DETAILS;
    }

    get ariaExpanded(): string {
        return String(this.detailsShown);
    }

    handleToggleDetails(): void {
        this.detailsShown = !this.detailsShown;
    }
}
