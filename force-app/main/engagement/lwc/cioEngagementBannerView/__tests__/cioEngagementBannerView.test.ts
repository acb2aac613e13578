import { createElement } from 'lwc';
import CioEngagementBannerView from 'c/cioEngagementBannerView';
import type { Engagement, Panel } from '../../cioContactActivity/activityTypes';

const FIXTURES: Record<string, Panel> = {
    HOT: jest.requireActual('../../cioContactActivity/__tests__/data/panel.hot.json'),
    WARM: jest.requireActual('../../cioContactActivity/__tests__/data/panel.warmJob.json'),
    ENGAGED: jest.requireActual('../../cioContactActivity/__tests__/data/panel.engaged.json'),
    QUIET: jest.requireActual('../../cioContactActivity/__tests__/data/panel.quiet.json'),
    NONE: jest.requireActual('../../cioContactActivity/__tests__/data/panel.none.json')
};
const XSS: Panel = jest.requireActual('../../cioContactActivity/__tests__/data/panel.xss.json');

type ViewElement = HTMLElement & { engagement: Engagement | null; showReason: boolean };
type IconElement = HTMLElement & { iconName: string; alternativeText: string };

function mount(engagement: Engagement | null | undefined, showReason = false): ViewElement {
    const element = createElement('c-cio-engagement-banner-view', { is: CioEngagementBannerView }) as ViewElement;
    element.engagement = engagement ?? null;
    element.showReason = showReason;
    document.body.appendChild(element);
    return element;
}

function query<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector);
}

function text(element: HTMLElement, selector: string): string | null {
    return query(element, selector)?.textContent ?? null;
}

describe('c-cio-engagement-banner-view', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it.each([
        [
            'HOT',
            'utility:trending',
            'Maria is looking at /jobs/icu-nurse-portland right now (12 minutes ago). Reach out while the interest is hot.'
        ],
        [
            'WARM',
            'utility:arrowup',
            'Daniel viewed 3 key pages today, most recently /jobs/travel-nurse-er 3 hours ago.'
        ],
        [
            'ENGAGED',
            'utility:preview',
            'Aisha has been browsing openings this week; last key page /jobs/nurse-manager-boise 3 days ago.'
        ],
        ['QUIET', 'utility:clock', 'No recent engagement from Grace; last activity 21 days ago.'],
        ['NONE', 'utility:info', 'No Customer.io activity for Luis yet.']
    ])('shows %s with its icon, its name in words and the rendered template', (state, iconName, sentence) => {
        const element = mount(FIXTURES[state].engagement);

        const box = query(element, '[data-state]')!;
        expect(box.dataset.state).toBe(state);
        expect(box.className).toContain(`banner_${state.toLowerCase()}`);
        expect(query<IconElement>(element, 'lightning-icon')!.iconName).toBe(iconName);
        expect(text(element, '.banner-state-name')).toBe(
            `c.Cio_EngagementBanner_State${state[0]}${state.slice(1).toLowerCase()}`
        );
        expect(text(element, '.banner-state .slds-assistive-text')).toBe('c.Cio_EngagementBanner_StatePrefix');
        expect(text(element, '.banner-text')).toBe(sentence);
        expect(query(element, '.banner-reason')).toBeNull();
    });

    it('shows the reason under the sentence when asked to', () => {
        const element = mount(FIXTURES.HOT.engagement, true);

        expect(text(element, '.banner-reason')).toBe('viewed /jobs/icu-nurse-portland 12 minutes ago');
    });

    it('does not repeat the reason when it already is the sentence', () => {
        const engagement = { ...FIXTURES.HOT.engagement!, template: null };
        const element = mount(engagement, true);

        expect(text(element, '.banner-text')).toBe('viewed /jobs/icu-nurse-portland 12 minutes ago');
        expect(query(element, '.banner-reason')).toBeNull();
    });

    it('is safe with no engagement at all', () => {
        const element = mount(null, true);

        expect(query(element, '[data-state]')!.dataset.state).toBe('NONE');
        expect(text(element, '.banner-text')).toBe('c.Cio_EngagementBanner_NoEngagement');
        expect(query(element, '.banner-reason')).toBeNull();
    });

    it('is safe with partial data: unknown state, no values, unknown placeholders left visible', () => {
        const element = mount({
            state: 'LUKEWARM',
            template: 'Ping {firstName} about {jobTitle}'
        } as unknown as Engagement);

        expect(query(element, '[data-state]')!.dataset.state).toBe('NONE');
        expect(text(element, '.banner-text')).toBe('Ping about {jobTitle}');
    });

    it('renders markup in the template, values and reason as text', () => {
        const element = mount(XSS.engagement, true);

        expect(text(element, '.banner-text')).toBe(
            '<a href="javascript:alert(10)"><img src=x onerror=alert("value")></a> is on javascript:alert(12) {unknownThing}'
        );
        expect(text(element, '.banner-reason')).toBe('<script>alert("reason")</script> viewed javascript:alert(11)');
        expect(element.shadowRoot!.querySelectorAll('a, img, script, b')).toHaveLength(0);
    });

    it('updates when the engagement changes', async () => {
        const element = mount(FIXTURES.HOT.engagement);
        element.engagement = FIXTURES.QUIET.engagement ?? null;
        await Promise.resolve();

        expect(query(element, '[data-state]')!.dataset.state).toBe('QUIET');
    });

    it.each(Object.keys(FIXTURES))('is accessible in state %s', async (state) => {
        const element = mount(FIXTURES[state].engagement, true);

        await expect(element).toBeAccessible();
    });
});
