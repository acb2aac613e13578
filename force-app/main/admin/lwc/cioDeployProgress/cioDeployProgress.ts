import { LightningElement, api } from 'lwc';
import deploymentStatus from '@salesforce/apex/CioTriggerEditorController.deploymentStatus';
import { EDITOR_LABELS, formatLabel, type DeploymentStatus } from 'c/cioTriggerModel';

/** How often the deployment's outcome is read. */
export const POLL_MS = 2000;
/** After this many reads without an outcome the component stops polling and offers "Check again". */
export const MAX_POLLS = 90;

/** The deploy callback's Error_Kind__c when the org refuses metadata deployments from a package's Apex. */
const NOT_ALLOWED = 'APEX_DEPLOY_NOT_ALLOWED';

type Phase = 'running' | 'succeeded' | 'failed' | 'stalled' | 'error';

/**
 * Follows one Event Trigger deployment (a Metadata API job started by CioTriggerDeployer) until the deploy callback
 * has logged its outcome: a spinner while it runs, then what was deployed or the platform's errors. When the org
 * does not allow packages to deploy metadata from Apex, it explains the Setup switch an admin must turn on. Reads
 * every 2 seconds for 3 minutes, then offers "Check again" instead of polling forever (a queued deployment can
 * wait behind others). Fires `finished` (detail: { state }) once, when the outcome is known.
 */
export default class CioDeployProgress extends LightningElement {
    labels = EDITOR_LABELS;

    /** The deployment job id saveTrigger returned. */
    @api jobId: string | undefined;
    /** What is being deployed, for the messages (the trigger's label). */
    @api triggerLabel = '';

    status: DeploymentStatus | null = null;
    pollError: unknown = null;
    private polls = 0;
    private timer: ReturnType<typeof setTimeout> | null = null;
    private connected = false;
    private announced = false;

    get phase(): Phase {
        if (this.pollError) {
            return 'error';
        }
        if (this.status?.state === 'Succeeded') {
            return 'succeeded';
        }
        if (this.status?.state === 'Failed') {
            return 'failed';
        }
        return this.polls >= MAX_POLLS ? 'stalled' : 'running';
    }

    get running(): boolean {
        return this.phase === 'running';
    }

    get succeeded(): boolean {
        return this.phase === 'succeeded';
    }

    get failed(): boolean {
        return this.phase === 'failed';
    }

    get stalled(): boolean {
        return this.phase === 'stalled';
    }

    get hasPollError(): boolean {
        return this.phase === 'error';
    }

    get notAllowed(): boolean {
        return this.failed && this.status?.errorKind === NOT_ALLOWED;
    }

    get runningText(): string {
        return formatLabel(this.labels.deployRunning, this.triggerLabel);
    }

    get succeededText(): string {
        return formatLabel(this.labels.deploySucceeded, this.triggerLabel);
    }

    get failedText(): string {
        return formatLabel(this.labels.deployFailed, this.triggerLabel);
    }

    get detail(): string {
        return this.status?.message ?? '';
    }

    get jobText(): string {
        return formatLabel(this.labels.deployJob, this.jobId ?? '');
    }

    override connectedCallback(): void {
        this.connected = true;
        this.poll();
    }

    override disconnectedCallback(): void {
        this.connected = false;
        this.stop();
    }

    handleCheckAgain(): void {
        this.polls = 0;
        this.pollError = null;
        this.poll();
    }

    private async poll(): Promise<void> {
        this.stop();
        if (!this.jobId) {
            return;
        }
        try {
            const status = (await deploymentStatus({ jobId: this.jobId })) as DeploymentStatus;
            if (!this.connected) {
                return;
            }
            this.polls += 1;
            this.status = status;
            if (status.state === 'InProgress') {
                if (this.polls < MAX_POLLS) {
                    // The callback's outcome has no push channel to the page; the timer is cleared on disconnect.
                    // eslint-disable-next-line @lwc/lwc/no-async-operation
                    this.timer = setTimeout(() => this.poll(), POLL_MS);
                }
                return;
            }
            this.announce(status.state);
        } catch (error) {
            if (this.connected) {
                this.pollError = error;
            }
        }
    }

    private announce(state: string): void {
        if (this.announced) {
            return;
        }
        this.announced = true;
        this.dispatchEvent(new CustomEvent('finished', { detail: { state } }));
    }

    private stop(): void {
        if (this.timer !== null) {
            clearTimeout(this.timer);
            this.timer = null;
        }
    }
}
