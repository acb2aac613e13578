import { LightningElement, api } from 'lwc';
import getBanner from '@salesforce/apex/CioContactActivityController.getBanner';
import LOADING from '@salesforce/label/c.Cio_EngagementBanner_Loading';
import ERROR_MESSAGE from '@salesforce/label/c.Cio_EngagementBanner_ErrorMessage';
import NO_EMAIL from '@salesforce/label/c.Cio_ContactActivity_NoEmailTitle';
import NOT_FOUND from '@salesforce/label/c.Cio_ContactActivity_NotFoundTitle';
import NOT_CONFIGURED from '@salesforce/label/c.Cio_ContactActivity_NotConfiguredTitle';
import NOT_CONFIGURED_BODY from '@salesforce/label/c.Cio_ContactActivity_NotConfiguredBody';
import UNAUTHORIZED from '@salesforce/label/c.Cio_ContactActivity_UnauthorizedTitle';
import RATE_LIMITED from '@salesforce/label/c.Cio_ContactActivity_RateLimitedTitle';
import TIMEOUT from '@salesforce/label/c.Cio_ContactActivity_TimeoutTitle';
import NO_RECORD from '@salesforce/label/c.Cio_ContactActivity_NoRecord';
import INFO from '@salesforce/label/c.Cio_ContactActivity_Info';
import WARNING from '@salesforce/label/c.Cio_ContactActivity_Warning';
import type { Panel, PanelStatus } from '../cioContactActivity/activityTypes';

/** A one-line state instead of the banner: what it says, and for admins where to fix it. */
interface BannerNotice {
    text: string;
    help: string | null;
    iconName: string;
    iconText: string;
    variant: 'info' | 'warning';
}

function info(text: string): BannerNotice {
    return { text, help: null, iconName: 'utility:info', iconText: INFO, variant: 'info' };
}

function warning(text: string, help: string | null = null): BannerNotice {
    return { text, help, iconName: 'utility:warning', iconText: WARNING, variant: 'warning' };
}

/** The compact wording of each non-OK status (the panel has the long versions of the same labels). */
const NOTICES: Readonly<Partial<Record<PanelStatus, BannerNotice>>> = Object.freeze({
    NO_EMAIL: info(NO_EMAIL),
    NOT_FOUND: info(NOT_FOUND),
    NOT_CONFIGURED: warning(NOT_CONFIGURED, NOT_CONFIGURED_BODY),
    UNAUTHORIZED: warning(UNAUTHORIZED),
    RATE_LIMITED: warning(RATE_LIMITED),
    TIMEOUT: warning(TIMEOUT)
});

/**
 * "CIO Pipelines: Engagement Banner (Contact)": the engagement banner alone, for the top of a Contact record page.
 * It reads CioContactActivityController.getBanner, which serves the panel's cached payload when there is one, so
 * banner and panel on one page cost one set of Customer.io calls. Every status has a compact designed state;
 * ERROR and a failed call go to the shared error panel.
 */
export default class CioEngagementBanner extends LightningElement {
    labels = { loading: LOADING, errorMessage: ERROR_MESSAGE, noRecord: NO_RECORD };

    /** The Contact's id, set by the record page. */
    @api recordId: string | undefined;

    panel: Panel | null = null;
    loading = true;
    loadError: unknown = null;

    override connectedCallback(): void {
        this.load();
    }

    get noRecord(): boolean {
        return !this.recordId;
    }

    get isOk(): boolean {
        return this.panel?.status === 'OK';
    }

    get notice(): BannerNotice | null {
        return this.panel ? (NOTICES[this.panel.status] ?? null) : null;
    }

    /** Status ERROR (or one this version does not know): Customer.io's message, as the error panel's details. */
    get panelErrors(): string[] | null {
        return this.panel?.message ? [this.panel.message] : null;
    }

    async load(): Promise<void> {
        if (this.noRecord) {
            this.loading = false;
            return;
        }
        this.loading = true;
        this.loadError = null;
        try {
            this.panel = (await getBanner({ contactId: this.recordId })) as Panel;
        } catch (error) {
            this.loadError = error;
        } finally {
            this.loading = false;
        }
    }
}
