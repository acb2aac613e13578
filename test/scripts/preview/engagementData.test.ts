import type { CandidateList } from '../../../force-app/main/engagement/dashboard/lwc/cioCandidateData/candidateTypes';
import type { Panel } from '../../../force-app/main/engagement/lwc/cioContactActivity/activityTypes';
import type {
    DeploymentStatus,
    ObjectSchema,
    SaveTriggerResult,
    SendNowResult
} from '../../../force-app/main/admin/lwc/cioTriggerModel/editorTypes';
import { projectBackend } from '../../../scripts/preview/preview';
import { PROJECT_ROOT } from '../../helpers/workspace';

type Backend = ReturnType<typeof projectBackend>;

function call<T>(backend: Backend, method: string, params: Record<string, unknown> = {}, scenario = 'default'): T {
    const outcome = backend.call({ method, params, scenario });
    if (!outcome.ok) throw new Error(outcome.error.body.message);
    return outcome.data as T;
}

function refusal(backend: Backend, method: string, params: Record<string, unknown>): string {
    const outcome = backend.call({ method, params, scenario: 'default' });
    if (outcome.ok) throw new Error(`${method} answered`);
    expect(outcome.error.body.exceptionType).toBe('System.AuraHandledException');
    return outcome.error.body.message;
}

describe('the recruiter pages in the preview', () => {
    let backend: Backend;
    beforeEach(() => {
        backend = projectBackend(PROJECT_ROOT);
    });

    it('shows a HOT contact whose times move with the clock', () => {
        const before = Date.now();
        const panel = call<Panel>(backend, 'CioContactActivityController.getActivity', { recordId: '003' });

        expect(panel.status).toBe('OK');
        expect(panel.engagement?.state).toBe('HOT');
        expect(panel.fetchedAt).toBeGreaterThanOrEqual(before);
        expect(call<Panel>(backend, 'CioContactActivityController.getBanner').engagement?.state).toBe('HOT');
    });

    it.each([
        ['unconfigured', 'NOT_CONFIGURED'],
        ['rate-limited', 'RATE_LIMITED'],
        ['not-in-customerio', 'NOT_FOUND'],
        ['server-errors', 'ERROR']
    ])('answers the panel in scenario %s with status %s', (scenario, status) => {
        expect(call<Panel>(backend, 'CioContactActivityController.getActivity', {}, scenario).status).toBe(status);
    });

    it('answers each widget with the fixture of its scope, generated now', () => {
        const before = Date.now();
        for (const scope of ['MY', 'TEAM', 'PIPELINE']) {
            const list = call<CandidateList>(backend, 'CioCandidatesController.getCandidates', { scope });
            expect(list.scope).toBe(scope);
            expect(list.generatedAt).toBeGreaterThanOrEqual(before);
        }
        expect(refusal(backend, 'CioCandidatesController.getCandidates', { scope: 'EVERYONE' })).toContain('EVERYONE');
    });

    it("takes a claimed candidate out of the pool, with the counts and the banner's count values", () => {
        const pool = call<CandidateList>(backend, 'CioCandidatesController.getCandidates', { scope: 'PIPELINE' });
        const first = pool.candidates![0];
        expect(first.state).toBe('HOT');

        const after = call<CandidateList>(backend, 'CioCandidatesController.claimCandidate', {
            contactId: first.contactId
        });

        expect(after.candidates!.map((candidate) => candidate.contactId)).not.toContain(first.contactId);
        expect(after.counts!.total).toBe(pool.candidates!.length - 1);
        const values = (list: CandidateList) =>
            Object.fromEntries((list.banner?.values ?? []).map((value) => [value.name, value.value]));
        expect(values(after)).toEqual({
            ...values(pool),
            count: String(pool.counts!.total! - 1),
            hot: String(pool.counts!.hot! - 1)
        });
        expect(after.banner?.template).toBe(pool.banner?.template);
        expect(
            call<CandidateList>(backend, 'CioCandidatesController.getCandidates', { scope: 'PIPELINE' }).counts!.total
        ).toBe(pool.candidates!.length - 1);
    });

    it('answers every scope with one configuration problem, or the misconfigured Team and Pipeline', () => {
        const my = call<CandidateList>(
            backend,
            'CioCandidatesController.getCandidates',
            { scope: 'MY' },
            'unconfigured'
        );
        expect(my.status).toBe('NOT_CONFIGURED');
        expect(my.scope).toBe('MY');
        const statuses = ['MY', 'TEAM', 'PIPELINE'].map(
            (scope) =>
                call<CandidateList>(
                    backend,
                    'CioCandidatesController.getCandidates',
                    { scope },
                    'dashboard-misconfigured'
                ).status
        );
        expect(statuses).toEqual(['OK', 'INVALID_CONFIGURATION', 'NO_POOL_OWNER']);
    });
});

describe('the trigger editor in the preview', () => {
    let backend: Backend;
    beforeEach(() => {
        backend = projectBackend(PROJECT_ROOT);
    });

    it('describes the objects it has fixtures for and refuses others as Apex does', () => {
        expect(
            call<ObjectSchema>(backend, 'CioTriggerEditorController.describeObject', { objectApiName: 'Contact' })
                .apiName
        ).toBe('Contact');
        expect(refusal(backend, 'CioTriggerEditorController.describeObject', { objectApiName: 'Ghost__c' })).toBe(
            'Object Ghost__c does not exist or you cannot see it.'
        );
    });

    it('saves, then reports the deployment in progress once and succeeded after', () => {
        const saved = call<SaveTriggerResult>(backend, 'CioTriggerEditorController.saveTrigger', { input: {} });
        expect(saved.ok).toBe(true);

        const status = (): DeploymentStatus =>
            call<DeploymentStatus>(backend, 'CioTriggerEditorController.deploymentStatus', { jobId: saved.jobId });
        expect(status().state).toBe('InProgress');
        expect(status().state).toBe('Succeeded');
        expect(
            call<DeploymentStatus>(backend, 'CioTriggerEditorController.deploymentStatus', { jobId: 'other' }).state
        ).toBe('InProgress');
        expect(call<unknown[]>(backend, 'CioTriggerEditorController.validateTrigger', { input: {} })).toEqual([]);
    });

    it('queues the previewed payload with its messageId', () => {
        const sent = call<SendNowResult>(backend, 'CioTriggerEditorController.sendPreviewNow', {});
        expect(sent.ok).toBe(true);
        expect(sent.messageId).toMatch(/\S/);
        expect(sent.message).toContain(sent.messageId);
    });
});
