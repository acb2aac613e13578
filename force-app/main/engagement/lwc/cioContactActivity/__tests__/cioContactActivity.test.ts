import { createElement } from 'lwc';
import CioContactActivity from 'c/cioContactActivity';
import getActivity from '@salesforce/apex/CioContactActivityController.getActivity';
import type { Engagement, Panel } from '../activityTypes';

/* eslint-disable no-script-url -- the fixtures' script URLs are the point: they must never become links */

jest.mock('@salesforce/apex/CioContactActivityController.getActivity', () => ({ default: jest.fn() }), {
    virtual: true
});

// Labels with {0} get their real wording, so the tests read the sentences a recruiter reads.
jest.mock('@salesforce/label/c.Cio_ContactActivity_Updated', () => ({ default: 'Updated {0}' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Cio_ContactActivity_UpdatedFromCache',
    () => ({ default: 'Updated {0} (saved copy; Refresh reads Customer.io again)' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_ContactActivity_StaleData', () => ({ default: 'Showing the activity read {0}.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_ContactActivity_JustNow', () => ({ default: 'just now' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Cio_ContactActivity_MatchesTitle',
    () => ({ default: '{0} people in Customer.io have this email address' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Cio_ContactActivity_RateLimitedWait',
    () => ({ default: 'You can refresh again in {0} s.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Cio_ContactActivity_NotFoundBody',
    () => ({ default: 'No one in Customer.io has the email address {0}.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_ContactActivity_LastActivity', () => ({ default: 'Last activity {0}.' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Cio_ContactActivity_PersonMatched',
    () => ({ default: 'Matched in Customer.io by {0}' }),
    {
        virtual: true
    }
);
jest.mock('@salesforce/label/c.Cio_ContactActivity_PersonId', () => ({ default: 'Customer.io ID {0}' }), {
    virtual: true
});

const mockGetActivity = getActivity as unknown as jest.Mock;

/** The time every fixture was read at (fetchedAt): the tests' clock starts here. */
const FIXTURE_NOW = 1760455800000;
const CONTACT_ID = '0035g00000MLopzAAB';
const SECOND = 1000;
const MINUTE = 60 * SECOND;

type FixtureName =
    | 'hot'
    | 'warmJob'
    | 'engaged'
    | 'warmEmail'
    | 'quiet'
    | 'none'
    | 'multipleMatches'
    | 'noEmail'
    | 'notFound'
    | 'notConfigured'
    | 'unauthorized'
    | 'rateLimited'
    | 'timeout'
    | 'error'
    | 'xss';

/** A fresh copy of a fixture, so no test sees another's changes. */
function fixture(name: FixtureName): Panel {
    return JSON.parse(JSON.stringify(jest.requireActual(`./data/panel.${name}.json`))) as Panel;
}

type PanelElement = HTMLElement & { recordId?: string };
type ButtonElement = HTMLElement & { disabled: boolean; label: string };
type IconElement = HTMLElement & { iconName: string; variant: string; alternativeText: string };
type ErrorPanelElement = HTMLElement & { errors: unknown; friendlyMessage: string };
type ViewElement = HTMLElement & { engagement: Engagement | null; showReason: boolean };

/** Lets pending Apex promises settle and the component re-render. */
function flush(): Promise<void> {
    return Array.from({ length: 10 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

/** Mounts the panel on a record page (or, with recordId null, outside one) once the answer is queued. */
async function mount(panel: Panel | null, recordId: string | null = CONTACT_ID): Promise<PanelElement> {
    if (panel) {
        mockGetActivity.mockResolvedValueOnce(panel);
    }
    const element = createElement('c-cio-contact-activity', { is: CioContactActivity }) as PanelElement;
    element.recordId = recordId ?? undefined;
    document.body.appendChild(element);
    await flush();
    return element;
}

function query<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector);
}

function queryAll<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T[] {
    return Array.from(element.shadowRoot!.querySelectorAll<T>(selector));
}

function text(element: HTMLElement, selector: string): string | null {
    const found = query(element, selector);
    return found ? (found.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

function texts(element: HTMLElement, selector: string): string[] {
    return queryAll(element, selector).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
}

function refreshButton(element: HTMLElement): ButtonElement {
    return query<ButtonElement>(element, 'lightning-button.refresh')!;
}

async function refresh(element: HTMLElement): Promise<void> {
    refreshButton(element).click();
    await flush();
}

function kpi(element: HTMLElement, key: string): { label: string; value: string; detail: string | null } {
    const card = query(element, `[data-kpi="${key}"]`)!;
    const part = (selector: string) => card.querySelector(selector)?.textContent?.trim() ?? null;
    return { label: part('.kpi-label')!, value: part('.kpi-value')!, detail: part('.kpi-detail') };
}

function sortButton(element: HTMLElement, column: string): HTMLButtonElement {
    return query<HTMLButtonElement>(element, `button.sort-button[data-column="${column}"]`)!;
}

async function sortBy(element: HTMLElement, column: string): Promise<void> {
    sortButton(element, column).click();
    await flush();
}

function ariaSorts(element: HTMLElement): Record<string, string | null> {
    return Object.fromEntries(
        queryAll(element, 'th[data-column]').map((th) => [th.dataset.column!, th.getAttribute('aria-sort')])
    );
}

function cells(element: HTMLElement, cell: string): string[] {
    return texts(element, `tr.email-row td.${cell}`);
}

function useClock(now = FIXTURE_NOW): void {
    jest.useFakeTimers({ now, doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
}

describe('c-cio-contact-activity', () => {
    beforeEach(() => useClock());

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.useRealTimers();
        jest.clearAllMocks();
        mockGetActivity.mockReset();
    });

    describe('loading', () => {
        it('shows a spinner and reads the Contact without bypassing the cache', async () => {
            mockGetActivity.mockReturnValue(new Promise(() => undefined));
            const element = await mount(null);

            const spinner = query<HTMLElement & { alternativeText: string }>(
                element,
                '.loading-state lightning-spinner'
            );
            expect(spinner!.alternativeText).toBe('c.Cio_ContactActivity_Loading');
            expect(mockGetActivity).toHaveBeenCalledWith({ contactId: CONTACT_ID, refresh: false });
            expect(refreshButton(element).disabled).toBe(true);
            expect(query(element, '.panel-body')).toBeNull();
        });

        it('says where it belongs, without calling Apex, outside a record page', async () => {
            const element = await mount(null, null);

            expect(text(element, '.no-record')).toBe('c.Cio_ContactActivity_NoRecord');
            expect(mockGetActivity).not.toHaveBeenCalled();
            expect(refreshButton(element).disabled).toBe(true);
        });

        it('shows a failed call in the shared error panel, and lets the user try again', async () => {
            const error = { body: { message: 'You do not have access to this Contact.' } };
            mockGetActivity.mockRejectedValueOnce(error);
            const element = await mount(null);

            const panel = query<ErrorPanelElement>(element, 'c-cio-error-panel.load-error')!;
            expect(panel.errors).toEqual(error);
            expect(panel.friendlyMessage).toBe('c.Cio_ContactActivity_ErrorMessage');
            expect(query(element, '.banner')).toBeNull();
            expect(refreshButton(element).disabled).toBe(false);
        });
    });

    describe('an engaged candidate (HOT)', () => {
        it('shows the banner, the reason and who the data is about', async () => {
            const panel = fixture('hot');
            const element = await mount(panel);

            const view = query<ViewElement>(element, 'c-cio-engagement-banner-view')!;
            expect(view.engagement).toEqual(panel.engagement);
            expect(view.showReason).toBe(false);
            expect(text(element, '.why h3')).toBe('c.Cio_ContactActivity_WhyTitle');
            expect(text(element, '.reason')).toBe('viewed /jobs/icu-nurse-portland 12 minutes ago');
            expect(text(element, '.last-activity')).toBe('Last activity 12 minutes ago.');
            expect(text(element, '.person')).toBe(
                'Matched in Customer.io by maria.lopez@example.com · Customer.io ID a3f0030001c4'
            );
            expect(text(element, '.fetched')).toBe('Updated just now');
            expect(query(element, '.matches')).toBeNull();
            expect(query(element, '.status-notice')).toBeNull();
            expect(query(element, 'c-cio-error-panel')).toBeNull();
        });

        it('shows the five KPI cards with relative and exact times', async () => {
            const element = await mount(fixture('hot'));
            const exact = new Intl.DateTimeFormat('en-US', {
                dateStyle: 'medium',
                timeStyle: 'short',
                timeZone: 'America/Los_Angeles'
            });

            expect(texts(element, '.kpi-label')).toEqual([
                'c.Cio_ContactActivity_KpiLastSent',
                'c.Cio_ContactActivity_KpiLastOpened',
                'c.Cio_ContactActivity_KpiLastClicked',
                'c.Cio_ContactActivity_KpiKeyPagesToday',
                'c.Cio_ContactActivity_KpiLastPageView'
            ]);
            expect(kpi(element, 'lastSent')).toEqual({
                label: 'c.Cio_ContactActivity_KpiLastSent',
                value: '26 minutes ago',
                detail: exact.format(new Date(FIXTURE_NOW - 26 * MINUTE))
            });
            expect(kpi(element, 'lastOpened').value).toBe('17 minutes ago');
            expect(kpi(element, 'lastClicked').value).toBe('16 minutes ago');
            expect(kpi(element, 'keyPagesToday')).toEqual({
                label: 'c.Cio_ContactActivity_KpiKeyPagesToday',
                value: '4',
                detail: 'c.Cio_ContactActivity_KpiKeyPagesTodayDetail'
            });
            expect(kpi(element, 'lastPageView').value).toBe('12 minutes ago');
            const link = query<HTMLAnchorElement>(element, '[data-kpi="lastPageView"] a.kpi-link')!;
            expect(link.getAttribute('href')).toBe('https://careers.northwindhealth.com/jobs/icu-nurse-portland');
            expect(link.target).toBe('_blank');
            expect(link.rel).toBe('noopener noreferrer');
            expect(link.textContent).toBe('careers.northwindhealth.com/jobs/icu-nurse-portland');
            expect(link.getAttribute('aria-label')).toBe(
                'careers.northwindhealth.com/jobs/icu-nurse-portland c.Cio_ContactActivity_OpensInNewTab'
            );
            expect(query(element, '[data-kpi="lastSent"] time')!.getAttribute('datetime')).toBe(
                new Date(FIXTURE_NOW - 26 * MINUTE).toISOString()
            );
        });

        it('lists the recently viewed key pages newest first, whatever order they came in', async () => {
            const panel = fixture('hot');
            panel.keyPages = [...panel.keyPages!].reverse();
            const element = await mount(panel);

            expect(texts(element, '.key-page-link')).toEqual([
                'ICU Registered Nurse – Portland, OR | Northwind Health Careers',
                'Benefits for ICU nurses | Northwind Health Careers',
                'Nursing careers at Northwind Health',
                'ICU Registered Nurse – Seattle, WA | Northwind Health Careers',
                'Charge Nurse, Critical Care – Portland, OR',
                'Relocating for a role at Northwind Health',
                'ICU Registered Nurse – Portland, OR | Northwind Health Careers'
            ]);
            expect(texts(element, '.key-page-time')).toEqual([
                '12 minutes ago',
                '14 minutes ago',
                '19 minutes ago',
                '4 hours ago',
                '2 days ago',
                '2 days ago',
                '5 days ago'
            ]);
            expect(texts(element, '.key-page-url')[0]).toBe('careers.northwindhealth.com/jobs/icu-nurse-portland');
            expect(query(element, '.key-page-link')!.getAttribute('aria-label')).toBe(
                'ICU Registered Nurse – Portland, OR | Northwind Health Careers c.Cio_ContactActivity_OpensInNewTab'
            );
        });

        it('lists every email activity newest first, with type, subject and campaign', async () => {
            const panel = fixture('hot');
            const element = await mount(panel);

            expect(queryAll(element, 'tr.email-row')).toHaveLength(panel.emails!.length);
            expect(queryAll(element, 'tr.email-row').map((row) => row.dataset.id)).toEqual(
                panel.emails!.map((event) => event.id)
            );
            const first = query(element, 'tr.email-row')!;
            expect(first.querySelector('td.type')!.textContent!.trim()).toBe('c.Cio_ContactActivity_TypeClicked');
            expect(first.querySelector('td.subject')!.textContent).toBe('3 ICU roles near Portland match your profile');
            expect(first.querySelector('td.campaign')!.textContent).toBe('ICU Nurse Openings – October');
            expect(first.querySelector('td.time time')!.textContent).toBe('16 minutes ago');
            expect(new Set(cells(element, 'type'))).toEqual(
                new Set([
                    'c.Cio_ContactActivity_TypeSent',
                    'c.Cio_ContactActivity_TypeDelivered',
                    'c.Cio_ContactActivity_TypeOpened',
                    'c.Cio_ContactActivity_TypeClicked',
                    'c.Cio_ContactActivity_TypeBounced',
                    'c.Cio_ContactActivity_TypeFailed'
                ])
            );
            expect(cells(element, 'campaign')).toContain('c.Cio_ContactActivity_NoCampaign');
            expect(ariaSorts(element)).toEqual({
                time: 'descending',
                type: 'none',
                subject: 'none',
                campaign: 'none'
            });
        });

        it('says when the data came from the cache', async () => {
            const element = await mount(fixture('warmJob'));

            expect(text(element, '.fetched')).toBe('Updated just now (saved copy; Refresh reads Customer.io again)');
        });
    });

    describe('engagement states', () => {
        it.each([
            ['hot', 'HOT'],
            ['warmJob', 'WARM'],
            ['engaged', 'ENGAGED'],
            ['warmEmail', 'WARM'],
            ['quiet', 'QUIET'],
            ['none', 'NONE']
        ] as [FixtureName, string][])('renders %s through the shared banner view as %s', async (name, state) => {
            const element = await mount(fixture(name));

            const view = query<ViewElement>(element, 'c-cio-engagement-banner-view')!;
            expect(view.engagement!.state).toBe(state);
            expect(view.shadowRoot!.querySelector<HTMLElement>('[data-state]')!.dataset.state).toBe(state);
        });

        it('shows a person with no activity yet with designed empty states', async () => {
            const element = await mount(fixture('none'));

            expect(kpi(element, 'lastSent').value).toBe('c.Cio_ContactActivity_Never');
            expect(kpi(element, 'lastSent').detail).toBeNull();
            expect(kpi(element, 'keyPagesToday').value).toBe('0');
            expect(kpi(element, 'lastPageView').value).toBe('c.Cio_ContactActivity_NoPageViews');
            expect(query(element, '[data-kpi="lastPageView"] .kpi-url')).toBeNull();
            expect(text(element, '.key-pages-empty')).toBe('c.Cio_ContactActivity_KeyPagesEmpty');
            expect(text(element, '.emails-empty')).toBe('c.Cio_ContactActivity_EmailsEmpty');
            expect(query(element, 'table')).toBeNull();
            expect(query(element, '.last-activity')).toBeNull();
        });

        it('shows a quiet candidate’s unsubscribe in the email table', async () => {
            const element = await mount(fixture('quiet'));

            expect(cells(element, 'type')[0]).toBe('c.Cio_ContactActivity_TypeUnsubscribed');
            expect(text(element, '.last-activity')).toBe('Last activity 21 days ago.');
        });

        it('is safe when an OK payload lacks the optional parts', async () => {
            const element = await mount({ status: 'OK', contact: { id: CONTACT_ID } });

            expect(query<ViewElement>(element, 'c-cio-engagement-banner-view')!.engagement).toBeUndefined();
            expect(query(element, '.reason')).toBeNull();
            expect(query(element, '.person')).toBeNull();
            expect(query(element, '.fetched')).toBeNull();
            expect(queryAll(element, '.kpi')).toHaveLength(5);
            expect(text(element, '.emails-empty')).toBe('c.Cio_ContactActivity_EmailsEmpty');
        });
    });

    describe('several people with the email', () => {
        it('says how many there are, and which one is shown and why', async () => {
            const panel = fixture('multipleMatches');
            const element = await mount(panel);

            expect(text(element, '.matches-title')).toBe('3 people in Customer.io have this email address');
            expect(text(element, '.match-note')).toBe(panel.matchNote!);
            expect(text(element, '.person')).toBe(
                'Matched in Customer.io by jordan.kim@example.com · Customer.io ID a3f0030044c1'
            );
            expect(query(element, 'c-cio-engagement-banner-view')).not.toBeNull();
        });
    });

    describe('statuses without data', () => {
        it.each([
            ['noEmail', 'c.Cio_ContactActivity_NoEmailTitle', 'c.Cio_ContactActivity_NoEmailBody', 'utility:email'],
            [
                'notFound',
                'c.Cio_ContactActivity_NotFoundTitle',
                'No one in Customer.io has the email address ben.carter@example.com.',
                'utility:search'
            ],
            [
                'notConfigured',
                'c.Cio_ContactActivity_NotConfiguredTitle',
                'c.Cio_ContactActivity_NotConfiguredBody',
                'utility:settings'
            ],
            [
                'unauthorized',
                'c.Cio_ContactActivity_UnauthorizedTitle',
                'c.Cio_ContactActivity_UnauthorizedBody',
                'utility:lock'
            ],
            ['timeout', 'c.Cio_ContactActivity_TimeoutTitle', 'c.Cio_ContactActivity_TimeoutBody', 'utility:clock']
        ] as [FixtureName, string, string, string][])(
            'shows %s as a designed state with what to do',
            async (name, title, body, iconName) => {
                const panel = fixture(name);
                const element = await mount(panel);

                const notice = query(element, '.status-notice')!;
                expect(notice.dataset.status).toBe(panel.status);
                expect(text(element, '.notice-title')).toBe(title);
                expect(text(element, '.notice-body')).toBe(body);
                expect(text(element, '.notice-detail')).toBe(panel.message);
                expect(query<IconElement>(element, '.status-notice lightning-icon')!.iconName).toBe(iconName);
                expect(query(element, 'c-cio-engagement-banner-view')).toBeNull();
                expect(query(element, 'table')).toBeNull();
                expect(refreshButton(element).disabled).toBe(false);
            }
        );

        it('does not repeat a message that says the same as the body', async () => {
            const panel = fixture('timeout');
            panel.message = 'c.Cio_ContactActivity_TimeoutBody';
            const element = await mount(panel);

            expect(query(element, '.notice-detail')).toBeNull();
        });

        it("shows status ERROR in the shared error panel with Customer.io's words as the details", async () => {
            const element = await mount(fixture('error'));

            const panel = query<ErrorPanelElement>(element, 'c-cio-error-panel.status-error')!;
            expect(panel.friendlyMessage).toBe('c.Cio_ContactActivity_ErrorMessage');
            expect(panel.errors).toEqual(['Customer.io answered 503 Service Unavailable (reference 7f3c2a).']);
            expect(query(element, '.status-notice')).toBeNull();
            expect(refreshButton(element).disabled).toBe(false);
        });

        it('shows a status it does not know as an error without details', async () => {
            const element = await mount({ status: 'MAINTENANCE' } as unknown as Panel);

            expect(query<ErrorPanelElement>(element, 'c-cio-error-panel.status-error')!.errors).toBeNull();
        });
    });

    describe('rate limited', () => {
        it('shows the wait, keeps Refresh off until it is over, then turns it back on', async () => {
            const element = await mount(fixture('rateLimited'));

            expect(text(element, '.notice-title')).toBe('c.Cio_ContactActivity_RateLimitedTitle');
            expect(text(element, '.notice-detail')).toBe(
                'Customer.io asked us to wait 7 seconds (rate limited to 10 requests per 1s).'
            );
            expect(text(element, '.rate-limit-wait')).toBe('You can refresh again in 7 s.');
            expect(text(element, '.rate-limit-ready')).toBe('');
            expect(query(element, '.rate-limit-ready')!.getAttribute('role')).toBe('status');
            expect(refreshButton(element).disabled).toBe(true);

            jest.advanceTimersByTime(6 * SECOND);
            await flush();
            expect(text(element, '.rate-limit-wait')).toBe('You can refresh again in 1 s.');
            expect(refreshButton(element).disabled).toBe(true);

            jest.advanceTimersByTime(SECOND);
            await flush();
            expect(query(element, '.rate-limit-wait')).toBeNull();
            expect(text(element, '.rate-limit-ready')).toBe('c.Cio_ContactActivity_RateLimitedReady');
            expect(refreshButton(element).disabled).toBe(false);
            expect(jest.getTimerCount()).toBe(1); // only the minute clock is left
        });

        it('ignores clicks on Refresh during the wait', async () => {
            const element = await mount(fixture('rateLimited'));
            await refresh(element);

            expect(mockGetActivity).toHaveBeenCalledTimes(1);
        });

        it('refreshes once the wait is over', async () => {
            const element = await mount(fixture('rateLimited'));
            jest.advanceTimersByTime(7 * SECOND);
            await flush();
            mockGetActivity.mockResolvedValueOnce(fixture('hot'));
            await refresh(element);

            expect(mockGetActivity).toHaveBeenLastCalledWith({ contactId: CONTACT_ID, refresh: true });
            expect(query(element, '.status-notice')).toBeNull();
            expect(query(element, 'c-cio-engagement-banner-view')).not.toBeNull();
        });

        it('asks to try later, with Refresh on, when Customer.io gave no wait (a daily quota)', async () => {
            const panel = fixture('rateLimited');
            panel.retryAfterSeconds = null;
            const element = await mount(panel);

            expect(query(element, '.rate-limit-wait')).toBeNull();
            expect(text(element, '.rate-limit-ready')).toBe('c.Cio_ContactActivity_RateLimitedLater');
            expect(refreshButton(element).disabled).toBe(false);
        });
    });

    describe('refresh', () => {
        it('reads Customer.io again, bypassing the cache, and shows the new data', async () => {
            const element = await mount(fixture('warmJob'));
            const answers: Array<() => void> = [];
            mockGetActivity.mockReturnValueOnce(
                new Promise<Panel>((resolve) => answers.push(() => resolve(fixture('hot'))))
            );

            await refresh(element);
            expect(mockGetActivity).toHaveBeenLastCalledWith({ contactId: CONTACT_ID, refresh: true });
            expect(query(element, 'lightning-spinner.refreshing')).not.toBeNull();
            expect(refreshButton(element).disabled).toBe(true);
            expect(query(element, 'c-cio-engagement-banner-view')).not.toBeNull(); // the old data stays meanwhile

            jest.advanceTimersByTime(2 * MINUTE);
            answers[0]();
            await flush();
            expect(query(element, 'lightning-spinner.refreshing')).toBeNull();
            expect(refreshButton(element).disabled).toBe(false);
            expect(query<ViewElement>(element, 'c-cio-engagement-banner-view')!.engagement!.state).toBe('HOT');
            expect(text(element, '.fetched')).toBe('Updated 2 minutes ago');
        });

        it('keeps the last good data under the notice when a refresh hits a passing problem', async () => {
            const element = await mount(fixture('hot'));
            jest.advanceTimersByTime(5 * MINUTE);
            mockGetActivity.mockResolvedValueOnce(fixture('timeout'));
            await refresh(element);

            expect(text(element, '.notice-title')).toBe('c.Cio_ContactActivity_TimeoutTitle');
            expect(text(element, '.stale')).toBe('Showing the activity read 5 minutes ago.');
            expect(text(element, '.fetched')).toBe('Updated 5 minutes ago');
            expect(query<ViewElement>(element, 'c-cio-engagement-banner-view')!.engagement!.state).toBe('HOT');
        });

        it('keeps the last good data under the error panel when the call itself fails', async () => {
            const element = await mount(fixture('hot'));
            mockGetActivity.mockRejectedValueOnce(new Error('Network down'));
            await refresh(element);

            expect(query<ErrorPanelElement>(element, 'c-cio-error-panel.load-error')!.errors).toEqual(
                new Error('Network down')
            );
            expect(text(element, '.stale')).toBe('Showing the activity read just now.');
            expect(queryAll(element, 'tr.email-row').length).toBeGreaterThan(0);
        });

        it('drops the old data when the answer is not a passing problem', async () => {
            const element = await mount(fixture('hot'));
            mockGetActivity.mockResolvedValueOnce(fixture('notFound'));
            await refresh(element);

            expect(text(element, '.notice-title')).toBe('c.Cio_ContactActivity_NotFoundTitle');
            expect(query(element, 'c-cio-engagement-banner-view')).toBeNull();
            expect(query(element, '.stale')).toBeNull();
        });

        it('ignores an answer that arrives after a newer request', async () => {
            const answers: Array<() => void> = [];
            mockGetActivity.mockReturnValueOnce(
                new Promise<Panel>((resolve) => answers.push(() => resolve(fixture('hot'))))
            );
            const element = await mount(null);
            // Moved on the page: the component is connected again and asks again.
            document.body.removeChild(element);
            mockGetActivity.mockResolvedValueOnce(fixture('quiet'));
            document.body.appendChild(element);
            await flush();

            answers[0]();
            await flush();
            expect(query<ViewElement>(element, 'c-cio-engagement-banner-view')!.engagement!.state).toBe('QUIET');
        });
    });

    describe('the clock', () => {
        it('brings relative times up to date every minute', async () => {
            const element = await mount(fixture('hot'));
            expect(kpi(element, 'lastPageView').value).toBe('12 minutes ago');

            jest.advanceTimersByTime(MINUTE);
            await flush();
            expect(kpi(element, 'lastPageView').value).toBe('13 minutes ago');
            expect(text(element, '.fetched')).toBe('Updated 1 minute ago');
            expect(query(element, 'tr.email-row td.time time')!.textContent).toBe('17 minutes ago');
        });

        it('stops its timers when it leaves the page', async () => {
            const element = await mount(fixture('rateLimited'));
            expect(jest.getTimerCount()).toBe(2);

            document.body.removeChild(element);
            expect(jest.getTimerCount()).toBe(0);
        });
    });

    describe('sorting the email table', () => {
        it('sorts by time, oldest first on the first click, newest first on the second', async () => {
            const element = await mount(fixture('hot'));

            await sortBy(element, 'time');
            expect(ariaSorts(element).time).toBe('ascending');
            expect(cells(element, 'subject')[0]).toBe('Your saved search: ICU Nurse, Oregon');
            expect(query(element, 'tr.email-row td.time time')!.textContent).toBe('1 month ago');

            await sortBy(element, 'time');
            expect(ariaSorts(element).time).toBe('descending');
            expect(cells(element, 'subject')[0]).toBe('3 ICU roles near Portland match your profile');
            expect(query(element, 'tr.email-row td.time time')!.textContent).toBe('16 minutes ago');
        });

        it.each([
            ['type', ['c.Cio_ContactActivity_TypeSent', 'c.Cio_ContactActivity_TypeFailed']],
            ['subject', ['3 ICU roles near Portland match your profile', 'Your saved search: ICU Nurse, Oregon']]
        ])('sorts by %s A to Z on the first click and Z to A on the second', async (name, [first, last]) => {
            const element = await mount(fixture('hot'));

            await sortBy(element, name);
            expect(ariaSorts(element)[name]).toBe('ascending');
            expect(cells(element, name)[0]).toBe(first);
            expect(cells(element, name).at(-1)).toBe(last);

            await sortBy(element, name);
            expect(ariaSorts(element)[name]).toBe('descending');
            expect(cells(element, name)[0]).toBe(last);
            expect(cells(element, name).at(-1)).toBe(first);
        });

        it('sorts by campaign both ways, keeping emails outside a campaign last', async () => {
            const element = await mount(fixture('hot'));

            await sortBy(element, 'campaign');
            expect(ariaSorts(element).campaign).toBe('ascending');
            expect(cells(element, 'campaign')[0]).toBe('Candidate Onboarding');
            expect(cells(element, 'campaign').at(-1)).toBe('c.Cio_ContactActivity_NoCampaign');

            await sortBy(element, 'campaign');
            expect(ariaSorts(element).campaign).toBe('descending');
            expect(cells(element, 'campaign')[0]).toBe('Weekly Jobs Digest');
            expect(cells(element, 'campaign').at(-1)).toBe('c.Cio_ContactActivity_NoCampaign');
        });

        it('marks only the sorted column, in words for screen readers as well as with aria-sort', async () => {
            const element = await mount(fixture('hot'));
            await sortBy(element, 'subject');

            expect(ariaSorts(element)).toEqual({ time: 'none', type: 'none', subject: 'ascending', campaign: 'none' });
            expect(texts(element, 'th .slds-assistive-text')).toEqual([
                '',
                '',
                'c.Cio_ContactActivity_SortedAscending',
                ''
            ]);
            await sortBy(element, 'subject');
            expect(text(element, 'th[data-column="subject"] .slds-assistive-text')).toBe(
                'c.Cio_ContactActivity_SortedDescending'
            );
            const icon = query<IconElement>(element, 'th[data-column="subject"] lightning-icon')!;
            expect(icon.iconName).toBe('utility:arrowdown');
            expect(icon.alternativeText).toBe('');
        });

        it('sorts with the keyboard: the headings are real buttons that keep focus', async () => {
            const element = await mount(fixture('hot'));
            const button = sortButton(element, 'campaign');

            expect(button.tagName).toBe('BUTTON');
            expect(button.type).toBe('button');
            expect(button.tabIndex).toBe(0);
            expect(button.textContent).toContain('c.Cio_ContactActivity_ColumnCampaign');
            button.focus();
            // A keyboard user presses Enter or Space; a native button turns that into a click.
            button.click();
            await flush();

            expect(ariaSorts(element).campaign).toBe('ascending');
            expect(sortButton(element, 'campaign')).toBe(button);
            expect(element.shadowRoot!.activeElement).toBe(button);
        });
    });

    describe('untrusted data from Customer.io', () => {
        it('renders markup in subjects, campaigns, titles, notes and reasons as text', async () => {
            const element = await mount(fixture('xss'));

            expect(cells(element, 'subject')).toEqual([
                '<img src=x onerror=alert(1)>',
                '{{7*7}} ${7*7} <a href="javascript:alert(8)">click</a>'
            ]);
            expect(cells(element, 'campaign')[0]).toBe('<script>alert("campaign")</script>');
            expect(cells(element, 'type')[1]).toBe('<b>sent</b>');
            expect(text(element, '.match-note')).toBe('<img src=x onerror=alert("note")> is the one shown');
            expect(text(element, '.reason')).toBe('<script>alert("reason")</script> viewed javascript:alert(11)');
            expect(text(element, '.person')).toContain('"><script>alert(9)</script>');
            expect(queryAll(element, 'img, script, b, svg, i')).toHaveLength(0);
        });

        it('makes only http(s) URLs into links; script, data and tab-split URLs are text', async () => {
            const element = await mount(fixture('xss'));

            const hrefs = queryAll<HTMLAnchorElement>(element, 'a').map((a) => a.getAttribute('href'));
            expect(hrefs).toEqual([
                'https://careers.northwindhealth.com/jobs/%3Cscript%3Ealert(5)%3C/script%3E?q=%22%3E%3Cimg%20src=x%20onerror=alert(6)%3E'
            ]);
            expect(texts(element, '.key-page-text')).toEqual([
                '<b onmouseover=alert("title")>ICU Nurse</b>',
                'JaVaScRiPt:alert(2)',
                'Tab-split scheme',
                'Data URL'
            ]);
            expect(text(element, '.kpi-url-text')).toBe('javascript:alert(document.cookie)');
            expect(query(element, '.kpi-link')).toBeNull();
            expect(text(element, '.key-page-link')).toBe('"><svg onload=alert(7)>');
        });

        it('keeps the rendered banner text as text too', async () => {
            const element = await mount(fixture('xss'));
            const view = query(element, 'c-cio-engagement-banner-view')!;

            expect(view.shadowRoot!.querySelector('.banner-text')!.textContent).toBe(
                '<a href="javascript:alert(10)"><img src=x onerror=alert("value")></a> is on javascript:alert(12) {unknownThing}'
            );
            expect(view.shadowRoot!.querySelectorAll('a, img')).toHaveLength(0);
        });
    });

    describe('accessibility', () => {
        it.each([
            'hot',
            'warmEmail',
            'none',
            'multipleMatches',
            'noEmail',
            'notFound',
            'notConfigured',
            'unauthorized',
            'rateLimited',
            'timeout',
            'error',
            'xss'
        ] as FixtureName[])('is accessible with %s', async (name) => {
            const element = await mount(fixture(name));
            jest.useRealTimers();

            await expect(element).toBeAccessible();
        });

        it('is accessible while loading', async () => {
            mockGetActivity.mockReturnValue(new Promise(() => undefined));
            const element = await mount(null);
            jest.useRealTimers();

            await expect(element).toBeAccessible();
        });

        it('is accessible with the table sorted and stale data under an error', async () => {
            const element = await mount(fixture('hot'));
            await sortBy(element, 'type');
            mockGetActivity.mockRejectedValueOnce({ body: { message: 'Boom' } });
            await refresh(element);
            jest.useRealTimers();

            await expect(element).toBeAccessible();
        });
    });
});
