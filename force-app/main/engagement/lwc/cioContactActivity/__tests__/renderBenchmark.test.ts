import { createElement } from 'lwc';
import CioContactActivity from 'c/cioContactActivity';
import getActivity from '@salesforce/apex/CioContactActivityController.getActivity';
import { emailRows } from '../viewModels';
import type { SortState } from '../sorting';
import type { EmailEvent, Panel } from '../activityTypes';

/**
 * Benchmark, not a timing assertion: 500 email events (five times the most Apex sends). It reports, on the console
 * and in .tmp/benchmarks/contact-activity-render.json:
 *
 * - the panel's own work: turning 500 events into table rows for each sort (pure view models; five runs);
 * - a full render in Jest: mount until all rows are in the DOM, then a re-sort (one run). jsdom walks the whole
 *   shadow tree on every node it inserts (its slot assignment), so this grows with the square of the rows and is
 *   far slower than a browser; it is a regression signal, not a browser number.
 *
 * The only limits asserted are sanity ceilings far above any real result, so a slow or busy machine never fails
 * the build; the README's "Performance budget" quotes the numbers.
 */

jest.mock('@salesforce/apex/CioContactActivityController.getActivity', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetActivity = getActivity as unknown as jest.Mock;

const EVENTS = 500;
const VIEW_MODEL_RUNS = 5;
/** Far above any expected result: only a pathological slowdown (say, an accidental cubic loop) trips them. */
const VIEW_MODEL_CEILING_MS = 2_000;
const RENDER_CEILING_MS = 120_000;
const REPORT_DIR = '.tmp/benchmarks';

/** The two fs functions the report needs (the LWC tsconfig has no Node types). */
interface ReportWriter {
    // eslint-disable-next-line no-unused-vars -- parameter names in a type, not variables
    mkdirSync(path: string, options: { recursive: boolean }): unknown;
    // eslint-disable-next-line no-unused-vars -- parameter names in a type, not variables
    writeFileSync(path: string, data: string): void;
}

const TYPES = ['sent', 'delivered', 'opened', 'clicked', 'bounced', 'failed', 'unsubscribed'];
const CAMPAIGNS = ['Weekly Jobs Digest', 'ICU Nurse Openings – October', 'Candidate Onboarding', 'Travel Nursing Q4'];

function bigEmails(now: number): EmailEvent[] {
    return Array.from({ length: EVENTS }, (_, index) => ({
        id: `delivery-${Math.floor(index / 3)}:${TYPES[index % TYPES.length]}:${index}`,
        type: TYPES[index % TYPES.length],
        subject: `${(index * 7919) % 97} new roles near you: week ${index % 52}`,
        campaign: index % 6 === 0 ? null : CAMPAIGNS[index % CAMPAIGNS.length],
        at: now - index * 17 * 60_000
    }));
}

function bigPanel(): Panel {
    const base = jest.requireActual<Panel>('./data/panel.hot.json');
    const now = Date.now();
    return { ...JSON.parse(JSON.stringify(base)), fetchedAt: now, emails: bigEmails(now) };
}

function flush(): Promise<void> {
    return Array.from({ length: 10 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

function summary(samples: number[]): { medianMs: number; maxMs: number } {
    const sorted = [...samples].sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return { medianMs: round(sorted[Math.floor(sorted.length / 2)]), maxMs: round(sorted[sorted.length - 1]) };
}

const report: Record<string, unknown> = {
    benchmark: 'cioContactActivity with 500 email events',
    events: EVENTS,
    environment: `Jest + ${navigator.userAgent}`
};

describe('c-cio-contact-activity benchmark (reported, not asserted)', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    afterAll(() => {
        report.measuredAt = new Date().toISOString();
        const fs = jest.requireActual<ReportWriter>('fs');
        fs.mkdirSync(REPORT_DIR, { recursive: true });
        fs.writeFileSync(`${REPORT_DIR}/contact-activity-render.json`, `${JSON.stringify(report, null, 4)}\n`);
        console.info(`[benchmark] ${JSON.stringify(report)} → ${REPORT_DIR}/contact-activity-render.json`);
    });

    it(`builds the rows of ${EVENTS} events for every sort`, () => {
        const now = Date.now();
        const emails = bigEmails(now);
        const sorts: SortState[] = [
            { column: 'time', direction: 'descending' },
            { column: 'type', direction: 'ascending' },
            { column: 'subject', direction: 'ascending' },
            { column: 'campaign', direction: 'descending' }
        ];
        const samples = Array.from({ length: VIEW_MODEL_RUNS }, () => {
            const started = performance.now();
            for (const sort of sorts) {
                expect(emailRows(emails, sort, now)).toHaveLength(EVENTS);
            }
            return (performance.now() - started) / sorts.length;
        });

        report.rowsPerSort = { runs: VIEW_MODEL_RUNS, ...summary(samples) };
        expect(summary(samples).medianMs).toBeLessThan(VIEW_MODEL_CEILING_MS);
    });

    it(`renders the panel with ${EVENTS} events in jsdom and re-sorts it`, async () => {
        mockGetActivity.mockResolvedValueOnce(bigPanel());
        const started = performance.now();
        const element = createElement('c-cio-contact-activity', { is: CioContactActivity });
        Object.assign(element, { recordId: '0035g00000MLopzAAB' });
        document.body.appendChild(element);
        await flush();
        const firstRender = performance.now() - started;
        expect(element.shadowRoot!.querySelectorAll('tr.email-row')).toHaveLength(EVENTS);

        const clicked = performance.now();
        element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-column="subject"]')!.click();
        await flush();
        const sortBySubject = performance.now() - clicked;
        expect(element.shadowRoot!.querySelector('th[data-column="subject"]')!.getAttribute('aria-sort')).toBe(
            'ascending'
        );

        report.jsdomRender = { runs: 1, firstRenderMs: summary([firstRender]).medianMs };
        report.jsdomSortBySubject = { runs: 1, ms: summary([sortBySubject]).medianMs };
        expect(firstRender).toBeLessThan(RENDER_CEILING_MS);
    }, 300_000);
});
