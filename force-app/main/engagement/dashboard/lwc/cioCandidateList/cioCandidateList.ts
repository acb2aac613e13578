import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { reduceErrors } from 'c/cioErrorUtils';
import {
    LABELS,
    claim,
    formatLabel,
    isScope,
    loadScope,
    now,
    refreshScope,
    relativeTime,
    statusNotice,
    watchScope,
    widgetTitle,
    type Candidate,
    type CandidateList,
    type ScopeState,
    type StatusNotice
} from 'c/cioCandidateData';
import {
    candidateName,
    candidateRows,
    newCountText,
    sortCandidates,
    truncationText,
    type CandidateRow
} from './viewModels';

export type { CandidateRow } from './viewModels';

/** Relative times ("12 minutes ago") are re-read this often, so a widget left open does not go stale. */
const CLOCK_TICK_MS = 60_000;

const INITIAL: ScopeState = { loading: true, list: null, error: null };

/**
 * The candidate list behind the My, Team and Pipeline Active Candidates widgets (private: admins place the
 * wrappers). Lists the scope's active candidates hottest first, then most recent, with their state, the reason in
 * words, the last activity, the owner (Team and Pipeline), the top key page and a "new" marker; on Pipeline, each
 * row can be claimed. Data comes from the shared scope state in c/cioCandidateData, so the banner of the same scope
 * shows the same answer from the same Apex call.
 */
export default class CioCandidateList extends LightningElement {
    /** MY, TEAM or PIPELINE, set by the wrapper. */
    @api scope: string | undefined;

    labels = LABELS;

    state: ScopeState = INITIAL;
    /** The state's candidates, sorted once per answer rather than on every render. */
    candidates: Candidate[] = [];
    /** "Now" for relative times, from the fakeable clock. */
    nowMs = now();
    /** The contact a claim is running for. */
    claimingId: string | null = null;
    /** What the last claim threw or the message it returned; shown in an error panel. */
    claimError: unknown = null;
    /** The sentence above a claim error; null when the last claim did not fail. */
    claimErrorMessage: string | null = null;

    private stopWatching: (() => void) | null = null;
    private ticker: ReturnType<typeof setInterval> | null = null;

    override connectedCallback(): void {
        this.nowMs = now();
        if (!isScope(this.scope)) {
            return;
        }
        this.stopWatching = watchScope(this.scope, (state) => this.applyState(state));
        loadScope(this.scope);
        // eslint-disable-next-line @lwc/lwc/no-async-operation
        this.ticker = setInterval(() => {
            this.nowMs = now();
        }, CLOCK_TICK_MS);
    }

    override disconnectedCallback(): void {
        this.stopWatching?.();
        this.stopWatching = null;
        if (this.ticker !== null) {
            clearInterval(this.ticker);
            this.ticker = null;
        }
    }

    // ---- state the template reads ------------------------------------------------------------------------------

    get cardTitle(): string {
        return widgetTitle(this.scope);
    }

    get list(): CandidateList | null {
        return this.state.list;
    }

    get invalidScope(): boolean {
        return !isScope(this.scope);
    }

    get invalidScopeMessage(): string {
        return formatLabel(LABELS.unknownScope, String(this.scope ?? ''));
    }

    /** The first load: nothing to show yet. */
    get showSpinner(): boolean {
        return this.state.loading && !this.list && !this.state.error;
    }

    /** A reload over a list already shown: the list stays, with a spinner over it. */
    get refreshing(): boolean {
        return this.state.loading && this.list !== null;
    }

    get refreshDisabled(): boolean {
        return this.invalidScope || this.state.loading;
    }

    /** A configuration status to explain, or null. */
    get notice(): StatusNotice | null {
        return this.list ? statusNotice(this.list.status) : null;
    }

    /** Apex's own words about the status, when it sent any. */
    get noticeMessage(): string | null {
        return this.list?.message?.trim() || null;
    }

    /** An error to show in the error panel: a failed request, a status of ERROR, or a status this version does not know. */
    get hasError(): boolean {
        if (this.state.error) {
            return true;
        }
        return this.list !== null && this.list.status !== 'OK' && this.notice === null;
    }

    get errors(): unknown {
        return this.state.error ?? this.list?.message ?? null;
    }

    get isEmpty(): boolean {
        return this.list?.status === 'OK' && this.candidates.length === 0;
    }

    get rows(): CandidateRow[] {
        return candidateRows(this.candidates, {
            scope: isScope(this.scope) ? this.scope : 'MY',
            nowMs: this.nowMs,
            claimingId: this.claimingId
        });
    }

    get isPipeline(): boolean {
        return this.scope === 'PIPELINE';
    }

    get scopeLabel(): string | null {
        return this.list?.scopeLabel?.trim() || null;
    }

    get listLabel(): string {
        return formatLabel(LABELS.listLabel, this.cardTitle);
    }

    get truncatedText(): string | null {
        return truncationText(this.list, this.candidates.length);
    }

    get newCountText(): string | null {
        return newCountText(this.candidates);
    }

    get updatedText(): string | null {
        const ago = relativeTime(this.list?.generatedAt, this.nowMs);
        return ago ? formatLabel(LABELS.updated, ago) : null;
    }

    // ---- actions -----------------------------------------------------------------------------------------------

    handleRefresh(): void {
        if (this.refreshDisabled || !isScope(this.scope)) {
            return;
        }
        this.clearClaimError();
        refreshScope(this.scope);
    }

    /** A row's Claim button (the row sends `claim` with the contact id). */
    async handleClaim(event: CustomEvent<{ contactId: string }>): Promise<void> {
        const contactId = event.detail?.contactId;
        if (!contactId || this.claimingId !== null) {
            return;
        }
        const candidate = this.candidates.find((row) => row.contactId === contactId);
        const name = candidate ? candidateName(candidate) : contactId;
        this.clearClaimError();
        this.claimingId = contactId;
        try {
            const result = await claim(contactId);
            if (result?.status === 'OK') {
                this.toast(LABELS.claimedTitle, formatLabel(LABELS.claimedMessage, name), 'success');
            } else {
                this.claimFailed(name, result?.message?.trim() || null);
            }
        } catch (error) {
            this.claimFailed(name, error);
        } finally {
            this.claimingId = null;
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private applyState(state: ScopeState): void {
        if (state.list !== this.state.list) {
            this.candidates = state.list?.status === 'OK' ? sortCandidates(state.list.candidates) : [];
        }
        this.state = state;
        this.nowMs = now();
    }

    /** A failed claim: a toast wherever the user has scrolled to, and a panel with the details above the list. */
    private claimFailed(name: string, error: unknown): void {
        const message = formatLabel(LABELS.claimError, name);
        this.claimErrorMessage = message;
        this.claimError = error;
        this.toast(message, reduceErrors(error).join(' '), 'error');
    }

    private clearClaimError(): void {
        this.claimError = null;
        this.claimErrorMessage = null;
    }

    private toast(title: string, message: string, variant: 'success' | 'error'): void {
        this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
    }
}
