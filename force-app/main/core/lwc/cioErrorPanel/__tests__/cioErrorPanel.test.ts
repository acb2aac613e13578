import { createElement } from 'lwc';
import CioErrorPanel from 'c/cioErrorPanel';

type PanelElement = HTMLElement & { errors?: unknown; friendlyMessage?: string };

function mount(props: { errors?: unknown; friendlyMessage?: string }): PanelElement {
    const element = createElement('c-cio-error-panel', { is: CioErrorPanel }) as PanelElement;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

function query<T extends Element>(element: HTMLElement, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector);
}

async function flush(): Promise<void> {
    await Promise.resolve();
}

describe('c-cio-error-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the default friendly message as an alert', () => {
        const element = mount({ errors: { body: { message: 'Boom' } } });

        const alert = query<HTMLElement>(element, '[role="alert"]');
        expect(alert).not.toBeNull();
        expect(query<HTMLElement>(element, '.friendly-message')!.textContent).toBe('c.Cio_ErrorPanel_DefaultMessage');
    });

    it('uses the friendly message it is given', () => {
        const element = mount({ errors: 'x', friendlyMessage: 'Could not load settings.' });

        expect(query<HTMLElement>(element, '.friendly-message')!.textContent).toBe('Could not load settings.');
    });

    it('hides the details until asked, then shows every reduced message', async () => {
        const element = mount({ errors: [{ body: { message: 'First' } }, new Error('Second')] });
        const toggle = query<HTMLButtonElement>(element, 'button.toggle-details')!;

        expect(query(element, '.details')).toBeNull();
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        expect(toggle.textContent!.trim()).toBe('c.Cio_ErrorPanel_ShowDetails');

        toggle.click();
        await flush();

        const items = Array.from(element.shadowRoot!.querySelectorAll('.details li')).map((li) => li.textContent);
        expect(items).toEqual(['First', 'Second']);
        expect(toggle.getAttribute('aria-expanded')).toBe('true');
        expect(toggle.textContent!.trim()).toBe('c.Cio_ErrorPanel_HideDetails');

        toggle.click();
        await flush();
        expect(query(element, '.details')).toBeNull();
    });

    it('offers no details toggle when there is no error object', () => {
        const element = mount({ friendlyMessage: 'Nothing to show.' });

        expect(query(element, 'button.toggle-details')).toBeNull();
    });

    it('says "unknown error" when the error has no readable message', async () => {
        const element = mount({ errors: { status: 500 } });
        query<HTMLButtonElement>(element, 'button.toggle-details')!.click();
        await flush();

        expect(query<HTMLElement>(element, '.details li')!.textContent).toBe('c.Cio_ErrorPanel_UnknownError');
    });

    it('renders markup in messages as text, never as HTML', async () => {
        const element = mount({ errors: { body: { message: '<img src=x onerror="window.hacked=1">' } } });
        query<HTMLButtonElement>(element, 'button.toggle-details')!.click();
        await flush();

        expect(element.shadowRoot!.querySelector('img')).toBeNull();
        expect(query<HTMLElement>(element, '.details li')!.textContent).toBe('<img src=x onerror="window.hacked=1">');
    });

    it('is accessible with details expanded', async () => {
        const element = mount({ errors: new Error('Broken') });
        query<HTMLButtonElement>(element, 'button.toggle-details')!.click();
        await flush();

        await expect(element).toBeAccessible();
    });
});
