import { LightningElement, api } from 'lwc';
import getActivity from '@salesforce/apex/CioContactActivityController.getActivity';
import { LABELS } from './labels';
import { currentTime, formatLabel, relativeTime, secondsUntil } from './format';
import { DEFAULT_SORT, nextSort, type SortColumn, type SortState } from './sorting';
import {
    emailRows,
    fetchedText,
    isTransient,
    keyPageItems,
    kpiCards,
    personText,
    sortHeaders,
    statusNotice,
    type EmailRow,
    type KeyPageItem,
    type KpiCard,
    type Notice,
    type SortHeader
} from './viewModels';
import type { Panel } from './activityTypes';

/** Relative times ("12 minutes ago") are brought up to date this often. */
const CLOCK_TICK_MS = 60_000;
/** The rate-limit countdown ticks every second. */
const WAIT_TICK_MS = 1_000;

/**
 * "CIO Pipelines: Contact Activity": live Customer.io engagement on a Contact record page. One imperative call to
 * CioContactActivityController.getActivity per load (not cacheable: it logs and refreshes the snapshot); Refresh
 * asks Apex to bypass its short-lived cache. Every status of the payload is a designed state; when a refresh hits
 * a passing problem (rate limit, timeout, error), the last good data stays on screen under the notice.
 *
 * Times are computed from one clock (format.currentTime, i.e. Date.now) so tests can fix it; the clock advances
 * every minute while the panel is on screen.
 */
export default class CioContactActivity extends LightningElement {
    labels = LABELS;

    /** The Contact's id, set by the record page. */
    @api recordId: string | undefined;

    /** The latest payload from Apex. */
    panel: Panel | null = null;
    /** The payload whose data is on screen: the latest when OK, else the last OK one during a passing problem. */
    shown: Panel | null = null;

    loading = true;
    refreshing = false;
    /** An exception from the Apex call itself (bad id, no access to the Contact). */
    loadError: unknown = null;

    now: number = currentTime();
    sort: SortState = DEFAULT_SORT;
    rows: EmailRow[] = [];

    /** When the rate limit ends (epoch ms), and the whole seconds left until then. */
    retryAt: number | null = null;
    waitSeconds = 0;

    private clockTimer: ReturnType<typeof setInterval> | null = null;
    private waitTimer: ReturnType<typeof setInterval> | null = null;
    /** Increases with every request, so an answer that arrives after a newer request is ignored. */
    private requestNumber = 0;

    override connectedCallback(): void {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- keeps "12 minutes ago" true while the page stays open
        this.clockTimer = setInterval(() => this.tick(), CLOCK_TICK_MS);
        this.load(false);
    }

    override disconnectedCallback(): void {
        if (this.clockTimer !== null) {
            clearInterval(this.clockTimer);
            this.clockTimer = null;
        }
        this.stopWait();
    }

    // ---- state the template reads ------------------------------------------------------------------------------

    get noRecord(): boolean {
        return !this.recordId;
    }

    get hasData(): boolean {
        return this.shown !== null;
    }

    get notice(): Notice | null {
        return this.panel ? statusNotice(this.panel) : null;
    }

    /** Status ERROR (or one this version does not know): shown by the shared error panel. */
    get isErrorStatus(): boolean {
        return this.panel !== null && this.panel.status !== 'OK' && this.notice === null;
    }

    get errorDetails(): string[] | null {
        return this.panel?.message ? [this.panel.message] : null;
    }

    get isRateLimited(): boolean {
        return this.panel?.status === 'RATE_LIMITED';
    }

    get waiting(): boolean {
        return this.waitSeconds > 0;
    }

    get waitText(): string {
        return formatLabel(LABELS.rateLimitedWait, this.waitSeconds);
    }

    /** Announced once the wait is over (or straight away when Customer.io gave no wait). */
    get readyText(): string {
        if (!this.isRateLimited || this.waiting) {
            return '';
        }
        return this.retryAt === null ? LABELS.rateLimitedLater : LABELS.rateLimitedReady;
    }

    get refreshDisabled(): boolean {
        return this.noRecord || this.loading || this.refreshing || this.waiting;
    }

    get fetchedText(): string | null {
        return fetchedText(this.shown ?? this.panel, this.now);
    }

    /** Said above older data when the latest read failed for a moment. */
    get staleText(): string | null {
        if (!this.shown || this.shown === this.panel) {
            return null;
        }
        const when = relativeTime(this.shown.fetchedAt, this.now);
        return when === null ? null : formatLabel(LABELS.staleData, when);
    }

    get personText(): string | null {
        return personText(this.shown);
    }

    get hasMatches(): boolean {
        return (this.shown?.matchCount ?? 0) > 1;
    }

    get matchTitle(): string {
        return formatLabel(LABELS.matchesTitle, this.shown?.matchCount ?? 0);
    }

    get matchNote(): string | null {
        return this.shown?.matchNote?.trim() || null;
    }

    get reason(): string | null {
        return this.shown?.engagement?.reason?.trim() || null;
    }

    get lastActivityText(): string | null {
        const when = relativeTime(this.shown?.engagement?.lastActivityAt, this.now);
        return when === null ? null : formatLabel(LABELS.lastActivity, when);
    }

    get kpis(): KpiCard[] {
        return kpiCards(this.shown?.kpis, this.now);
    }

    get keyPages(): KeyPageItem[] {
        return keyPageItems(this.shown?.keyPages, this.now);
    }

    get hasKeyPages(): boolean {
        return (this.shown?.keyPages?.length ?? 0) > 0;
    }

    get hasEmails(): boolean {
        return this.rows.length > 0;
    }

    get headers(): SortHeader[] {
        return sortHeaders(this.sort);
    }

    // ---- loading -----------------------------------------------------------------------------------------------

    /** Reads the panel from Apex; `refresh` bypasses Apex's short-lived cache. */
    async load(refresh: boolean): Promise<void> {
        if (this.noRecord) {
            this.loading = false;
            return;
        }
        const request = ++this.requestNumber;
        this.loadError = null;
        try {
            const panel = (await getActivity({ contactId: this.recordId, refresh })) as Panel;
            if (request === this.requestNumber) {
                this.apply(panel);
            }
        } catch (error) {
            if (request === this.requestNumber) {
                this.loadError = error;
                this.panel = null;
            }
        } finally {
            if (request === this.requestNumber) {
                this.loading = false;
                this.refreshing = false;
            }
        }
    }

    /** Takes a payload as the new state. */
    apply(panel: Panel): void {
        this.now = currentTime();
        this.panel = panel;
        if (panel.status === 'OK') {
            this.shown = panel;
        } else if (!isTransient(panel.status)) {
            this.shown = null;
        } // a passing problem keeps the last good data on screen
        this.rows = emailRows(this.shown?.emails, this.sort, this.now);
        this.startWait(panel);
    }

    handleRefresh(): void {
        if (this.refreshDisabled) {
            return;
        }
        this.refreshing = true;
        this.load(true);
    }

    handleSort(event: Event): void {
        const column = (event.currentTarget as HTMLElement).dataset.column as SortColumn;
        this.sort = nextSort(this.sort, column);
        this.rows = emailRows(this.shown?.emails, this.sort, this.now);
    }

    // ---- clocks ------------------------------------------------------------------------------------------------

    private tick(): void {
        this.now = currentTime();
        this.rows = emailRows(this.shown?.emails, this.sort, this.now);
    }

    private startWait(panel: Panel): void {
        this.stopWait();
        const seconds = panel.status === 'RATE_LIMITED' ? (panel.retryAfterSeconds ?? 0) : 0;
        this.retryAt = seconds > 0 ? this.now + seconds * 1000 : null;
        this.waitSeconds = this.retryAt === null ? 0 : secondsUntil(this.retryAt, this.now);
        if (this.waitSeconds > 0) {
            // eslint-disable-next-line @lwc/lwc/no-async-operation -- the countdown Customer.io asked for (Retry-After)
            this.waitTimer = setInterval(() => this.waitTick(), WAIT_TICK_MS);
        }
    }

    private waitTick(): void {
        this.waitSeconds = this.retryAt === null ? 0 : secondsUntil(this.retryAt, currentTime());
        if (this.waitSeconds === 0) {
            this.stopWait();
        }
    }

    private stopWait(): void {
        if (this.waitTimer !== null) {
            clearInterval(this.waitTimer);
            this.waitTimer = null;
        }
    }
}
