/**
 * The preview bundle's entry (runs in the browser). Synthetic shadow first, as on the platform and as
 * lightning-base-components require; then the toast container, then the shell with the current page.
 */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import ToastContainer from 'lightning/toastContainer';
import { pages } from 'cio-preview:pages';
import { defaultScenario, scenarios } from 'cio-preview:scenarios';
import { setCurrentPageReference } from './navigation';
import { renderShell } from './shell';

ToastContainer.instance();

const root = document.getElementById('preview-root')!;
renderShell(root, {
    document,
    pages,
    scenarios,
    defaultScenario,
    location: window.location,
    createComponent: (tag, definition) =>
        createElement(tag, { is: definition as Parameters<typeof createElement>[1]['is'] }),
    setPageReference: setCurrentPageReference,
    assign: (url) => window.location.assign(url)
});
// Browser tests wait for this before they look at the page.
root.dataset.ready = 'true';
