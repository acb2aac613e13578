import type { Locator } from 'playwright-core';
import type { Scope } from '../../../force-app/main/engagement/dashboard/lwc/cioCandidateData/candidateTypes';
import type { Journey } from '../support/browser';
import { apexAnswer, textOf, textsOf } from './lightning';

/** The wrapper components an admin places on the home page, by scope: the widget and its summary banner. */
const WIDGETS: Record<Scope, string> = {
    MY: 'c-cio-my-active-candidates',
    TEAM: 'c-cio-team-active-candidates',
    PIPELINE: 'c-cio-pipeline-active-candidates'
};
const BANNERS: Record<Scope, string> = {
    MY: 'c-cio-my-candidates-banner',
    TEAM: 'c-cio-team-candidates-banner',
    PIPELINE: 'c-cio-pipeline-candidates-banner'
};

/** A designed state instead of a list: what is wrong and who fixes it how. */
export interface StatusNoticeView {
    status: string;
    title: string;
    help: string;
    /** Apex's own words, when it sent any (the widget shows them; the banner does not). */
    message: string;
}

/** One listed candidate as a recruiter reads the row. */
export interface CandidateRowView {
    name: string;
    state: string;
    /** "Owner: …" on Team and Pipeline; empty on My. */
    owner: string;
}

/** The CIO Pipelines app home of a recruiter: the My, Team and Pipeline banners on top, their widgets below. */
export class RecruiterHomePage {
    private constructor(readonly journey: Journey) {}

    /** Opens the home page in a scenario and waits until every widget and banner shows its answer. */
    static async open(journey: Journey, scenario?: string): Promise<RecruiterHomePage> {
        await journey.open('recruiter-home', scenario);
        const home = new RecruiterHomePage(journey);
        for (const scope of Object.keys(WIDGETS) as Scope[]) {
            await home
                .widget(scope)
                .locator('ul.candidate-list, .status-notice, .empty-state, c-cio-error-panel')
                .first()
                .waitFor();
            await home.banner(scope).locator('.banner-text, .status-notice, c-cio-error-panel').first().waitFor();
        }
        return home;
    }

    widget(scope: Scope): Locator {
        return this.journey.page.locator(WIDGETS[scope]);
    }

    banner(scope: Scope): Locator {
        return this.journey.page.locator(BANNERS[scope]);
    }

    async widgetTitle(scope: Scope): Promise<string> {
        return textOf(this.widget(scope).getByRole('heading'));
    }

    /** The widget's list of candidates (named "<title>: hottest first, then most recent"). */
    candidateList(scope: Scope): Locator {
        return this.widget(scope).locator('ul.candidate-list');
    }

    /** The rows of a widget, top to bottom. */
    async candidates(scope: Scope): Promise<CandidateRowView[]> {
        const rows = await this.candidateList(scope).locator(':scope > li').all();
        return Promise.all(
            rows.map(async (row) => {
                const owner = row.locator('.owner');
                return {
                    name: await textOf(row.locator('.candidate-name')),
                    state: await textOf(row.locator('.state-label')),
                    owner: (await owner.count()) > 0 ? await textOf(owner) : ''
                };
            })
        );
    }

    /** The banner's sentence in the admin's wording. */
    async bannerText(scope: Scope): Promise<string> {
        return textOf(this.banner(scope).locator('.banner-text'));
    }

    /** The banner's count chips ("2 hot", "3 warm", "3 engaged"). */
    async bannerCounts(scope: Scope): Promise<string[]> {
        return textsOf(this.banner(scope).getByRole('list').getByRole('listitem'));
    }

    /** Refreshes one widget with its Refresh button; resolves when Apex has answered and the widget is idle again. */
    async refresh(scope: Scope): Promise<void> {
        const button = this.widget(scope).getByRole('button', { name: 'Refresh' });
        const answered = apexAnswer(this.journey.page, 'CioCandidatesController.getCandidates', { scope });
        await button.click();
        await answered;
        await button.and(this.journey.page.locator(':enabled')).waitFor();
    }

    /** Claims a Pipeline candidate with the row's Claim button; resolves when the row has left the list. */
    async claim(name: string): Promise<void> {
        const row = this.candidateList('PIPELINE')
            .locator(':scope > li')
            .filter({ has: this.journey.page.locator('.candidate-name', { hasText: name }) });
        await row.getByRole('button', { name: /^Claim/ }).click();
        await row.waitFor({ state: 'detached' });
    }

    /** The newest toast's title and message, waiting for one. */
    async toast(): Promise<{ title: string; message: string }> {
        const content = this.journey.page.locator('lightning-toast').last().locator('.slds-notify__content');
        await content.waitFor();
        return {
            title: await textOf(content.getByRole('heading')),
            // The message is text beside the title, with text for screen readers after it.
            message: await content.evaluate((element) => {
                const copy = element.cloneNode(true) as HTMLElement;
                copy.querySelectorAll('h2, .slds-assistive-text').forEach((other) => other.remove());
                return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
            })
        };
    }

    /** A widget's notice instead of its list. */
    async widgetNotice(scope: Scope): Promise<StatusNoticeView> {
        return readNotice(this.widget(scope).locator('.status-notice'));
    }

    /** A banner's notice instead of its counts. */
    async bannerNotice(scope: Scope): Promise<StatusNoticeView> {
        return readNotice(this.banner(scope).locator('.status-notice'));
    }
}

async function readNotice(notice: Locator): Promise<StatusNoticeView> {
    const message = notice.locator('.notice-message');
    return {
        status: (await notice.getAttribute('data-status')) ?? '',
        title: await textOf(notice.locator('.notice-title')),
        help: await textOf(notice.locator('.notice-help')),
        message: (await message.count()) > 0 ? await textOf(message) : ''
    };
}
