import { LightningElement, api } from 'lwc';
import {
    LABELS,
    bannerTitle,
    formatLabel,
    isScope,
    loadScope,
    statusNotice,
    watchScope,
    type CandidateList,
    type ScopeState,
    type StatusNotice
} from 'c/cioCandidateData';
import { bannerText, countChips, type CountChip } from './bannerText';

const INITIAL: ScopeState = { loading: true, list: null, error: null };

/**
 * The summary banner behind the My, Team and Pipeline Candidates Banner components (private: admins place the
 * wrappers): the scope's active candidates per state, in the admin's template wording, with count chips. Reads the
 * shared scope state in c/cioCandidateData, so it shows the same answer as the widget of the same scope, from the
 * same Apex call, and follows its refreshes and claims.
 */
export default class CioCandidateBanner extends LightningElement {
    /** MY, TEAM or PIPELINE, set by the wrapper. */
    @api scope: string | undefined;

    labels = LABELS;
    state: ScopeState = INITIAL;

    private stopWatching: (() => void) | null = null;

    override connectedCallback(): void {
        if (!isScope(this.scope)) {
            return;
        }
        this.stopWatching = watchScope(this.scope, (state) => {
            this.state = state;
        });
        loadScope(this.scope);
    }

    override disconnectedCallback(): void {
        this.stopWatching?.();
        this.stopWatching = null;
    }

    get cardTitle(): string {
        return bannerTitle(this.scope);
    }

    get invalidScope(): boolean {
        return !isScope(this.scope);
    }

    get invalidScopeMessage(): string {
        return formatLabel(LABELS.unknownScope, String(this.scope ?? ''));
    }

    private get list(): CandidateList | null {
        return this.state.list;
    }

    /** Nothing to show yet (a refresh keeps the last sentence in place). */
    get loading(): boolean {
        return this.state.loading && !this.list && !this.state.error;
    }

    get notice(): StatusNotice | null {
        return this.list ? statusNotice(this.list.status) : null;
    }

    get hasError(): boolean {
        if (this.state.error) {
            return true;
        }
        return this.list !== null && this.list.status !== 'OK' && this.notice === null;
    }

    get errors(): unknown {
        return this.state.error ?? this.list?.message ?? null;
    }

    get text(): string {
        return this.list ? bannerText(this.list) : '';
    }

    get chips(): CountChip[] {
        return this.list ? countChips(this.list) : [];
    }
}
