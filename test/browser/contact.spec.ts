import { PROJECT_ROOT } from '../helpers/workspace';
import { hotContact, rateLimitedContact, severalPeople, sortEmailTable } from './journeys';
import { usePreviewBrowser } from './support/browser';

describe('Contact Activity in the browser', () => {
    const browser = usePreviewBrowser();

    it('shows a HOT contact: the banner in the admin wording and the five KPI cards', async () => {
        await browser().journey('contact-hot', (journey) => hotContact(journey, PROJECT_ROOT));
    });

    it('sorts the email activity table by a column heading, both ways', async () => {
        await browser().journey('contact-email-sort', (journey) => sortEmailTable(journey, PROJECT_ROOT));
    });

    it('waits out a rate limit before Refresh is enabled again', async () => {
        await browser().journey('contact-rate-limited', (journey) => rateLimitedContact(journey, PROJECT_ROOT));
    });

    it('says which person it shows when several share the email address', async () => {
        await browser().journey('contact-several-people', (journey) => severalPeople(journey, PROJECT_ROOT));
    });
});
