/* eslint-disable no-script-url -- script URLs are fed in to prove they never become links */
import {
    emailRows,
    fetchedText,
    keyPageItems,
    kpiCards,
    personText,
    statusNotice,
    timeText,
    urlText
} from '../viewModels';
import { DEFAULT_SORT } from '../sorting';
import type { Panel } from '../activityTypes';

const NOW = Date.UTC(2025, 9, 14, 15, 30, 0);
const MINUTE = 60_000;

describe('timeText and urlText', () => {
    it('give nothing for unknown times and blank URLs', () => {
        expect(timeText(null, NOW)).toBeNull();
        expect(urlText(null)).toBeNull();
        expect(urlText('   ')).toBeNull();
    });

    it('keep a URL that is not http(s) as text without a link target', () => {
        expect(urlText('javascript:alert(1)')).toEqual({
            text: 'javascript:alert(1)',
            href: null,
            linkLabel: 'javascript:alert(1) c.Cio_ContactActivity_OpensInNewTab'
        });
    });
});

describe('kpiCards', () => {
    it('reads "Never", 0 and "No page views yet" when there are no KPIs at all', () => {
        expect(kpiCards(null, NOW).map((card) => card.value)).toEqual([
            'c.Cio_ContactActivity_Never',
            'c.Cio_ContactActivity_Never',
            'c.Cio_ContactActivity_Never',
            '0',
            'c.Cio_ContactActivity_NoPageViews'
        ]);
    });

    it('shows a count it cannot read as 0', () => {
        expect(kpiCards({ keyPagesToday: Number.NaN }, NOW)[3].value).toBe('0');
    });

    it('shows a page view URL even when its time is unknown', () => {
        const card = kpiCards({ lastPageUrl: 'https://example.com/jobs' }, NOW)[4];

        expect(card.value).toBe('c.Cio_ContactActivity_NoPageViews');
        expect(card.url).toEqual({
            text: 'example.com/jobs',
            href: 'https://example.com/jobs',
            linkLabel: 'example.com/jobs c.Cio_ContactActivity_OpensInNewTab'
        });
    });
});

describe('keyPageItems', () => {
    it('uses the URL when there is no title, puts pages without a time last and keeps ties in order', () => {
        const items = keyPageItems(
            [
                { url: 'https://example.com/a', title: 'A', at: null },
                { url: 'https://example.com/b', title: '  ', at: NOW - MINUTE },
                { url: null, title: 'C', at: NOW - MINUTE },
                { url: 'https://example.com/d', at: NOW }
            ],
            NOW
        );

        expect(items.map((item) => [item.text, item.href, item.url])).toEqual([
            ['example.com/d', 'https://example.com/d', null],
            ['example.com/b', 'https://example.com/b', null],
            ['C', null, null],
            ['A', 'https://example.com/a', 'example.com/a']
        ]);
        expect(items[3].time).toBeNull();
        expect(keyPageItems(null, NOW)).toEqual([]);
    });
});

describe('emailRows', () => {
    it('shows a type it does not know as it came, with a neutral badge, and fills blanks', () => {
        const [row] = emailRows(
            [{ id: '1', type: 'converted', subject: ' ', campaign: null, at: null }],
            DEFAULT_SORT,
            NOW
        );

        expect(row).toEqual({
            id: '1',
            typeLabel: 'converted',
            typeClass: 'slds-badge email-type email-type_other',
            subject: 'c.Cio_ContactActivity_NoSubject',
            subjectClass: 'subject slds-text-color_weak',
            campaign: 'c.Cio_ContactActivity_NoCampaign',
            campaignClass: 'campaign slds-text-color_weak',
            time: null
        });
        expect(emailRows(undefined, DEFAULT_SORT, NOW)).toEqual([]);
    });

    it('never reads a type named like an Object property as a known one', () => {
        const [row] = emailRows([{ id: '1', type: 'constructor', at: NOW }], DEFAULT_SORT, NOW);

        expect(row.typeLabel).toBe('constructor');
        expect(row.typeClass).toContain('email-type_other');
    });
});

describe('statusNotice', () => {
    it('has nothing to say for OK and ERROR', () => {
        expect(statusNotice({ status: 'OK' })).toBeNull();
        expect(statusNotice({ status: 'ERROR', message: 'x' })).toBeNull();
    });

    it('names the email from the person when the Contact has none', () => {
        const notice = statusNotice({ status: 'NOT_FOUND', person: { email: 'p@example.com' } })!;

        expect(notice.body).toBe('c.Cio_ContactActivity_NotFoundBody');
        expect(notice.detail).toBeNull();
        expect(notice.variant).toBe('info');
        expect(notice.iconText).toBe('c.Cio_ContactActivity_Info');
    });

    it('has no body for a rate limit (the countdown says it) and keeps Customer.io’s words as detail', () => {
        const notice = statusNotice({ status: 'RATE_LIMITED', message: '  wait 3 seconds ' })!;

        expect(notice.body).toBeNull();
        expect(notice.detail).toBe('wait 3 seconds');
        expect(notice.iconText).toBe('c.Cio_ContactActivity_Warning');
        expect(notice.className).toContain('status-notice_rate_limited');
    });
});

describe('fetchedText and personText', () => {
    it('say nothing without a time or a person', () => {
        expect(fetchedText(null, NOW)).toBeNull();
        expect(fetchedText({ status: 'OK', fetchedAt: null }, NOW)).toBeNull();
        expect(personText(null)).toBeNull();
        expect(personText({ status: 'OK', person: {} })).toBeNull();
    });

    it("fall back to the person's own id when Customer.io's id is missing", () => {
        const panel: Panel = { status: 'OK', person: { id: 'maria@example.com', cioId: ' ', email: null } };

        expect(personText(panel)).toBe('c.Cio_ContactActivity_PersonId');
    });
});
