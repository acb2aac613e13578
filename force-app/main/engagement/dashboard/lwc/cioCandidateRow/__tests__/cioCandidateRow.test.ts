import { createElement } from 'lwc';
import CioCandidateRow from 'c/cioCandidateRow';
import type { CandidateRow } from 'c/cioCandidateList';
import { removeAll, text } from '../../cioCandidateList/__tests__/support/dashboard';

const ROW: CandidateRow = {
    key: '003Dn0000000001AAA',
    contactId: '003Dn0000000001AAA',
    name: 'Amara Nwosu',
    recordUrl: '/lightning/r/Contact/003Dn0000000001AAA/view',
    stateLabel: 'Hot',
    stateIcon: 'utility:trending',
    stateIconVariant: 'inverse',
    badgeClass: 'slds-badge state-badge slds-theme_error state-hot',
    reason: 'viewed /jobs/icu-nurse 8 minutes ago',
    hasReason: true,
    activityText: 'Last activity 8 minutes ago',
    activityTitle: 'Mar 4, 2026, 7:22 AM',
    activityIso: '2026-03-04T15:22:00.000Z',
    ownerText: 'Owner: Candidate Pool',
    keyPage: {
        href: 'https://careers.example.com/jobs/icu-nurse',
        text: 'careers.example.com/jobs/icu-nurse',
        title: 'https://careers.example.com/jobs/icu-nurse'
    },
    isNew: true,
    rowClass: 'slds-item candidate candidate_new',
    claimText: 'Claim',
    claimAssistive: 'Claim Amara Nwosu as your candidate',
    claimDisabled: false
};

function mount(row: CandidateRow, claimable: boolean): HTMLElement {
    const element = createElement('c-cio-candidate-row', { is: CioCandidateRow });
    Object.assign(element, { row, claimable });
    document.body.appendChild(element);
    return element;
}

function claimButton(element: HTMLElement): HTMLButtonElement | null {
    return element.shadowRoot!.querySelector<HTMLButtonElement>('button.claim');
}

describe('c-cio-candidate-row', () => {
    afterEach(removeAll);

    it('shows what the list prepared', async () => {
        const element = mount(ROW, true);
        await Promise.resolve();

        expect(text(element.shadowRoot!, '.candidate-name')).toBe('Amara Nwosu');
        expect(text(element.shadowRoot!, '.owner')).toBe('Owner: Candidate Pool');
        expect(claimButton(element)!.getAttribute('aria-label')).toBe('Claim Amara Nwosu as your candidate');
        await expect(element).toBeAccessible();
    });

    it('asks the list to claim with an event that stays on the row element', async () => {
        const element = mount(ROW, true);
        await Promise.resolve();
        const claims: CustomEvent[] = [];
        element.addEventListener('claim', (event) => claims.push(event as CustomEvent));
        const outside: Event[] = [];
        document.body.addEventListener('claim', (event) => outside.push(event));

        claimButton(element)!.click();

        expect(claims).toHaveLength(1);
        expect(claims[0].detail).toEqual({ contactId: ROW.contactId });
        expect(claims[0].bubbles).toBe(false);
        expect(claims[0].composed).toBe(false);
        expect(outside).toHaveLength(0);
    });

    it('sends nothing while a claim is running', async () => {
        const element = mount({ ...ROW, claimDisabled: true, claimText: 'Claiming…' }, true);
        await Promise.resolve();
        const claims: Event[] = [];
        element.addEventListener('claim', (event) => claims.push(event));

        claimButton(element)!.click();

        expect(claimButton(element)!.disabled).toBe(true);
        expect(claims).toHaveLength(0);
    });

    it('has no Claim button outside Pipeline', async () => {
        const element = mount(ROW, false);
        await Promise.resolve();

        expect(claimButton(element)).toBeNull();
    });
});
