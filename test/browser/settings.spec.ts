import { PROJECT_ROOT } from '../helpers/workspace';
import { saveRefusedByApex, saveWithInvalidValue, testConnection } from './journeys';
import { usePreviewBrowser } from './support/browser';

describe('Settings in the browser', () => {
    const browser = usePreviewBrowser();

    it('refuses an invalid value and says why next to the field', async () => {
        await browser().journey('settings-invalid-value', (journey) => saveWithInvalidValue(journey, PROJECT_ROOT));
    });

    it("shows Apex's refusal next to each field it names", async () => {
        await browser().journey('settings-save-rejected', (journey) => saveRefusedByApex(journey, PROJECT_ROOT));
    });

    it.each(['default', 'connection-failed', 'wrong-region', 'unconfigured'])(
        'runs Test Connection and shows both results (%s)',
        async (scenario) => {
            await browser().journey(`settings-test-connection-${scenario}`, (journey) =>
                testConnection(journey, PROJECT_ROOT, scenario)
            );
        }
    );
});
