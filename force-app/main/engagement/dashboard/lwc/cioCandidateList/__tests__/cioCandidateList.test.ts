import { createElement, type LightningElement } from 'lwc';
import getCandidates from '@salesforce/apex/CioCandidatesController.getCandidates';
import claimCandidate from '@salesforce/apex/CioCandidatesController.claimCandidate';
import type { Candidate, CandidateList } from 'c/cioCandidateData';
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
} from './support/dashboard';

jest.mock('@salesforce/apex/CioCandidatesController.getCandidates', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CioCandidatesController.claimCandidate', () => ({ default: jest.fn() }), {
    virtual: true
});

mockDashboardLabels();

const mockGetCandidates = getCandidates as unknown as jest.Mock;
const mockClaimCandidate = claimCandidate as unknown as jest.Mock;

type Data = typeof import('c/cioCandidateData');
let data: Data;
let CioCandidateList: typeof LightningElement;

beforeAll(async () => {
    // After mockDashboardLabels(): the components read the real wording.
    data = await import('c/cioCandidateData');
    CioCandidateList = (await import('c/cioCandidateList')).default;
});

type Panel = HTMLElement & { errors: unknown; friendlyMessage: string };
type Icon = HTMLElement & { iconName: string; variant: string | null };
type Spinner = HTMLElement & { alternativeText: string };
type ButtonIcon = HTMLElement & { disabled: boolean; alternativeText: string };

async function mount(scope: string, answer?: CandidateList | Promise<CandidateList>): Promise<HTMLElement> {
    if (answer !== undefined) {
        mockGetCandidates.mockReturnValue(Promise.resolve(answer));
    }
    const element = createElement('c-cio-candidate-list', { is: CioCandidateList });
    (element as unknown as { scope: string }).scope = scope;
    document.body.appendChild(element);
    await flush();
    return element;
}

/** The list items (their classes mark new rows). */
function items(element: HTMLElement): HTMLElement[] {
    return queryAll(element, 'li.candidate');
}

/** What each row shows: the shadow root of its c-cio-candidate-row, in list order. */
function rows(element: HTMLElement): ShadowRoot[] {
    return items(element).map((item) => item.querySelector('c-cio-candidate-row')!.shadowRoot!);
}

/** Every match in the list and in all its rows. */
function inRows<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T[] {
    return [element.shadowRoot!, ...rows(element)].flatMap((root) => Array.from(root.querySelectorAll<T>(selector)));
}

function names(element: HTMLElement): string[] {
    return rows(element).map((row) => text(row, '.candidate-name'));
}

function rowOf(element: HTMLElement, name: string): ShadowRoot {
    const found = rows(element).find((candidateRow) => text(candidateRow, '.candidate-name') === name);
    if (!found) {
        throw new Error(`no row for ${name}`);
    }
    return found;
}

function claimButton(element: HTMLElement, name: string): HTMLButtonElement {
    return rowOf(element, name).querySelector<HTMLButtonElement>('button.claim')!;
}

function withCandidates(list: CandidateList, candidates: Candidate[]): CandidateList {
    return { ...list, candidates };
}

function candidate(overrides: Partial<Candidate>): Candidate {
    return { ...fixture('my').candidates![0], ...overrides };
}

describe('c-cio-candidate-list', () => {
    beforeEach(() => {
        data.forgetAll();
        data.setClock(FIXTURE_NOW);
    });

    afterEach(() => {
        removeAll();
        jest.clearAllMocks();
        jest.useRealTimers();
        data.setClock(null);
    });

    describe('loading', () => {
        it('shows a spinner and asks Apex once for its scope', async () => {
            mockGetCandidates.mockReturnValue(new Promise(() => undefined));
            const element = await mount('MY');

            expect(query<Spinner>(element, 'lightning-spinner')!.alternativeText).toBe('Loading candidates…');
            expect(text(element.shadowRoot!, '.card-title')).toBe('My Active Candidates');
            expect(query(element, '.candidate-list')).toBeNull();
            expect(mockGetCandidates).toHaveBeenCalledTimes(1);
            expect(mockGetCandidates).toHaveBeenCalledWith({ scope: 'MY' });
            expect(query<ButtonIcon>(element, 'lightning-button-icon.refresh')!.disabled).toBe(true);
            await expect(element).toBeAccessible();
        });
    });

    describe('My Active Candidates', () => {
        it('lists active candidates hottest first, then most recent', async () => {
            const element = await mount('MY', fixture('my'));

            expect(names(element)).toEqual([
                'Priya Raman',
                'Daniel Okafor',
                'Sofia Martins',
                'Hannah Kim',
                'James Whitaker',
                'Mateo Alvarez',
                "Grace O'Neill",
                'Wei Zhang'
            ]);
            expect(rows(element).map((candidateRow) => text(candidateRow, '.state-label'))).toEqual([
                'Hot',
                'Hot',
                'Warm',
                'Warm',
                'Warm',
                'Engaged',
                'Engaged',
                'Engaged'
            ]);
            expect(text(element.shadowRoot!, '.scope-label')).toBe('Your candidates (Contact Owner is you)');
            expect(text(element.shadowRoot!, '.card-title')).toBe('My Active Candidates');
            expect(query(element, '.candidate-list')!.getAttribute('aria-label')).toBe(
                'My Active Candidates: hottest first, then most recent'
            );
        });

        it('sorts a list that arrives out of order', async () => {
            const my = fixture('my');
            const element = await mount('MY', withCandidates(my, [...my.candidates!].reverse()));

            expect(names(element).slice(0, 3)).toEqual(['Priya Raman', 'Daniel Okafor', 'Sofia Martins']);
            expect(names(element).at(-1)).toBe('Wei Zhang');
        });

        it('shows each candidate with a record link, state icon and word, reason, time and top key page', async () => {
            const element = await mount('MY', fixture('my'));
            const priya = rowOf(element, 'Priya Raman');

            const link = priya.querySelector<HTMLAnchorElement>('a.candidate-name')!;
            expect(link.getAttribute('href')).toBe('/lightning/r/Contact/003Dn0000000001AAA/view');
            expect(priya.querySelector<Icon>('.state-badge lightning-icon')!.iconName).toBe('utility:trending');
            expect(priya.querySelector('.state-badge')!.className).toContain('state-hot');
            expect(text(priya, '.reason')).toBe('viewed /jobs/icu-nurse 12 minutes ago');

            const time = priya.querySelector('time.last-activity')!;
            expect(time.textContent).toBe('Last activity 12 minutes ago');
            expect(time.getAttribute('datetime')).toBe('2026-03-04T15:18:00.000Z');
            expect(time.getAttribute('title')).toBe('Mar 4, 2026, 7:18 AM');

            const keyPage = priya.querySelector<HTMLAnchorElement>('a.key-page-link')!;
            expect(keyPage.getAttribute('href')).toBe('https://careers.example.com/jobs/icu-nurse');
            expect(keyPage.getAttribute('target')).toBe('_blank');
            expect(keyPage.getAttribute('rel')).toBe('noopener noreferrer');
            expect(keyPage.textContent!.replace(/\s+/g, ' ').trim()).toBe(
                'careers.example.com/jobs/icu-nurse (opens in a new tab)'
            );
        });

        it('shows times in the largest unit that fits', async () => {
            const element = await mount('MY', fixture('my'));

            expect(text(rowOf(element, 'Sofia Martins'), 'time')).toBe('Last activity 4 hours ago');
            expect(text(rowOf(element, 'Mateo Alvarez'), 'time')).toBe('Last activity 2 days ago');
            expect(text(rowOf(element, 'Wei Zhang'), 'time')).toBe('Last activity 6 days ago');
            expect(text(element.shadowRoot!, '.updated')).toBe('Updated now');
        });

        it('marks a warm-by-email candidate with the envelope and shows no key page when there is none', async () => {
            const element = await mount('MY', fixture('my'));
            const hannah = rowOf(element, 'Hannah Kim');

            expect(hannah.querySelector<Icon>('.state-badge lightning-icon')!.iconName).toBe('utility:email');
            expect(text(hannah, '.state-label')).toBe('Warm');
            expect(hannah.querySelector('.key-page')).toBeNull();
        });

        it('hides tracking parameters from the key page text but keeps them in the link', async () => {
            const element = await mount('MY', fixture('my'));
            const link = rowOf(element, "Grace O'Neill").querySelector<HTMLAnchorElement>('a.key-page-link')!;

            expect(link.getAttribute('href')).toBe(
                'https://careers.example.com/positions/charge-nurse?utm_source=newsletter&utm_medium=email'
            );
            expect(link.getAttribute('title')).toBe(link.getAttribute('href'));
            expect(text(link, '.key-page-url')).toBe('careers.example.com/positions/charge-nurse');
        });

        it('marks what is new since the last look, in words', async () => {
            const element = await mount('MY', fixture('my'));

            const marked = rows(element).filter((candidateRow) => candidateRow.querySelector('.new-badge'));
            expect(marked.map((candidateRow) => text(candidateRow, '.candidate-name'))).toEqual([
                'Priya Raman',
                'Daniel Okafor',
                'Sofia Martins'
            ]);
            expect(text(marked[0], '.new-badge .slds-assistive-text')).toBe('New since you last looked');
            expect(items(element).map((item) => item.classList.contains('candidate_new'))).toEqual([
                true,
                true,
                true,
                false,
                false,
                false,
                false,
                false
            ]);
            expect(text(element.shadowRoot!, '.new-count')).toBe('3 new since you last looked');
        });

        it('shows no owner and no claim button', async () => {
            const element = await mount('MY', fixture('my'));

            expect(inRows(element, '.owner')).toEqual([]);
            expect(inRows(element, 'button.claim')).toEqual([]);
        });

        it('is accessible', async () => {
            const element = await mount('MY', fixture('my'));

            await expect(element).toBeAccessible();
        });
    });

    describe('Team Active Candidates', () => {
        it('shows each candidate with their owner', async () => {
            const element = await mount('TEAM', fixture('team'));

            expect(mockGetCandidates).toHaveBeenCalledWith({ scope: 'TEAM' });
            expect(text(element.shadowRoot!, '.card-title')).toBe('Team Active Candidates');
            expect(text(rowOf(element, 'Amelia Brooks'), '.owner')).toBe('Owner: Luis Ortega');
            expect(text(rowOf(element, 'Fatima Zahra'), '.owner')).toBe('Owner: Ravi Patel');
            expect(rows(element)).toHaveLength(11);
            expect(inRows(element, 'button.claim')).toEqual([]);
            await expect(element).toBeAccessible();
        });

        it('says when the list is cut, with the total', async () => {
            const element = await mount('TEAM', fixture('truncated'));

            expect(rows(element)).toHaveLength(200);
            expect(text(element.shadowRoot!, '.truncated')).toBe(
                'Showing 200 of 347 active candidates, hottest first.'
            );
        });

        it('says when the list is cut without a total', async () => {
            const truncated = { ...fixture('truncated'), counts: null };
            const element = await mount('TEAM', truncated);

            expect(text(element.shadowRoot!, '.truncated')).toBe(
                'Showing the first 200 active candidates, hottest first. More are active.'
            );
        });

        it('says nothing about truncation when the list is complete', async () => {
            const element = await mount('TEAM', fixture('team'));

            expect(query(element, '.truncated')).toBeNull();
        });
    });

    describe('Pipeline Active Candidates', () => {
        it('offers a claim button on every row, named for the candidate', async () => {
            const element = await mount('PIPELINE', fixture('pipeline'));

            expect(text(element.shadowRoot!, '.card-title')).toBe('Pipeline Active Candidates');
            const buttons = inRows<HTMLButtonElement>(element, 'button.claim');
            expect(buttons).toHaveLength(5);
            expect(buttons[0].textContent!.trim()).toBe('Claim');
            expect(buttons[0].getAttribute('aria-label')).toBe('Claim Amara Nwosu as your candidate');
            expect(buttons.every((button) => !button.disabled)).toBe(true);
            expect(text(rowOf(element, 'Amara Nwosu'), '.owner')).toBe('Owner: Candidate Pool');
            await expect(element).toBeAccessible();
        });

        it('claims a candidate: disabled while in flight, then a toast and the updated list', async () => {
            const element = await mount('PIPELINE', fixture('pipeline'));
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            const pipeline = fixture('pipeline');
            const answer = deferred<CandidateList>();
            mockClaimCandidate.mockReturnValue(answer.promise);

            claimButton(element, 'Amara Nwosu').click();
            await flush();

            expect(mockClaimCandidate).toHaveBeenCalledWith({ contactId: pipeline.candidates![0].contactId });
            expect(claimButton(element, 'Amara Nwosu').textContent!.trim()).toBe('Claiming…');
            const buttons = inRows<HTMLButtonElement>(element, 'button.claim');
            expect(buttons.every((button) => button.disabled)).toBe(true);

            // A second click while the first claim runs does nothing.
            claimButton(element, 'Lucas Petit').click();
            expect(mockClaimCandidate).toHaveBeenCalledTimes(1);

            answer.resolve(withCandidates(pipeline, pipeline.candidates!.slice(1)));
            await flush();

            expect(names(element)).toEqual(['Lucas Petit', 'Elena Rossi', 'Noah Schmidt', 'Yuki Tanaka']);
            expect(inRows<HTMLButtonElement>(element, 'button.claim').every((button) => !button.disabled)).toBe(true);
            expect(toasts).toHaveLength(1);
            expect(toasts[0].detail).toEqual({
                title: 'Candidate claimed',
                message: 'Amara Nwosu is now your candidate and moves to My Active Candidates.',
                variant: 'success'
            });
            expect(query(element, '.claim-error')).toBeNull();
        });

        it('shows why a claim failed and keeps the list', async () => {
            const element = await mount('PIPELINE', fixture('pipeline'));
            const toasts: CustomEvent[] = [];
            element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));
            const error = { body: { message: 'insufficient access rights on object id' } };
            mockClaimCandidate.mockRejectedValue(error);

            claimButton(element, 'Lucas Petit').click();
            await flush();

            const panel = query<Panel>(element, 'c-cio-error-panel.claim-error')!;
            expect(panel.friendlyMessage).toBe(
                'Lucas Petit could not be claimed. Someone else may have claimed them first, or you may not have access to edit them.'
            );
            expect(panel.errors).toEqual(error);
            expect(toasts[0].detail).toEqual({
                title: panel.friendlyMessage,
                message: 'insufficient access rights on object id',
                variant: 'error'
            });
            expect(rows(element)).toHaveLength(5);
            expect(claimButton(element, 'Lucas Petit').disabled).toBe(false);
            expect(claimButton(element, 'Lucas Petit').textContent!.trim()).toBe('Claim');
            await expect(element).toBeAccessible();
        });

        it('shows the message when Apex answers a claim with a non-OK status', async () => {
            const element = await mount('PIPELINE', fixture('pipeline'));
            mockClaimCandidate.mockResolvedValue({
                ...fixture('noPoolOwner'),
                status: 'ERROR',
                message: 'Elena Rossi is no longer in the unassigned pool.'
            });

            claimButton(element, 'Elena Rossi').click();
            await flush();

            const panel = query<Panel>(element, 'c-cio-error-panel.claim-error')!;
            expect(panel.errors).toBe('Elena Rossi is no longer in the unassigned pool.');
            expect(panel.friendlyMessage).toContain('Elena Rossi could not be claimed.');
            expect(rows(element)).toHaveLength(5);
        });

        it('clears a claim error on refresh', async () => {
            const element = await mount('PIPELINE', fixture('pipeline'));
            mockClaimCandidate.mockRejectedValue(new Error('Record locked'));
            claimButton(element, 'Lucas Petit').click();
            await flush();
            expect(query(element, '.claim-error')).not.toBeNull();

            mockGetCandidates.mockResolvedValue(fixture('pipeline'));
            query(element, 'lightning-button-icon.refresh')!.click();
            await flush();

            expect(query(element, '.claim-error')).toBeNull();
        });

        it('reloads My Active Candidates on the same page after a claim', async () => {
            mockGetCandidates.mockImplementation(({ scope }: { scope: string }) =>
                Promise.resolve(scope === 'MY' ? fixture('my') : fixture('pipeline'))
            );
            const mine = await mount('MY');
            const pipelineElement = await mount('PIPELINE');
            expect(mockGetCandidates).toHaveBeenCalledTimes(2);
            const pipeline = fixture('pipeline');
            mockClaimCandidate.mockResolvedValue(withCandidates(pipeline, pipeline.candidates!.slice(1)));
            const my = fixture('my');
            const amara = { ...pipeline.candidates![0], ownerName: 'Maria Chen', isNew: false };
            mockGetCandidates.mockResolvedValue(withCandidates(my, [amara, ...my.candidates!]));

            claimButton(pipelineElement, 'Amara Nwosu').click();
            await flush();

            expect(mockGetCandidates).toHaveBeenLastCalledWith({ scope: 'MY' });
            expect(names(mine)[0]).toBe('Amara Nwosu');
            expect(names(pipelineElement)).not.toContain('Amara Nwosu');
        });
    });

    describe('empty and configuration states', () => {
        it('explains what makes a candidate active when there is none', async () => {
            const element = await mount('MY', fixture('empty'));

            expect(text(element.shadowRoot!, '.empty-title')).toBe('No active candidates right now');
            expect(text(element.shadowRoot!, '.empty-help')).toContain('A candidate becomes active when they view');
            expect(query(element, '.candidate-list')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it.each([
            ['notConfigured', 'MY', 'CIO Pipelines is not set up yet', 'Settings tab'] as const,
            ['noPoolOwner', 'PIPELINE', 'No Unassigned Pool Owner is set', 'Unassigned Pool Owner ID'] as const,
            [
                'invalidConfiguration',
                'TEAM',
                'The recruiter configuration needs attention',
                'Team Scope Strategy'
            ] as const
        ])('explains %s and how to fix it', async (name, scope, title, fix) => {
            const list = fixture(name);
            const element = await mount(scope, list);

            const notice = query(element, '.status-notice')!;
            expect(notice.dataset.status).toBe(list.status);
            expect(text(notice, '.notice-title')).toBe(title);
            expect(text(notice, '.notice-help')).toContain(fix);
            expect(text(notice, '.notice-message')).toBe(list.message);
            expect(query(element, '.candidate-list')).toBeNull();
            expect(query(element, 'c-cio-error-panel')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('tells Pipeline users how to configure the Unassigned Pool Owner in Settings', async () => {
            const element = await mount('PIPELINE', fixture('noPoolOwner'));

            expect(text(element.shadowRoot!, '.notice-help')).toBe(
                'The Pipeline widget lists active candidates that no recruiter owns yet: Contacts owned by the Unassigned Pool Owner, a user or a queue. To set it, an admin opens the CIO Pipelines app, Settings tab, Recruiter Configuration, enters the ID of that user (starts with 005) or queue (starts with 00G) in Unassigned Pool Owner ID, and saves settings.'
            );
        });

        it('shows a configuration status without a message', async () => {
            const element = await mount('MY', { ...fixture('notConfigured'), message: '  ' });

            expect(query(element, '.notice-title')).not.toBeNull();
            expect(query(element, '.notice-message')).toBeNull();
        });
    });

    describe('errors', () => {
        it('shows status ERROR in the error panel with Apex message', async () => {
            const element = await mount('MY', fixture('error'));

            const panel = query<Panel>(element, 'c-cio-error-panel.load-error')!;
            expect(panel.friendlyMessage).toBe(
                'Candidates could not be loaded. Try Refresh; if it keeps failing, ask your admin to check the CIO Pipelines Activity Log.'
            );
            expect(panel.errors).toBe(
                'The candidate list could not be read: Recruiter__c is not readable for your profile.'
            );
            await expect(element).toBeAccessible();
        });

        it('treats a status this version does not know as an error', async () => {
            const element = await mount('MY', {
                ...fixture('error'),
                status: 'RATE_LIMITED' as CandidateList['status'],
                message: 'Try later'
            });

            expect(query<Panel>(element, 'c-cio-error-panel.load-error')!.errors).toBe('Try later');
        });

        it('shows what Apex threw', async () => {
            const error = { body: { message: 'Too many SOQL queries: 101' } };
            mockGetCandidates.mockRejectedValue(error);
            const element = await mount('TEAM');

            expect(query<Panel>(element, 'c-cio-error-panel.load-error')!.errors).toEqual(error);
            expect(query<ButtonIcon>(element, 'lightning-button-icon.refresh')!.disabled).toBe(false);
        });

        it('recovers with Refresh', async () => {
            mockGetCandidates.mockRejectedValueOnce(new Error('Network down'));
            const element = await mount('MY');
            expect(query(element, '.load-error')).not.toBeNull();

            mockGetCandidates.mockResolvedValue(fixture('my'));
            query(element, 'lightning-button-icon.refresh')!.click();
            await flush();

            expect(query(element, '.load-error')).toBeNull();
            expect(rows(element)).toHaveLength(8);
        });

        it('refuses a scope it does not know without calling Apex', async () => {
            const element = await mount('EVERYONE');

            expect(query<Panel>(element, 'c-cio-error-panel.invalid-scope')!.friendlyMessage).toBe(
                'This widget was set up with an unknown scope (EVERYONE). Use one of the CIO Pipelines candidate widgets from Lightning App Builder.'
            );
            expect(mockGetCandidates).not.toHaveBeenCalled();
            expect(query<ButtonIcon>(element, 'lightning-button-icon.refresh')!.disabled).toBe(true);
            query(element, 'lightning-button-icon.refresh')!.click();
            expect(mockGetCandidates).not.toHaveBeenCalled();
        });
    });

    describe('refresh', () => {
        it('keeps the list visible while it reloads, then shows the new answer', async () => {
            const element = await mount('MY', fixture('my'));
            const answer = deferred<CandidateList>();
            mockGetCandidates.mockReturnValue(answer.promise);

            query(element, 'lightning-button-icon.refresh')!.click();
            await flush();

            expect(mockGetCandidates).toHaveBeenCalledTimes(2);
            expect(rows(element)).toHaveLength(8);
            expect(query<Spinner>(element, 'lightning-spinner.refreshing')!.alternativeText).toBe(
                'Refreshing candidates…'
            );
            expect(query<ButtonIcon>(element, 'lightning-button-icon.refresh')!.disabled).toBe(true);

            const my = fixture('my');
            answer.resolve(withCandidates(my, my.candidates!.slice(0, 2)));
            await flush();

            expect(names(element)).toEqual(['Priya Raman', 'Daniel Okafor']);
            expect(query(element, 'lightning-spinner')).toBeNull();
            expect(query<ButtonIcon>(element, 'lightning-button-icon.refresh')!.alternativeText).toBe('Refresh');
        });
    });

    describe('untrusted data', () => {
        it('renders markup in names, reasons and owners as text, and links only http(s) addresses', async () => {
            const payloads = [
                candidate({
                    contactId: '003Dn00000XSS01AAA',
                    name: '<img src=x onerror=alert(1)>',
                    reason: '<script>alert("reason")</script>',
                    ownerName: '<b onmouseover=alert(1)>Mallory</b>',
                    // eslint-disable-next-line no-script-url -- the payload under test
                    topKeyPageUrl: 'javascript:alert(document.cookie)',
                    lastActivityAt: FIXTURE_NOW - 60_000
                }),
                candidate({
                    contactId: '003Dn00000XSS02AAA',
                    name: 'Data URL',
                    topKeyPageUrl: 'data:text/html,<script>alert(1)</script>',
                    lastActivityAt: FIXTURE_NOW - 120_000
                }),
                candidate({
                    contactId: '"><svg onload=alert(1)>',
                    name: 'Bad id',
                    topKeyPageUrl: 'not a url <i>at all</i>',
                    lastActivityAt: FIXTURE_NOW - 180_000
                })
            ];
            const element = await mount('TEAM', withCandidates(fixture('team'), payloads));
            const [first, second, third] = rows(element);

            expect(text(first, '.candidate-name')).toBe('<img src=x onerror=alert(1)>');
            expect(text(first, '.reason')).toBe('<script>alert("reason")</script>');
            expect(text(first, '.owner')).toBe('Owner: <b onmouseover=alert(1)>Mallory</b>');
            expect(first.querySelector('a.key-page-link')).toBeNull();
            // eslint-disable-next-line no-script-url -- the payload under test
            expect(text(first, '.key-page-text')).toBe('javascript:alert(document.cookie)');
            expect(second.querySelector('a.key-page-link')).toBeNull();
            expect(text(second, '.key-page-text')).toBe('data:text/html,<script>alert(1)</script>');
            expect(third.querySelector('a.candidate-name')).toBeNull();
            expect(text(third, '.key-page-text')).toBe('not a url <i>at all</i>');
            expect(inRows(element, 'img, script, b, svg, i')).toHaveLength(0);
            expect(
                inRows<HTMLAnchorElement>(element, 'a').every((a) =>
                    /^(https?:\/\/|\/lightning\/r\/Contact\/)/.test(a.getAttribute('href')!)
                )
            ).toBe(true);
        });
    });

    describe('missing data', () => {
        it('renders a row whatever is missing', async () => {
            const sparse: Candidate = {
                contactId: '003Dn00000SPARSEAAA'.slice(0, 18),
                name: null,
                state: 'COLD',
                templateKey: null,
                reason: null,
                lastActivityAt: null,
                ownerId: null,
                ownerName: null,
                topKeyPageUrl: '   ',
                isNew: null
            };
            const element = await mount('TEAM', withCandidates(fixture('team'), [sparse]));
            const only = rows(element)[0];

            expect(text(only, '.candidate-name')).toBe(sparse.contactId);
            expect(text(only, '.state-label')).toBe('COLD');
            expect(only.querySelector<Icon>('.state-badge lightning-icon')!.iconName).toBe('utility:info');
            expect(only.querySelector('.reason')).toBeNull();
            expect(text(only, 'time')).toBe('Last activity unknown');
            expect(only.querySelector('time')!.getAttribute('datetime')).toBeNull();
            expect(only.querySelector('.owner')).toBeNull();
            expect(only.querySelector('.key-page')).toBeNull();
            expect(only.querySelector('.new-badge')).toBeNull();
            await expect(element).toBeAccessible();
        });

        it('treats an OK answer without candidates, counts or time as empty', async () => {
            const bare = { status: 'OK', scope: 'MY' } as CandidateList;
            const element = await mount('MY', bare);

            expect(query(element, '.empty-state')).not.toBeNull();
            expect(query(element, '.updated')).toBeNull();
            expect(query(element, '.scope-label')).toBeNull();
        });
    });

    describe('clock', () => {
        it('re-reads relative times every minute', async () => {
            jest.useFakeTimers();
            const element = await mount('MY', fixture('my'));
            expect(text(rowOf(element, 'Priya Raman'), 'time')).toBe('Last activity 12 minutes ago');

            data.setClock(FIXTURE_NOW + 50 * 60_000);
            jest.advanceTimersByTime(60_000);
            await flush();

            expect(text(rowOf(element, 'Priya Raman'), 'time')).toBe('Last activity 1 hour ago');
            expect(text(element.shadowRoot!, '.updated')).toBe('Updated 50 minutes ago');
        });

        it('stops the clock and the watch when removed', async () => {
            jest.useFakeTimers();
            const clearSpy = jest.spyOn(window, 'clearInterval');
            const element = await mount('MY', fixture('my'));

            document.body.removeChild(element);

            expect(clearSpy).toHaveBeenCalledTimes(1);
            expect(data.isWatched('MY')).toBe(false);
            clearSpy.mockRestore();
        });
    });
});
