/**
 * Ambient types for the platform modules that LWC resolves at compile time on Salesforce
 * (and that sfdx-lwc-jest stubs in tests). @salesforce/lightning-types covers `lightning/*`.
 */
declare module '@salesforce/label/*' {
    const label: string;
    export default label;
}

declare module '@salesforce/apex/*' {
    /** An @AuraEnabled Apex method: call it imperatively, or pass it to @wire when it is cacheable. */
    const apexMethod: ((params?: Record<string, unknown>) => Promise<unknown>) & import('lwc').WireAdapterConstructor;
    export default apexMethod;
}

declare module '@salesforce/apex' {
    export function refreshApex(wiredValue: unknown): Promise<void>;
}

declare module '@salesforce/customPermission/*' {
    const hasPermission: boolean | undefined;
    export default hasPermission;
}

declare module '@salesforce/schema/*' {
    const field: { fieldApiName: string; objectApiName: string };
    export default field;
}

declare module 'lightning/platformShowToastEvent' {
    export interface ShowToastEventInit {
        title?: string;
        message: string;
        variant?: 'info' | 'success' | 'warning' | 'error';
        mode?: 'dismissible' | 'pester' | 'sticky';
    }
    /**
     * `new ShowToastEvent({ title, message, variant })`, dispatched from a component, shows a toast; the event's
     * detail is the toast itself. (Declared as a constructor type so no parameter name looks unused to ESLint.)
     */
    export const ShowToastEvent: new (toast: ShowToastEventInit) => CustomEvent<typeof toast>;
}

declare module '@salesforce/i18n/locale' {
    /** The running user's locale, e.g. en-US. */
    const locale: string;
    export default locale;
}

declare module '@salesforce/i18n/timeZone' {
    /** The running user's time zone, e.g. America/Los_Angeles. */
    const timeZone: string;
    export default timeZone;
}
