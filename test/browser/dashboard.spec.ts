import { PROJECT_ROOT } from '../helpers/workspace';
import { candidateWidgets, claimCandidate, misconfiguredDashboard } from './journeys';
import { usePreviewBrowser } from './support/browser';

describe('the recruiter home in the browser', () => {
    const browser = usePreviewBrowser();

    it('lists My, Team and Pipeline candidates hottest first with their banners, and refreshes a widget', async () => {
        await browser().journey('dashboard-widgets', (journey) => candidateWidgets(journey, PROJECT_ROOT));
    });

    it('explains a missing Unassigned Pool Owner and an invalid team configuration', async () => {
        await browser().journey('dashboard-misconfigured', (journey) => misconfiguredDashboard(journey, PROJECT_ROOT));
    });

    // Last: the preview keeps the claim until it stops, and the journeys above expect the full pool.
    it('claims a Pipeline candidate, who leaves the pool and its counts', async () => {
        await browser().journey('dashboard-claim', (journey) => claimCandidate(journey, PROJECT_ROOT));
    });
});
