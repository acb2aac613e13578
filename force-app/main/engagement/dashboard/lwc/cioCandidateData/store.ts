import getCandidates from '@salesforce/apex/CioCandidatesController.getCandidates';
import claimCandidate from '@salesforce/apex/CioCandidatesController.claimCandidate';
import { now } from './clock';
import type { CandidateList, Scope } from './candidateTypes';

/**
 * One shared state per scope for every candidate widget and banner on the page.
 *
 * Why: a home page holds a widget and a banner per scope. Each asking Apex on its own would cost twice the queries,
 * could show two different snapshots side by side, and would spoil "new since you last looked" (the second call
 * would find the first call's look already recorded). So components watch a scope here instead: requests for a
 * scope already in flight are joined, an answer a few seconds old is reused by a component that renders a little
 * later, every watcher of the scope sees the same answer, and a claim updates the Pipeline widget and its banner
 * at once and reloads My and Team where they are shown.
 *
 * Module state lives as long as the page's JavaScript: it is per user and per browser tab.
 */

/** What the watchers of one scope see. */
export interface ScopeState {
    /** A request for this scope is in flight (the previous list, if any, stays until it answers). */
    loading: boolean;
    /** The last list Apex returned; null before the first answer and after a failed request. */
    list: CandidateList | null;
    /** What the last request threw; null after a success. */
    error: unknown;
}

/** Called with the scope's state when a component starts watching and after every change. */
// The core rule (from the LWC config) reads a parameter name in a function type as an unused variable.
// eslint-disable-next-line no-unused-vars
export type ScopeListener = (state: ScopeState) => void;

/**
 * How long an answer serves components that start watching after it arrived: long enough for every component of
 * one page render (App Builder may render regions one after another), short enough that coming back to the page
 * reads again. Refresh and claims always ask Apex.
 */
export const FRESH_FOR_MS = 10_000;

const EMPTY: ScopeState = Object.freeze({ loading: false, list: null, error: null });

const states = new Map<Scope, ScopeState>();
const listeners = new Map<Scope, Set<ScopeListener>>();
const inFlight = new Map<Scope, Promise<void>>();
/** Bumped by every write to a scope, so an older request never overwrites a newer answer (e.g. a claim). */
const versions = new Map<Scope, number>();
/** When each scope's current list arrived (clock time). */
const answeredAt = new Map<Scope, number>();

function stateOf(scope: Scope): ScopeState {
    return states.get(scope) ?? EMPTY;
}

function publish(scope: Scope, state: ScopeState): void {
    if (state.list !== stateOf(scope).list) {
        answeredAt.set(scope, now());
    }
    states.set(scope, Object.freeze(state));
    for (const listener of [...(listeners.get(scope) ?? [])]) {
        listener(stateOf(scope));
    }
}

function bump(scope: Scope): number {
    const version = (versions.get(scope) ?? 0) + 1;
    versions.set(scope, version);
    return version;
}

/**
 * Starts watching a scope: the listener is called at once with the current state, then after every change.
 * @returns a function that stops watching (call it from disconnectedCallback)
 */
export function watchScope(scope: Scope, listener: ScopeListener): () => void {
    const set = listeners.get(scope) ?? new Set<ScopeListener>();
    set.add(listener);
    listeners.set(scope, set);
    listener(stateOf(scope));
    return () => {
        set.delete(listener);
    };
}

/** Whether any component on the page currently watches a scope. */
export function isWatched(scope: Scope): boolean {
    return (listeners.get(scope)?.size ?? 0) > 0;
}

/**
 * What a component calls when it appears: reads the scope unless a request is in flight or an answer arrived less
 * than FRESH_FOR_MS ago (then the component simply shows that one).
 */
export function loadScope(scope: Scope): Promise<void> {
    const state = stateOf(scope);
    const age = now() - (answeredAt.get(scope) ?? Number.NEGATIVE_INFINITY);
    if (!inFlight.has(scope) && state.list !== null && !state.error && age >= 0 && age < FRESH_FOR_MS) {
        return Promise.resolve();
    }
    return refreshScope(scope);
}

/**
 * Reads a scope's candidates from Apex and publishes the answer (or the error) to every watcher. A request for
 * the same scope already in flight is joined rather than repeated.
 * @returns settles when the answer is published; never rejects (errors are part of the state)
 */
export function refreshScope(scope: Scope): Promise<void> {
    const running = inFlight.get(scope);
    if (running) {
        return running;
    }
    const version = bump(scope);
    publish(scope, { ...stateOf(scope), loading: true });
    const request = (async () => {
        let next: ScopeState;
        try {
            next = { loading: false, list: (await getCandidates({ scope })) as CandidateList, error: null };
        } catch (error) {
            next = { loading: false, list: null, error };
        } finally {
            inFlight.delete(scope);
        }
        // A newer answer (a claim) arrived meanwhile: keep it, only end the loading state.
        publish(scope, versions.get(scope) === version ? next : { ...stateOf(scope), loading: false });
    })();
    inFlight.set(scope, request);
    return request;
}

/**
 * Claims a Pipeline candidate for the current user (Apex assigns the Contact's Candidate Owner Field, in user
 * mode). On success the returned Pipeline list is published, and My and Team are reloaded where shown, since the
 * candidate now belongs to them.
 * @returns the Pipeline list Apex returned; its status says whether the claim succeeded
 * @throws whatever Apex throws (the caller shows it)
 */
export async function claim(contactId: string): Promise<CandidateList> {
    const list = (await claimCandidate({ contactId })) as CandidateList;
    if (list?.status === 'OK') {
        bump('PIPELINE');
        publish('PIPELINE', { loading: inFlight.has('PIPELINE'), list, error: null });
        for (const scope of ['MY', 'TEAM'] as Scope[]) {
            if (isWatched(scope)) {
                // The reload's own outcome reaches that scope's watchers; nothing here waits for it.
                refreshAfterClaim(scope);
            }
        }
    }
    return list;
}

/** Waits for a request already in flight (it may predate the claim), then asks again. */
async function refreshAfterClaim(scope: Scope): Promise<void> {
    await inFlight.get(scope);
    await refreshScope(scope);
}

/**
 * Forgets every scope's state and watcher. For Jest tests and the local preview, which swap fixtures between
 * renders; components never call it.
 */
export function forgetAll(): void {
    states.clear();
    listeners.clear();
    inFlight.clear();
    versions.clear();
    answeredAt.clear();
}
