import { createElement } from 'lwc';
import CioEngagementBanner from 'c/cioEngagementBanner';
import getBanner from '@salesforce/apex/CioContactActivityController.getBanner';
import type { Engagement, Panel } from '../../cioContactActivity/activityTypes';

jest.mock('@salesforce/apex/CioContactActivityController.getBanner', () => ({ default: jest.fn() }), {
    virtual: true
});

const mockGetBanner = getBanner as unknown as jest.Mock;

const CONTACT_ID = '0035g00000MLopzAAB';

function fixture(name: string): Panel {
    return JSON.parse(
        JSON.stringify(jest.requireActual(`../../cioContactActivity/__tests__/data/panel.${name}.json`))
    ) as Panel;
}

type BannerElement = HTMLElement & { recordId?: string };
type ViewElement = HTMLElement & { engagement: Engagement | null; showReason: boolean };
type ErrorPanelElement = HTMLElement & { errors: unknown; friendlyMessage: string };
type IconElement = HTMLElement & { iconName: string; variant: string; alternativeText: string };

function flush(): Promise<void> {
    return Array.from({ length: 5 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve());
}

/** Mounts the banner on a record page (or, with recordId null, outside one). */
async function mount(panel: Panel | null, recordId: string | null = CONTACT_ID): Promise<BannerElement> {
    if (panel) {
        mockGetBanner.mockResolvedValue(panel);
    }
    const element = createElement('c-cio-engagement-banner', { is: CioEngagementBanner }) as BannerElement;
    element.recordId = recordId ?? undefined;
    document.body.appendChild(element);
    await flush();
    return element;
}

function query<T extends Element = HTMLElement>(element: HTMLElement, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector);
}

function text(element: HTMLElement, selector: string): string | null {
    return query(element, selector)?.textContent ?? null;
}

describe('c-cio-engagement-banner', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows a small spinner while the banner loads', async () => {
        mockGetBanner.mockReturnValue(new Promise(() => undefined));
        const element = await mount(null);

        const spinner = query<HTMLElement & { alternativeText: string }>(element, 'lightning-spinner');
        expect(spinner!.alternativeText).toBe('c.Cio_EngagementBanner_Loading');
        expect(mockGetBanner).toHaveBeenCalledWith({ contactId: CONTACT_ID });
    });

    it.each(['hot', 'warmJob', 'engaged', 'warmEmail', 'quiet', 'none'])(
        'passes the %s engagement to the shared banner view, with its reason',
        async (name) => {
            const panel = fixture(name);
            const element = await mount(panel);

            const view = query<ViewElement>(element, 'c-cio-engagement-banner-view')!;
            expect(view.engagement).toEqual(panel.engagement);
            expect(view.showReason).toBe(true);
            expect(query(element, 'c-cio-error-panel')).toBeNull();
        }
    );

    it.each([
        ['noEmail', 'c.Cio_ContactActivity_NoEmailTitle', 'utility:info', null],
        ['notFound', 'c.Cio_ContactActivity_NotFoundTitle', 'utility:info', null],
        [
            'notConfigured',
            'c.Cio_ContactActivity_NotConfiguredTitle',
            'utility:warning',
            'c.Cio_ContactActivity_NotConfiguredBody'
        ],
        ['unauthorized', 'c.Cio_ContactActivity_UnauthorizedTitle', 'utility:warning', null],
        ['rateLimited', 'c.Cio_ContactActivity_RateLimitedTitle', 'utility:warning', null],
        ['timeout', 'c.Cio_ContactActivity_TimeoutTitle', 'utility:warning', null]
    ])('shows %s as one compact line', async (name, title, iconName, help) => {
        const panel = fixture(name);
        const element = await mount(panel);

        expect(query(element, '.banner-notice')!.dataset.status).toBe(panel.status);
        expect(text(element, '.notice-text')).toBe(title);
        expect(text(element, '.notice-help')).toBe(help);
        expect(query<IconElement>(element, '.banner-notice lightning-icon')!.iconName).toBe(iconName);
        expect(query(element, 'c-cio-engagement-banner-view')).toBeNull();
    });

    it("shows status ERROR in the shared error panel with Customer.io's words as the details", async () => {
        const element = await mount(fixture('error'));

        const panel = query<ErrorPanelElement>(element, 'c-cio-error-panel.status-error')!;
        expect(panel.friendlyMessage).toBe('c.Cio_EngagementBanner_ErrorMessage');
        expect(panel.errors).toEqual(['Customer.io answered 503 Service Unavailable (reference 7f3c2a).']);
    });

    it('shows a status it does not know as an error without details', async () => {
        const element = await mount({ status: 'MAINTENANCE' } as unknown as Panel);

        expect(query<ErrorPanelElement>(element, 'c-cio-error-panel.status-error')!.errors).toBeNull();
    });

    it('shows a failed call in the shared error panel', async () => {
        const error = { body: { message: 'You do not have access to this Contact.' } };
        mockGetBanner.mockRejectedValue(error);
        const element = await mount(null);

        const panel = query<ErrorPanelElement>(element, 'c-cio-error-panel.load-error')!;
        expect(panel.errors).toEqual(error);
        expect(query(element, 'lightning-spinner')).toBeNull();
    });

    it('says where it belongs, without calling Apex, outside a record page', async () => {
        const element = await mount(null, null);

        expect(text(element, '.no-record')).toBe('c.Cio_ContactActivity_NoRecord');
        expect(mockGetBanner).not.toHaveBeenCalled();
    });

    it('renders hostile data as text', async () => {
        const element = await mount(fixture('xss'));
        const view = query<HTMLElement>(element, 'c-cio-engagement-banner-view')!;

        expect(view.shadowRoot!.querySelector('.banner-text')!.textContent).toContain(
            '<a href="javascript:alert(10)">'
        );
        expect(view.shadowRoot!.querySelectorAll('a, img, script')).toHaveLength(0);
    });

    it.each(['hot', 'none', 'notConfigured', 'rateLimited', 'error'])('is accessible with %s', async (name) => {
        const element = await mount(fixture(name));

        await expect(element).toBeAccessible();
    });

    it('is accessible while loading', async () => {
        mockGetBanner.mockReturnValue(new Promise(() => undefined));
        const element = await mount(null);

        await expect(element).toBeAccessible();
    });
});
