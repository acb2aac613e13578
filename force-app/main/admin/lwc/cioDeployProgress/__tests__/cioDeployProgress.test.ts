import { createElement } from 'lwc';
import CioDeployProgress, { MAX_POLLS, POLL_MS } from 'c/cioDeployProgress';
import deploymentStatus from '@salesforce/apex/CioTriggerEditorController.deploymentStatus';
import type { DeploymentStatus } from 'c/cioTriggerModel';

jest.mock('@salesforce/apex/CioTriggerEditorController.deploymentStatus', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Cio_TriggerEditor_DeployRunning',
    () => ({ default: 'Saving {0}: the deployment is running.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Cio_TriggerEditor_DeploySucceeded', () => ({ default: '{0} is saved.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_DeployFailed', () => ({ default: '{0} was not saved.' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Cio_TriggerEditor_DeployJob', () => ({ default: 'Deployment job {0}' }), {
    virtual: true
});

const mockStatus = deploymentStatus as unknown as jest.Mock<Promise<DeploymentStatus>, [unknown]>;
const JOB = '0Af5g00000AbCdEFGH';

/** Lets pending promises settle and the component re-render. */
function flush(): Promise<void> {
    return Array.from({ length: 5 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

async function mount(): Promise<{ element: HTMLElement; finished: jest.Mock }> {
    const element = createElement('c-cio-deploy-progress', { is: CioDeployProgress }) as HTMLElement & {
        jobId: string;
        triggerLabel: string;
    };
    element.jobId = JOB;
    element.triggerLabel = 'Contact identify';
    const finished = jest.fn();
    element.addEventListener('finished', (event) => finished((event as CustomEvent).detail));
    document.body.appendChild(element);
    await flush();
    return { element, finished };
}

function text(element: HTMLElement, selector: string): string {
    return element.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
}

function has(element: HTMLElement, selector: string): boolean {
    return element.shadowRoot!.querySelector(selector) !== null;
}

describe('c-cio-deploy-progress', () => {
    beforeEach(() => {
        jest.useFakeTimers();
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows the running deployment and reads its outcome every 2 seconds', async () => {
        mockStatus.mockResolvedValue({ state: 'InProgress' });
        const { element, finished } = await mount();

        expect(mockStatus).toHaveBeenCalledWith({ jobId: JOB });
        expect(text(element, '.running-text')).toBe('Saving Contact identify: the deployment is running.');
        expect(text(element, '.job-id')).toBe(`Deployment job ${JOB}`);

        jest.advanceTimersByTime(POLL_MS);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(2);
        expect(finished).not.toHaveBeenCalled();
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('reports success with what was deployed and fires finished once', async () => {
        mockStatus.mockResolvedValueOnce({ state: 'InProgress' }).mockResolvedValue({
            state: 'Succeeded',
            message:
                'Deployed 2 of 2 components: CIO_Event_Trigger.Contact_Identify, CIO_Field_Mapping.Contact_Identify_email',
            finishedAt: 1764800000000
        });
        const { element, finished } = await mount();
        jest.advanceTimersByTime(POLL_MS);
        await flush();

        expect(text(element, '.succeeded-text')).toBe('Contact identify is saved.');
        expect(text(element, '.deploy-detail')).toContain('CIO_Field_Mapping.Contact_Identify_email');
        expect(has(element, '.deploy-running')).toBe(false);
        expect(finished).toHaveBeenCalledTimes(1);
        expect(finished).toHaveBeenCalledWith({ state: 'Succeeded' });

        jest.advanceTimersByTime(POLL_MS * 5);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(2);
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('explains the Setup switch when the org does not allow deployments from a package', async () => {
        mockStatus.mockResolvedValue({
            state: 'Failed',
            errorKind: 'APEX_DEPLOY_NOT_ALLOWED',
            message: 'Deploying metadata from non-certified package versions is not allowed.'
        });
        const { element, finished } = await mount();

        expect(text(element, '.failed-text')).toBe('Contact identify was not saved.');
        expect(text(element, '.not-allowed')).toBe('c.Cio_TriggerEditor_DeployNotAllowed');
        expect(text(element, '.deploy-detail')).toBe(
            'Deploying metadata from non-certified package versions is not allowed.'
        );
        expect(finished).toHaveBeenCalledWith({ state: 'Failed' });
        jest.useRealTimers();
        await expect(element).toBeAccessible();
    });

    it('shows the platform errors of any other failure without the Setup explanation', async () => {
        mockStatus.mockResolvedValue({
            state: 'Failed',
            errorKind: 'DEPLOY_FAILED',
            message: 'CIO_Event_Trigger.X: Field is required'
        });
        const { element } = await mount();

        expect(has(element, '.not-allowed')).toBe(false);
        expect(text(element, '.deploy-detail')).toBe('CIO_Event_Trigger.X: Field is required');
    });

    it('stops after 3 minutes without an outcome and checks again on request', async () => {
        mockStatus.mockResolvedValue({ state: 'InProgress' });
        const { element } = await mount();
        // Each poll waits for the previous answer, so the timers advance one poll at a time.
        await Array.from({ length: MAX_POLLS - 1 }).reduce<Promise<void>>(
            (chain) =>
                chain.then(() => {
                    jest.advanceTimersByTime(POLL_MS);
                    return flush();
                }),
            Promise.resolve()
        );

        expect(mockStatus).toHaveBeenCalledTimes(MAX_POLLS);
        expect(has(element, '.deploy-stalled')).toBe(true);
        jest.advanceTimersByTime(POLL_MS * 10);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(MAX_POLLS);

        mockStatus.mockResolvedValue({ state: 'Succeeded', message: 'Deployed 1 of 1 components' });
        (element.shadowRoot!.querySelector('.check-again') as HTMLElement).click();
        await flush();
        expect(has(element, '.deploy-succeeded')).toBe(true);
    });

    it('shows a failed status read in the error panel and retries on request', async () => {
        mockStatus
            .mockRejectedValueOnce({ body: { message: 'Insufficient access' } })
            .mockResolvedValue({ state: 'InProgress' });
        const { element } = await mount();

        const panel = element.shadowRoot!.querySelector('c-cio-error-panel') as HTMLElement & { errors: unknown };
        expect(panel.errors).toEqual({ body: { message: 'Insufficient access' } });
        (element.shadowRoot!.querySelector('.check-again') as HTMLElement).click();
        await flush();
        expect(has(element, '.deploy-running')).toBe(true);
    });

    it('stops polling when removed from the page', async () => {
        mockStatus.mockResolvedValue({ state: 'InProgress' });
        const { element } = await mount();
        document.body.removeChild(element);

        jest.advanceTimersByTime(POLL_MS * 3);
        await flush();
        expect(mockStatus).toHaveBeenCalledTimes(1);
    });

    it('asks nothing without a job id', async () => {
        const element = createElement('c-cio-deploy-progress', { is: CioDeployProgress });
        document.body.appendChild(element);
        await flush();

        expect(mockStatus).not.toHaveBeenCalled();
    });
});
