/**
 * Preview runtime (runs in the browser): `lightning/platformShowToastEvent`. The platform shows a toast for this
 * event; in the preview, the toast container of lightning-base-components (set up by the shell) shows it, with the
 * base components' own `lightning-toast`.
 */
import Toast from 'lightning/toast';

/** The event the base components' toast container listens for on document.body. */
export const SHOW_TOAST_EVENT = 'lightning__showtoast';

export interface ShowToastEventInit {
    title?: string;
    message: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
    /** Values for `{0}`, `{1}`… in the message: text, or `{ url, label }` for a link (shown as its label). */
    messageData?: (string | { url?: string; label?: string })[];
}

/** The toast the base components' container shows: it calls the title `label`. */
export interface ToastDetail {
    label: string;
    message?: string;
    variant: string;
    mode: string;
    toast: unknown;
}

/** The platform's message with `{n}` filled in from messageData (links as their label: the preview opens nothing). */
export function formatToastMessage(message: string, data: ShowToastEventInit['messageData'] = []): string {
    return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = data[Number(index)];
        if (value === undefined) return placeholder;
        return typeof value === 'string' ? value : (value.label ?? value.url ?? '');
    });
}

export function toastDetail(init: ShowToastEventInit): ToastDetail {
    const message = formatToastMessage(init.message, init.messageData);
    const title = init.title?.trim();
    return {
        // A toast needs a heading: without a title the message becomes it.
        label: title || message,
        message: title ? message : undefined,
        variant: init.variant ?? 'info',
        mode: init.mode ?? 'dismissible',
        toast: Toast
    };
}

/**
 * `new ShowToastEvent({ title, message, variant })`, dispatched by a component. Like the platform's event it
 * bubbles and is composed, so it reaches the toast container at document.body from inside any shadow tree.
 */
export class ShowToastEvent extends CustomEvent<ToastDetail> {
    constructor(init: ShowToastEventInit) {
        super(SHOW_TOAST_EVENT, { bubbles: true, composed: true, cancelable: true, detail: toastDetail(init) });
    }
}
