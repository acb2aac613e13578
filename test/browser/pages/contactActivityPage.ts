import type { Locator } from 'playwright-core';
import type { Journey } from '../support/browser';
import { textOf, textsOf } from './lightning';

/** What the engagement banner shows: the state (as `data-state` and in words) and the admin's sentence. */
export interface BannerView {
    state: string;
    name: string;
    text: string;
}

/** One KPI card: its key (`lastSent` …), its title and its value. */
export interface KpiCardView {
    key: string;
    label: string;
    value: string;
}

/** The notice of a status other than OK: its title, Customer.io's message, and the rate-limit wait or readiness. */
export interface PanelNotice {
    status: string;
    title: string;
    detail: string;
}

/**
 * A Contact record page with CIO Pipelines' two components: the Engagement Banner (c-cio-engagement-banner) at the top
 * and the Contact Activity panel (c-cio-contact-activity) with its KPI cards, key pages and email activity table.
 */
export class ContactActivityPage {
    readonly banner: Locator;
    readonly panel: Locator;

    private constructor(readonly journey: Journey) {
        this.banner = journey.page.locator('c-cio-engagement-banner');
        this.panel = journey.page.locator('c-cio-contact-activity');
    }

    /** Opens the sample Contact in a scenario and waits until the banner and the panel have their answers. */
    static async open(journey: Journey, scenario?: string): Promise<ContactActivityPage> {
        await journey.open('contact', scenario);
        const contact = new ContactActivityPage(journey);
        await contact.banner.locator('.banner, .banner-notice, c-cio-error-panel').first().waitFor();
        await contact.panel
            .locator('table.email-table, .emails-empty, .status-notice, c-cio-error-panel')
            .first()
            .waitFor();
        return contact;
    }

    /** The standalone banner at the top of the record page. */
    async bannerView(): Promise<BannerView> {
        return readBanner(this.banner);
    }

    /** The same banner as the panel repeats it above its KPI cards. */
    async panelBannerView(): Promise<BannerView> {
        return readBanner(this.panel.locator('c-cio-engagement-banner-view'));
    }

    /** The one-line notice the banner shows instead of a state (rate limited, not found …). */
    async bannerNotice(): Promise<string> {
        return textOf(this.banner.locator('.notice-text'));
    }

    /** The KPI cards in the order shown. */
    async kpiCards(): Promise<KpiCardView[]> {
        const cards = await this.panel
            .getByRole('region', { name: 'Engagement at a glance' })
            .getByRole('listitem')
            .all();
        return Promise.all(
            cards.map(async (card) => ({
                key: (await card.getAttribute('data-kpi')) ?? '',
                label: await textOf(card.locator('.kpi-label')),
                value: await textOf(card.locator('.kpi-value'))
            }))
        );
    }

    /** Where the Last Page View card's link goes. */
    async lastPageLink(): Promise<string | null> {
        return this.panel.locator('li[data-kpi="lastPageView"]').getByRole('link').getAttribute('href');
    }

    get emailTable(): Locator {
        return this.panel.getByRole('table');
    }

    /** The id of each email event row, top to bottom. */
    async emailRowIds(): Promise<string[]> {
        const rows = await this.emailTable.locator('tbody > tr').all();
        return Promise.all(rows.map(async (row) => (await row.getAttribute('data-id')) ?? ''));
    }

    /** The subject of each row, top to bottom. */
    async emailSubjects(): Promise<string[]> {
        return textsOf(this.emailTable.locator('tbody > tr > td.subject'));
    }

    /** Each column heading's visible title with its `aria-sort`, left to right. */
    async sortState(): Promise<{ column: string; ariaSort: string }[]> {
        const headers = await this.emailTable.getByRole('columnheader').all();
        return Promise.all(
            headers.map(async (header) => ({
                column: await textOf(header.locator('.slds-truncate')),
                ariaSort: (await header.getAttribute('aria-sort')) ?? ''
            }))
        );
    }

    /** Selects a column heading, as a user clicks it to sort the table by that column. */
    async sortBy(column: string): Promise<void> {
        const header = this.emailTable.getByRole('columnheader').filter({ hasText: column });
        const before = await header.getAttribute('aria-sort');
        await header.getByRole('button').click();
        // Every click changes the column's sort (first sort, or the other direction).
        await header.and(this.journey.page.locator(`[aria-sort]:not([aria-sort="${before}"])`)).waitFor();
    }

    get refreshButton(): Locator {
        return this.panel.getByRole('button', { name: 'Refresh' });
    }

    /** The panel's notice for a status other than OK. */
    async notice(): Promise<PanelNotice> {
        const notice = this.panel.locator('.status-notice');
        return {
            status: (await notice.getAttribute('data-status')) ?? '',
            title: await textOf(notice.locator('.notice-title')),
            detail: await textOf(notice.locator('.notice-detail'))
        };
    }

    /** "You can refresh again in 7 s." while Customer.io's wait runs. */
    async rateLimitWait(): Promise<string> {
        return textOf(this.panel.locator('.rate-limit-wait'));
    }

    /** Announced once the wait is over; waits for it. */
    async rateLimitReady(): Promise<string> {
        const ready = this.panel.locator('.rate-limit-ready').filter({ hasText: /\S/ });
        await ready.waitFor();
        return textOf(ready);
    }

    /** The note above the data when several people in Customer.io share the Contact's email address. */
    async matches(): Promise<{ title: string; note: string }> {
        const box = this.panel.locator('.matches');
        return { title: await textOf(box.locator('.matches-title')), note: await textOf(box.locator('.match-note')) };
    }
}

async function readBanner(view: Locator): Promise<BannerView> {
    const box = view.locator('[data-state]');
    return {
        state: (await box.getAttribute('data-state')) ?? '',
        name: await textOf(box.locator('.banner-state-name')),
        text: await textOf(box.locator('.banner-text'))
    };
}
