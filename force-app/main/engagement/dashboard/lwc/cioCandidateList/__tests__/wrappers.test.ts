import { createElement } from 'lwc';
import getCandidates from '@salesforce/apex/CioCandidatesController.getCandidates';
import CioMyActiveCandidates from 'c/cioMyActiveCandidates';
import CioTeamActiveCandidates from 'c/cioTeamActiveCandidates';
import CioPipelineActiveCandidates from 'c/cioPipelineActiveCandidates';
import CioMyCandidatesBanner from 'c/cioMyCandidatesBanner';
import CioTeamCandidatesBanner from 'c/cioTeamCandidatesBanner';
import CioPipelineCandidatesBanner from 'c/cioPipelineCandidatesBanner';
import { forgetAll } from 'c/cioCandidateData';
import { DASHBOARD_LWC_DIR, flush, readText, removeAll } from './support/dashboard';

jest.mock('@salesforce/apex/CioCandidatesController.getCandidates', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioCandidatesController.claimCandidate', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetCandidates = getCandidates as unknown as jest.Mock;

/** The six components admins place: each is the shared list or banner with one scope, and nothing else. */
const WRAPPERS = [
    ['cioMyActiveCandidates', CioMyActiveCandidates, 'c-cio-candidate-list', 'MY', 'My Active Candidates'],
    ['cioTeamActiveCandidates', CioTeamActiveCandidates, 'c-cio-candidate-list', 'TEAM', 'Team Active Candidates'],
    [
        'cioPipelineActiveCandidates',
        CioPipelineActiveCandidates,
        'c-cio-candidate-list',
        'PIPELINE',
        'Pipeline Active Candidates'
    ],
    ['cioMyCandidatesBanner', CioMyCandidatesBanner, 'c-cio-candidate-banner', 'MY', 'My Candidates Banner'],
    ['cioTeamCandidatesBanner', CioTeamCandidatesBanner, 'c-cio-candidate-banner', 'TEAM', 'Team Candidates Banner'],
    [
        'cioPipelineCandidatesBanner',
        CioPipelineCandidatesBanner,
        'c-cio-candidate-banner',
        'PIPELINE',
        'Pipeline Candidates Banner'
    ]
] as const;

describe.each(WRAPPERS)('c/%s', (name, component, inner, scope, label) => {
    afterEach(() => {
        removeAll();
        forgetAll();
        jest.clearAllMocks();
    });

    it(`renders ${inner} for ${scope}`, async () => {
        mockGetCandidates.mockReturnValue(new Promise(() => undefined));
        const element = createElement(`c-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, { is: component });
        document.body.appendChild(element);
        await flush();

        const children = element.shadowRoot!.querySelectorAll(inner);
        expect(children).toHaveLength(1);
        expect((children[0] as HTMLElement & { scope: string }).scope).toBe(scope);
        expect(mockGetCandidates).toHaveBeenCalledWith({ scope });
    });

    it(`is "CIO Pipelines: ${label}" for app and home pages in Lightning App Builder`, () => {
        const meta = readText(`${DASHBOARD_LWC_DIR}/${name}/${name}.js-meta.xml`);

        expect(meta).toContain('<isExposed>true</isExposed>');
        expect(meta).toContain(`<masterLabel>CIO Pipelines: ${label}</masterLabel>`);
        expect(meta).toContain('<target>lightning__AppPage</target>');
        expect(meta).toContain('<target>lightning__HomePage</target>');
        expect(meta).toContain('<apiVersion>65.0</apiVersion>');
    });
});
