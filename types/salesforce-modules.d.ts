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
