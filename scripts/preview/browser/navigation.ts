/**
 * Preview runtime (runs in the browser): `lightning/navigation`. The preview has one page per screen and no org to
 * open records in, so `NavigationMixin.Navigate` opens a web page (http/https only) in a new tab and, for any other
 * target, tells the user in a toast where Salesforce would go. `CurrentPageReference` provisions the page the shell
 * says it is showing.
 */
import { ShowToastEvent } from './toast';

/** A Lightning page reference (`{ type, attributes, state }`). */
export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
}

let current: PageReference = { type: 'standard__navItemPage', attributes: {}, state: {} };
const listeners = new Set<(reference: PageReference) => void>();

/** Called by the shell before it mounts a page's components. */
export function setCurrentPageReference(reference: PageReference): void {
    current = reference;
    for (const listener of listeners) listener(current);
}

/** The wire adapter of `@wire(CurrentPageReference)`. */
export class CurrentPageReference {
    private readonly listener: (reference: PageReference) => void;

    constructor(callback: (reference: PageReference) => void) {
        this.listener = (reference) => callback(structuredClone(reference));
    }

    connect(): void {
        listeners.add(this.listener);
        this.listener(current);
    }

    disconnect(): void {
        listeners.delete(this.listener);
    }

    update(): void {
        // The current page takes no configuration.
    }
}

/** Words for where Salesforce would navigate: "the Contact record 003…", "the CIO_Settings tab". */
export function describeTarget(reference: PageReference): string {
    const attributes = reference.attributes ?? {};
    const text = (key: string): string => String(attributes[key] ?? '');
    switch (reference.type) {
        case 'standard__recordPage':
            return `the ${text('objectApiName') || 'record'} record ${text('recordId')}`.replace(/\s+$/, '');
        case 'standard__objectPage':
            return `the ${text('objectApiName')} ${text('actionName') || 'list'} page`;
        case 'standard__navItemPage':
            return `the ${text('apiName')} tab`;
        case 'standard__webPage':
            return text('url');
        default:
            return `a ${reference.type} page`;
    }
}

/** Only http(s) addresses are opened, as the package's own rule for external links. */
export function webPageUrl(reference: PageReference): string | null {
    if (reference.type !== 'standard__webPage') return null;
    const url = String(reference.attributes?.url ?? '');
    return /^https?:\/\//i.test(url) ? url : null;
}

const NAVIGATE = Symbol('Navigate');
const GENERATE_URL = Symbol('GenerateUrl');

type Constructor<T = object> = new (...args: any[]) => T; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Performs a navigation from an element: opens a web page, or says where Salesforce would go. */
export function navigate(source: EventTarget, reference: PageReference): void {
    const url = webPageUrl(reference);
    if (url) {
        window.open(url, '_blank', 'noopener');
        return;
    }
    source.dispatchEvent(
        new ShowToastEvent({
            title: 'Navigation',
            message: `In Salesforce this opens ${describeTarget(reference)}. The local preview has no records to open.`,
            variant: 'info'
        })
    );
}

function navigationMixin<T extends Constructor<EventTarget>>(Base: T) {
    return class extends Base {
        [NAVIGATE](reference: PageReference): void {
            navigate(this, reference);
        }

        [GENERATE_URL](reference: PageReference): Promise<string> {
            return Promise.resolve(webPageUrl(reference) ?? '#');
        }
    };
}

/** `NavigationMixin(LightningElement)`, with the `Navigate` and `GenerateUrl` keys components call. */
export const NavigationMixin = Object.assign(navigationMixin, {
    Navigate: NAVIGATE,
    GenerateUrl: GENERATE_URL
} as const);
