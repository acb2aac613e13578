/**
 * The Contact Activity panel's, the candidate widgets' and the trigger editor's data in the preview: handlers that
 * pick or adapt their Jest fixtures for a call's parameters and for calls that write. Every answer starts from a
 * fixture file; nothing here is a second copy of one.
 */
import type {
    CandidateList,
    StateCounts
} from '../../force-app/main/engagement/dashboard/lwc/cioCandidateData/candidateTypes';
import type {
    DeploymentStatus,
    ObjectSchema,
    SaveTriggerResult,
    SendNowResult
} from '../../force-app/main/admin/lwc/cioTriggerModel/editorTypes';
import type { PreviewResult } from '../../force-app/main/admin/lwc/cioTriggerEditor/triggerTypes';
import { ApexRefusal, relativeToNow, type ApexParams, type HandlerContext } from './backend';
import { TRIGGERS } from './adminData';

export const CONTACT_ACTIVITY = 'cioContactActivity';
export const CANDIDATES = 'cioCandidateList';
export const TRIGGER_FORM = 'cioTriggerForm';

/** The widgets' fixture of each scope (cioCandidateList/__tests__/data). */
const SCOPE_FIXTURES: Record<string, string> = { MY: 'my.json', TEAM: 'team.json', PIPELINE: 'pipeline.json' };

/** Candidates claimed in this preview session, so the Pipeline list loses them as it would in the org. */
const CLAIMED = 'claimedCandidates';

function claimed(context: HandlerContext): Set<string> {
    let ids = context.state.get(CLAIMED) as Set<string> | undefined;
    if (!ids) {
        ids = new Set();
        context.state.set(CLAIMED, ids);
    }
    return ids;
}

/** A candidate list fixture whose times move with the clock (generated "now", reasons as worded then). */
function candidateList(context: HandlerContext, file: string, params: ApexParams): CandidateList {
    const data = context.fixture(CANDIDATES, file);
    return relativeToNow('generatedAt')(data, context, params) as CandidateList;
}

/** The banner placeholders that are counts (CioCandidatesService fills them from the same counts as the list). */
const COUNT_PLACEHOLDERS: Readonly<Record<string, keyof StateCounts>> = {
    count: 'total',
    hot: 'hot',
    warm: 'warm',
    engaged: 'engaged'
};

/** A list after some candidates left it: their rows, the counts and the banner's count values. */
function withoutClaimed(list: CandidateList, ids: ReadonlySet<string>): CandidateList {
    if (ids.size === 0) {
        return list;
    }
    const candidates = (list.candidates ?? []).filter((candidate) => !ids.has(candidate.contactId));
    const count = (state: string): number => candidates.filter((candidate) => candidate.state === state).length;
    const counts = { hot: count('HOT'), warm: count('WARM'), engaged: count('ENGAGED'), total: candidates.length };
    const banner = list.banner && {
        ...list.banner,
        values: (list.banner.values ?? []).map((value) =>
            Object.hasOwn(COUNT_PLACEHOLDERS, value.name)
                ? { ...value, value: String(counts[COUNT_PLACEHOLDERS[value.name]]) }
                : value
        )
    };
    return { ...list, candidates, counts, banner };
}

/** getCandidates: the fixture of the scope asked for; an unknown scope is Apex's refusal. */
export function candidatesForScope(params: ApexParams, context: HandlerContext): CandidateList {
    const scope = String(params.scope ?? '');
    const file = SCOPE_FIXTURES[scope];
    if (!file) {
        throw new ApexRefusal(context.label('Cio_Candidates_UnknownScope', scope));
    }
    const list = candidateList(context, file, params);
    return scope === 'PIPELINE' ? withoutClaimed(list, claimed(context)) : list;
}

/** The same, with every scope answering one fixture (a configuration problem, or an empty dashboard). */
export function everyScope(file: string) {
    return (params: ApexParams, context: HandlerContext): CandidateList => ({
        ...candidateList(context, file, params),
        scope: String(params.scope ?? 'MY') as CandidateList['scope']
    });
}

/** claimCandidate: the candidate leaves the pool; the answer is the Pipeline list without it. */
export function claimInPreview(params: ApexParams, context: HandlerContext): CandidateList {
    claimed(context).add(String(params.contactId ?? ''));
    return candidatesForScope({ scope: 'PIPELINE' }, context);
}

/** describeObject: the describe fixture of the object, or the refusal Apex gives for an object it cannot see. */
export function describeInPreview(params: ApexParams, context: HandlerContext): ObjectSchema {
    const objectApiName = String(params.objectApiName ?? '');
    try {
        return context.fixture(TRIGGER_FORM, `schema.${objectApiName}.json`) as ObjectSchema;
    } catch {
        throw new ApexRefusal(context.label('Cio_TriggerEditor_UnknownObject', objectApiName));
    }
}

const DEPLOY_JOB = 'deployJob';
const DEPLOY_JOB_ID = '0Af000000000PREVW';

/** saveTrigger: accepted; a simulated deployment that finishes on its second status read. */
export function saveTriggerInPreview(_params: ApexParams, context: HandlerContext): SaveTriggerResult {
    context.state.set(DEPLOY_JOB, 0);
    return { ok: true, jobId: DEPLOY_JOB_ID, errors: [] };
}

export function deploymentStatusInPreview(params: ApexParams, context: HandlerContext): DeploymentStatus {
    const reads = ((context.state.get(DEPLOY_JOB) as number | undefined) ?? 1) + 1;
    context.state.set(DEPLOY_JOB, reads);
    if (String(params.jobId ?? '') !== DEPLOY_JOB_ID || reads < 2) {
        return { state: 'InProgress', message: null, errorKind: null, finishedAt: null };
    }
    return {
        state: 'Succeeded',
        message: context.label('Cio_TriggerDeploy_Deployed', '1', '1', 'CIO_Event_Trigger (preview)'),
        errorKind: null,
        finishedAt: Date.now()
    };
}

/** sendPreviewNow: queued, with the messageId of the previewed payload. */
export function sendNowInPreview(_params: ApexParams, context: HandlerContext): SendNowResult {
    const preview = context.fixture(TRIGGERS, 'previewResult.ok.json') as PreviewResult;
    const messageId = /"messageId"\s*:\s*"([^"]+)"/.exec(preview.json ?? '')?.[1] ?? '';
    return { ok: true, message: context.label('Cio_TriggerEditor_Queued', messageId), messageId };
}
