import { createElement, type LightningElement } from 'lwc';
import getCandidates from '@salesforce/apex/CioCandidatesController.getCandidates';
import claimCandidate from '@salesforce/apex/CioCandidatesController.claimCandidate';
import type { CandidateList } from 'c/cioCandidateData';
import {
    FIXTURE_NOW,
    deferred,
    fixture,
    flush,
    mockDashboardLabels,
    query,
    queryAll,
    removeAll,
    text
} from '../../cioCandidateList/__tests__/support/dashboard';

jest.mock('@salesforce/apex/CioCandidatesController.getCandidates', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioCandidatesController.claimCandidate', () => ({ default: jest.fn() }), {
    virtual: true
});

mockDashboardLabels();

const mockGetCandidates = getCandidates as unknown as jest.Mock;
const mockClaimCandidate = claimCandidate as unknown as jest.Mock;

let data: typeof import('c/cioCandidateData');
let CioCandidateBanner: typeof LightningElement;
let CioCandidateList: typeof LightningElement;

beforeAll(async () => {
    // After mockDashboardLabels(): the components read the real wording.
    data = await import('c/cioCandidateData');
    CioCandidateBanner = (await import('c/cioCandidateBanner')).default;
    CioCandidateList = (await import('c/cioCandidateList')).default;
});

type Panel = HTMLElement & { errors: unknown; friendlyMessage: string };
type Icon = HTMLElement & { iconName: string; variant: string | null };

async function mount(
    scope: string,
    answer?: CandidateList | Promise<CandidateList>,
    tag = 'c-cio-candidate-banner'
): Promise<HTMLElement> {
    if (answer !== undefined) {
        mockGetCandidates.mockReturnValue(Promise.resolve(answer));
    }
    const element = createElement(tag, {
        is: tag === 'c-cio-candidate-banner' ? CioCandidateBanner : CioCandidateList
    });
    (element as unknown as { scope: string }).scope = scope;
    document.body.appendChild(element);
    await flush();
    return element;
}

function bannerText(element: HTMLElement): string {
    return text(element.shadowRoot!, '.banner-text');
}

function withBanner(list: CandidateList, banner: Partial<NonNullable<CandidateList['banner']>> | null): CandidateList {
    return { ...list, banner: banner === null ? null : { ...list.banner!, ...banner } };
}

describe('c-cio-candidate-banner', () => {
    beforeEach(() => {
        data.forgetAll();
        data.setClock(FIXTURE_NOW);
    });

    afterEach(() => {
        removeAll();
        jest.clearAllMocks();
        data.setClock(null);
    });

    it('shows a spinner while counting', async () => {
        mockGetCandidates.mockReturnValue(new Promise(() => undefined));
        const element = await mount('MY');

        expect(query<HTMLElement & { alternativeText: string }>(element, 'lightning-spinner')!.alternativeText).toBe(
            'Counting active candidates…'
        );
        expect(text(element.shadowRoot!, '.card-title')).toBe('My Candidates');
        expect(mockGetCandidates).toHaveBeenCalledWith({ scope: 'MY' });
        await expect(element).toBeAccessible();
    });

    it.each([
        [
            'MY',
            'my',
            'My Candidates',
            '2 of your candidates are job-shopping right now; 3 warm and 3 engaged this week.',
            ['2 hot', '3 warm', '3 engaged']
        ] as const,
        [
            'TEAM',
            'team',
            'Team Candidates',
            'Your team has 3 hot, 4 warm and 4 engaged candidates.',
            ['3 hot', '4 warm', '4 engaged']
        ] as const,
        [
            'PIPELINE',
            'pipeline',
            'Pipeline Candidates',
            '5 unassigned candidates are active: 1 hot, 2 warm, 2 engaged.',
            ['1 hot', '2 warm', '2 engaged']
        ] as const
    ])('summarises %s in the admin wording with a chip per state', async (scope, name, title, sentence, chips) => {
        const element = await mount(scope, fixture(name));

        expect(text(element.shadowRoot!, '.card-title')).toBe(title);
        expect(bannerText(element)).toBe(sentence);
        const items = queryAll(element, 'li.count');
        expect(items.map((item) => text(item, '.count-text'))).toEqual(chips);
        expect(items.map((item) => item.querySelector<Icon>('lightning-icon')!.iconName)).toEqual([
            'utility:trending',
            'utility:preview',
            'utility:like'
        ]);
        expect(query(element, 'ul.counts')!.getAttribute('aria-label')).toBe('Active candidates by state');
        await expect(element).toBeAccessible();
    });

    it('counts every active candidate of a truncated list, not only those listed', async () => {
        const element = await mount('TEAM', fixture('truncated'));

        expect(bannerText(element)).toBe('Your team has 21 hot, 126 warm and 200 engaged candidates.');
    });

    it('fills placeholders Apex sends, including the owner', async () => {
        const list = withBanner(fixture('my'), { template: '{owner}: {count} active, {hot} hot.' });
        const element = await mount('MY', list);

        expect(bannerText(element)).toBe('Maria Chen: 8 active, 2 hot.');
    });

    it('keeps unknown placeholders visible so the admin sees the typo', async () => {
        const list = withBanner(fixture('my'), { template: '{hott} hot candidates, {warm} warm.' });
        const element = await mount('MY', list);

        expect(bannerText(element)).toBe('{hott} hot candidates, 3 warm.');
    });

    it('renders markup in the template and in values as text', async () => {
        const list = withBanner(fixture('my'), {
            template: '<img src=x onerror=alert(1)> {owner} <script>alert(2)</script>',
            values: [{ name: 'owner', value: '<b onclick=alert(3)>Mallory</b>' }]
        });
        const element = await mount('MY', list);

        expect(bannerText(element)).toBe(
            '<img src=x onerror=alert(1)> <b onclick=alert(3)>Mallory</b> <script>alert(2)</script>'
        );
        expect(queryAll(element, 'img, script, b')).toHaveLength(0);
    });

    describe('missing data', () => {
        it('uses the built-in sentence when there is no banner', async () => {
            const element = await mount('MY', withBanner(fixture('my'), null));

            expect(bannerText(element)).toBe('8 active candidates: 2 hot, 3 warm, 3 engaged.');
        });

        it('uses the built-in sentence when the template is blank', async () => {
            const element = await mount('MY', withBanner(fixture('my'), { template: '   ' }));

            expect(bannerText(element)).toBe('8 active candidates: 2 hot, 3 warm, 3 engaged.');
        });

        it('fills the template from the counts when Apex sent no values', async () => {
            const element = await mount('PIPELINE', withBanner(fixture('pipeline'), { values: null }));

            expect(bannerText(element)).toBe('5 unassigned candidates are active: 1 hot, 2 warm, 2 engaged.');
        });

        it('reads zero when counts and banner are both missing', async () => {
            const element = await mount('MY', { status: 'OK', scope: 'MY' } as CandidateList);

            expect(bannerText(element)).toBe('0 active candidates: 0 hot, 0 warm, 0 engaged.');
            expect(queryAll(element, 'li.count').map((item) => text(item, '.count-text'))).toEqual([
                '0 hot',
                '0 warm',
                '0 engaged'
            ]);
        });

        it('ignores values without a name', async () => {
            const list = withBanner(fixture('my'), {
                template: '{hot} hot',
                values: [{ name: '', value: '99' }, null as unknown as { name: string; value: string }]
            });
            const element = await mount('MY', list);

            expect(bannerText(element)).toBe('2 hot');
        });
    });

    describe('configuration states and errors', () => {
        it.each([
            ['notConfigured', 'MY', 'CIO Pipelines is not set up yet'] as const,
            ['noPoolOwner', 'PIPELINE', 'No Unassigned Pool Owner is set'] as const,
            ['invalidConfiguration', 'TEAM', 'The recruiter configuration needs attention'] as const
        ])('explains %s', async (name, scope, title) => {
            const element = await mount(scope, fixture(name));

            expect(text(element.shadowRoot!, '.notice-title')).toBe(title);
            expect(text(element.shadowRoot!, '.notice-help')).not.toBe('');
            expect(query(element, '.banner-text')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('shows status ERROR in the error panel', async () => {
            const element = await mount('MY', fixture('error'));

            const panel = query<Panel>(element, 'c-cio-error-panel.load-error')!;
            expect(panel.friendlyMessage).toBe('Candidate counts are unavailable right now. Try again later.');
            expect(panel.errors).toBe(
                'The candidate list could not be read: Recruiter__c is not readable for your profile.'
            );
            await expect(element).toBeAccessible();
        });

        it('shows what Apex threw', async () => {
            const error = { body: { message: 'Unable to read CIO_Engagement__c' } };
            mockGetCandidates.mockRejectedValue(error);
            const element = await mount('TEAM');

            expect(query<Panel>(element, 'c-cio-error-panel.load-error')!.errors).toEqual(error);
        });

        it('refuses a scope it does not know without calling Apex', async () => {
            const element = await mount('');

            expect(query<Panel>(element, 'c-cio-error-panel.invalid-scope')!.friendlyMessage).toContain(
                'unknown scope ()'
            );
            expect(text(element.shadowRoot!, '.card-title')).toBe('My Candidates');
            expect(mockGetCandidates).not.toHaveBeenCalled();
        });
    });

    describe('with the widget of the same scope', () => {
        it('shares one Apex call with the widget', async () => {
            const answer = deferred<CandidateList>();
            mockGetCandidates.mockReturnValue(answer.promise);
            const banner = await mount('MY');
            const widget = await mount('MY', undefined, 'c-cio-candidate-list');

            answer.resolve(fixture('my'));
            await flush();

            expect(mockGetCandidates).toHaveBeenCalledTimes(1);
            expect(bannerText(banner)).toContain('2 of your candidates');
            expect(queryAll(widget, 'c-cio-candidate-row')).toHaveLength(8);
        });

        it('follows a claim made in the Pipeline widget', async () => {
            mockGetCandidates.mockResolvedValue(fixture('pipeline'));
            const banner = await mount('PIPELINE');
            const widget = await mount('PIPELINE', undefined, 'c-cio-candidate-list');
            const pipeline = fixture('pipeline');
            mockClaimCandidate.mockResolvedValue({
                ...pipeline,
                candidates: pipeline.candidates!.slice(1),
                counts: { hot: 0, warm: 2, engaged: 2, total: 4 },
                banner: {
                    ...pipeline.banner!,
                    values: [
                        { name: 'count', value: '4' },
                        { name: 'hot', value: '0' }
                    ]
                }
            });

            query(widget, 'c-cio-candidate-row')!.shadowRoot!.querySelector<HTMLButtonElement>('button.claim')!.click();
            await flush();

            expect(bannerText(banner)).toBe('4 unassigned candidates are active: 0 hot, 2 warm, 2 engaged.');
            expect(mockGetCandidates).toHaveBeenCalledTimes(1);
        });

        it('stops following when removed', async () => {
            const element = await mount('TEAM', fixture('team'));
            expect(data.isWatched('TEAM')).toBe(true);

            document.body.removeChild(element);

            expect(data.isWatched('TEAM')).toBe(false);
        });
    });
});
