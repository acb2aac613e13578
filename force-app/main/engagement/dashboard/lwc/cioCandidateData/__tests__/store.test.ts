import getCandidates from '@salesforce/apex/CioCandidatesController.getCandidates';
import claimCandidate from '@salesforce/apex/CioCandidatesController.claimCandidate';
import {
    FRESH_FOR_MS,
    claim,
    forgetAll,
    isWatched,
    loadScope,
    refreshScope,
    setClock,
    watchScope,
    type CandidateList,
    type ScopeState
} from 'c/cioCandidateData';
import { FIXTURE_NOW, deferred, fixture, flush } from '../../cioCandidateList/__tests__/support/dashboard';

jest.mock('@salesforce/apex/CioCandidatesController.getCandidates', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioCandidatesController.claimCandidate', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetCandidates = getCandidates as unknown as jest.Mock;
const mockClaimCandidate = claimCandidate as unknown as jest.Mock;

/** Records every state a watcher of the scope is shown. */
function record(scope: 'MY' | 'TEAM' | 'PIPELINE'): { states: ScopeState[]; stop: () => void } {
    const states: ScopeState[] = [];
    const stop = watchScope(scope, (state) => states.push(state));
    return { states, stop };
}

describe('candidate store', () => {
    beforeEach(() => {
        forgetAll();
        setClock(FIXTURE_NOW);
    });

    afterEach(() => {
        jest.clearAllMocks();
        setClock(null);
    });

    it('shows a new watcher the current state at once', () => {
        const { states } = record('MY');

        expect(states).toEqual([{ loading: false, list: null, error: null }]);
        expect(isWatched('MY')).toBe(true);
        expect(isWatched('TEAM')).toBe(false);
    });

    it('publishes loading, then the answer, to every watcher of the scope', async () => {
        const my = fixture('my');
        mockGetCandidates.mockResolvedValue(my);
        const first = record('MY');
        const second = record('MY');
        const other = record('TEAM');

        await refreshScope('MY');

        for (const { states } of [first, second]) {
            expect(states.map((state) => state.loading)).toEqual([false, true, false]);
            expect(states.at(-1)).toEqual({ loading: false, list: my, error: null });
        }
        expect(other.states).toHaveLength(1);
        expect(mockGetCandidates).toHaveBeenCalledWith({ scope: 'MY' });
    });

    it('joins a request already in flight', async () => {
        const answer = deferred<CandidateList>();
        mockGetCandidates.mockReturnValue(answer.promise);

        const first = refreshScope('TEAM');
        const second = refreshScope('TEAM');
        const third = loadScope('TEAM');
        answer.resolve(fixture('team'));
        await Promise.all([first, second, third]);

        expect(mockGetCandidates).toHaveBeenCalledTimes(1);
    });

    it('reuses a fresh answer for a component that appears later, and reads again once it is old', async () => {
        mockGetCandidates.mockResolvedValue(fixture('team'));
        await loadScope('TEAM');

        setClock(FIXTURE_NOW + FRESH_FOR_MS - 1);
        await loadScope('TEAM');
        expect(mockGetCandidates).toHaveBeenCalledTimes(1);

        setClock(FIXTURE_NOW + FRESH_FOR_MS);
        await loadScope('TEAM');
        expect(mockGetCandidates).toHaveBeenCalledTimes(2);
    });

    it('always reads again on refresh', async () => {
        mockGetCandidates.mockResolvedValue(fixture('my'));
        await loadScope('MY');
        await refreshScope('MY');

        expect(mockGetCandidates).toHaveBeenCalledTimes(2);
    });

    it('keeps an error as state, without rejecting, and reads again on the next load', async () => {
        const error = { body: { message: 'boom' } };
        mockGetCandidates.mockRejectedValueOnce(error).mockResolvedValueOnce(fixture('my'));
        const { states } = record('MY');

        await expect(loadScope('MY')).resolves.toBeUndefined();
        expect(states.at(-1)).toEqual({ loading: false, list: null, error });

        await loadScope('MY');
        expect(states.at(-1)!.list?.scope).toBe('MY');
        expect(mockGetCandidates).toHaveBeenCalledTimes(2);
    });

    it('stops calling a watcher that stopped watching', async () => {
        mockGetCandidates.mockResolvedValue(fixture('my'));
        const { states, stop } = record('MY');

        stop();
        await refreshScope('MY');

        expect(states).toHaveLength(1);
        expect(isWatched('MY')).toBe(false);
    });

    describe('claim', () => {
        it('publishes the Pipeline list a claim returns', async () => {
            const pipeline = fixture('pipeline');
            const after = { ...pipeline, candidates: pipeline.candidates!.slice(1) };
            mockClaimCandidate.mockResolvedValue(after);
            const { states } = record('PIPELINE');

            await expect(claim(pipeline.candidates![0].contactId)).resolves.toBe(after);

            expect(mockClaimCandidate).toHaveBeenCalledWith({ contactId: pipeline.candidates![0].contactId });
            expect(states.at(-1)).toEqual({ loading: false, list: after, error: null });
        });

        it('reloads My and Team only where they are watched', async () => {
            mockClaimCandidate.mockResolvedValue(fixture('pipeline'));
            mockGetCandidates.mockResolvedValue(fixture('my'));
            record('MY');

            await claim('003Dn0000000001AAA');
            await flush();

            expect(mockGetCandidates).toHaveBeenCalledTimes(1);
            expect(mockGetCandidates).toHaveBeenCalledWith({ scope: 'MY' });
        });

        it('waits for a reload already running before reading My again', async () => {
            const running = deferred<CandidateList>();
            mockGetCandidates.mockReturnValueOnce(running.promise).mockResolvedValue(fixture('my'));
            mockClaimCandidate.mockResolvedValue(fixture('pipeline'));
            record('MY');
            const load = loadScope('MY');

            await claim('003Dn0000000001AAA');
            expect(mockGetCandidates).toHaveBeenCalledTimes(1);

            running.resolve(fixture('empty'));
            await load;
            await flush();
            expect(mockGetCandidates).toHaveBeenCalledTimes(2);
        });

        it('lets a claim win over an older Pipeline read that answers after it', async () => {
            const stale = deferred<CandidateList>();
            mockGetCandidates.mockReturnValue(stale.promise);
            const pipeline = fixture('pipeline');
            const after = { ...pipeline, candidates: pipeline.candidates!.slice(1) };
            mockClaimCandidate.mockResolvedValue(after);
            const { states } = record('PIPELINE');
            const reading = refreshScope('PIPELINE');

            await claim(pipeline.candidates![0].contactId);
            expect(states.at(-1)).toEqual({ loading: true, list: after, error: null });

            stale.resolve(pipeline);
            await reading;
            expect(states.at(-1)).toEqual({ loading: false, list: after, error: null });
        });

        it('publishes nothing when the claim is refused', async () => {
            mockClaimCandidate.mockResolvedValue({ ...fixture('pipeline'), status: 'ERROR', message: 'No access' });
            const { states } = record('PIPELINE');
            record('MY');

            const result = await claim('003Dn0000000001AAA');

            expect(result.status).toBe('ERROR');
            expect(states).toHaveLength(1);
            expect(mockGetCandidates).not.toHaveBeenCalled();
        });

        it('passes on what Apex throws', async () => {
            const error = new Error('UNABLE_TO_LOCK_ROW');
            mockClaimCandidate.mockRejectedValue(error);

            await expect(claim('003Dn0000000001AAA')).rejects.toBe(error);
        });
    });
});
