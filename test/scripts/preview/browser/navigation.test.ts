import {
    CurrentPageReference,
    NavigationMixin,
    describeTarget,
    navigate,
    setCurrentPageReference,
    webPageUrl,
    type PageReference
} from '../../../../scripts/preview/browser/navigation';
import { SHOW_TOAST_EVENT } from '../../../../scripts/preview/browser/toast';

jest.mock('lightning/toast', () => ({ __esModule: true, default: class Toast {} }), { virtual: true });

const record: PageReference = {
    type: 'standard__recordPage',
    attributes: { recordId: '003000000000001AAA', objectApiName: 'Contact', actionName: 'view' }
};

describe('describeTarget', () => {
    it.each([
        [record, 'the Contact record 003000000000001AAA'],
        [{ type: 'standard__recordPage', attributes: {} }, 'the record record'],
        [{ type: 'standard__objectPage', attributes: { objectApiName: 'Contact' } }, 'the Contact list page'],
        [
            { type: 'standard__objectPage', attributes: { objectApiName: 'Lead', actionName: 'new' } },
            'the Lead new page'
        ],
        [{ type: 'standard__navItemPage', attributes: { apiName: 'CIO_Settings' } }, 'the CIO_Settings tab'],
        [{ type: 'standard__webPage', attributes: { url: 'https://customer.io' } }, 'https://customer.io'],
        [{ type: 'comm__namedPage' }, 'a comm__namedPage page']
    ])('%j → %s', (reference, words) => {
        expect(describeTarget(reference as PageReference)).toBe(words);
    });
});

describe('webPageUrl', () => {
    it('opens only http(s) web pages', () => {
        expect(webPageUrl({ type: 'standard__webPage', attributes: { url: 'https://customer.io/x' } })).toBe(
            'https://customer.io/x'
        );
        expect(webPageUrl({ type: 'standard__webPage', attributes: { url: 'javascript:alert(1)' } })).toBeNull();
        expect(webPageUrl({ type: 'standard__webPage' })).toBeNull();
        expect(webPageUrl(record)).toBeNull();
    });
});

describe('navigate', () => {
    afterEach(() => {
        delete (globalThis as { window?: unknown }).window;
    });

    it('opens a web page in a new tab', () => {
        const open = jest.fn();
        (globalThis as { window?: unknown }).window = { open };

        navigate(new EventTarget(), { type: 'standard__webPage', attributes: { url: 'https://customer.io' } });

        expect(open).toHaveBeenCalledWith('https://customer.io', '_blank', 'noopener');
    });

    it('says in a toast where Salesforce would go, from the element that navigated', () => {
        const source = new EventTarget();
        const toasts: CustomEvent[] = [];
        source.addEventListener(SHOW_TOAST_EVENT, (event) => toasts.push(event as CustomEvent));

        navigate(source, record);

        expect(toasts[0].detail).toMatchObject({
            label: 'Navigation',
            message:
                'In Salesforce this opens the Contact record 003000000000001AAA. The local preview has no records to open.'
        });
    });
});

describe('NavigationMixin', () => {
    it('gives a component Navigate and GenerateUrl', async () => {
        const Navigating = NavigationMixin(EventTarget);
        const element = new Navigating();
        const toasts: Event[] = [];
        element.addEventListener(SHOW_TOAST_EVENT, (event) => toasts.push(event));

        element[NavigationMixin.Navigate](record);

        expect(toasts).toHaveLength(1);
        await expect(
            element[NavigationMixin.GenerateUrl]({ type: 'standard__webPage', attributes: { url: 'http://a.b' } })
        ).resolves.toBe('http://a.b');
        await expect(element[NavigationMixin.GenerateUrl](record)).resolves.toBe('#');
    });
});

describe('CurrentPageReference', () => {
    it('provisions the page the shell shows, a copy each time, until disconnected', () => {
        const seen: PageReference[] = [];
        const adapter = new CurrentPageReference((reference) => seen.push(reference));
        setCurrentPageReference(record);

        adapter.connect();
        adapter.update();
        setCurrentPageReference({ type: 'standard__navItemPage', attributes: { apiName: 'settings' } });
        adapter.disconnect();
        setCurrentPageReference(record);

        expect(seen).toEqual([record, { type: 'standard__navItemPage', attributes: { apiName: 'settings' } }]);
        expect(seen[0]).not.toBe(record);
    });
});
