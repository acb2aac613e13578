/**
 * Preview runtime (runs in the browser): the page around the components. A header saying this is a local preview
 * with fixture data, a scenario switcher, navigation between the pages, and the current page's components in a
 * Lightning-like grid, or a placeholder for a page whose components are not on this branch. Built with DOM calls
 * and `textContent` only; styled with SLDS classes.
 */
import type { PreviewPage } from 'cio-preview:pages';
import type { PreviewScenario } from 'cio-preview:scenarios';
import type { PageReference } from './navigation';
import { SCENARIO_PARAM } from './address';

export interface ShellOptions {
    document: Document;
    pages: PreviewPage[];
    scenarios: PreviewScenario[];
    defaultScenario: string;
    /** The page's address (pathname + search). */
    location: { pathname: string; search: string };
    /** Creates a component's element (LWC's createElement in the browser). */
    createComponent: (tag: string, definition: unknown) => HTMLElement;
    /** Tells the navigation shim which page is showing, before its components connect. */
    setPageReference: (reference: PageReference) => void;
    /** Opens another address (a scenario change reloads the page, so every component starts fresh). */
    assign: (url: string) => void;
}

/** What the shell rendered, for the caller and the tests. */
export interface ShellState {
    page: PreviewPage | undefined;
    scenario: PreviewScenario;
    /** Set when the query string named a scenario that does not exist. */
    unknownScenario: string | null;
}

/** `/triggers?scenario=x` for a page and a scenario (the default scenario is left out of the address). */
export function pageUrl(pageId: string, scenario: string, defaultScenario: string): string {
    return scenario === defaultScenario ? `/${pageId}` : `/${pageId}?${SCENARIO_PARAM}=${encodeURIComponent(scenario)}`;
}

/** The page and scenario an address asks for. */
export function route(options: Pick<ShellOptions, 'pages' | 'scenarios' | 'defaultScenario' | 'location'>): ShellState {
    const id = options.location.pathname.replace(/^\/+|\/+$/g, '');
    const page = options.pages.find((candidate) => candidate.id === id);
    const requested = new URLSearchParams(options.location.search).get(SCENARIO_PARAM) || options.defaultScenario;
    const found = options.scenarios.find((candidate) => candidate.id === requested);
    const fallback = options.scenarios.find((candidate) => candidate.id === options.defaultScenario)!;
    return { page, scenario: found ?? fallback, unknownScenario: found ? null : requested };
}

type Children = (Node | string | null)[];

function element<K extends keyof HTMLElementTagNameMap>(
    document: Document,
    tag: K,
    attributes: Record<string, string> = {},
    children: Children = []
): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    for (const child of children) {
        if (child !== null) node.append(child);
    }
    return node;
}

function header(options: ShellOptions, state: ShellState): HTMLElement {
    const { document } = options;
    const select = element(document, 'select', { class: 'slds-select', id: 'preview-scenario' });
    for (const scenario of options.scenarios) {
        const option = element(document, 'option', { value: scenario.id }, [scenario.label]);
        option.selected = scenario.id === state.scenario.id;
        select.append(option);
    }
    select.addEventListener('change', () => {
        options.assign(pageUrl(state.page?.id ?? options.pages[0].id, select.value, options.defaultScenario));
    });
    return element(document, 'header', { class: 'preview-header slds-grid slds-grid_vertical-align-center' }, [
        element(document, 'div', { class: 'slds-col' }, [
            element(document, 'p', { class: 'slds-text-heading_medium preview-brand' }, ['CIO Pipelines']),
            element(document, 'p', { class: 'slds-text-body_small' }, [
                'Local preview: the package’s real components with fixture data. No org, nothing is saved or sent.'
            ])
        ]),
        element(document, 'div', { class: 'slds-form-element preview-scenario' }, [
            element(document, 'label', { class: 'slds-form-element__label', for: 'preview-scenario' }, ['Scenario']),
            element(document, 'div', { class: 'slds-form-element__control' }, [
                element(document, 'div', { class: 'slds-select_container' }, [select])
            ])
        ])
    ]);
}

function navigation(options: ShellOptions, state: ShellState): HTMLElement {
    const { document } = options;
    const items = options.pages.map((page) => {
        const active = page.id === state.page?.id;
        const link = element(
            document,
            'a',
            {
                class: 'slds-context-bar__label-action',
                href: pageUrl(page.id, state.scenario.id, options.defaultScenario),
                'data-page': page.id
            },
            [element(document, 'span', { class: 'slds-truncate' }, [page.title])]
        );
        if (active) link.setAttribute('aria-current', 'page');
        return element(document, 'li', { class: `slds-context-bar__item${active ? ' slds-is-active' : ''}` }, [link]);
    });
    return element(document, 'nav', { class: 'slds-context-bar preview-nav', 'aria-label': 'Preview pages' }, [
        element(document, 'div', { class: 'slds-context-bar__secondary' }, [
            element(document, 'ul', { class: 'slds-grid' }, items)
        ])
    ]);
}

/** Why a page shows no components, in words for whoever opens it. */
export function placeholderText(page: PreviewPage): string {
    if (page.expected.length === 0) {
        return `The ${page.title} components are not registered in the preview yet. When they are merged, list them under this page in scripts/preview/registry.ts.`;
    }
    const missing = page.missing.length === 1 ? `${page.missing[0]} is` : `${page.missing.join(' and ')} are`;
    return `This page shows ${page.expected.join(' and ')}; ${missing} not on this branch yet. The page lights up when they are merged (their Apex methods need routes in scripts/preview/registry.ts).`;
}

function placeholder(document: Document, page: PreviewPage): HTMLElement {
    return element(document, 'section', { class: 'slds-box slds-theme_shade preview-placeholder' }, [
        element(document, 'h2', { class: 'slds-text-heading_small slds-m-bottom_x-small' }, [
            `${page.title} is not built on this branch`
        ]),
        element(document, 'p', {}, [placeholderText(page)])
    ]);
}

function notFound(options: ShellOptions, state: ShellState): HTMLElement {
    const { document } = options;
    const links = options.pages.map((page) =>
        element(document, 'li', {}, [
            element(document, 'a', { href: pageUrl(page.id, state.scenario.id, options.defaultScenario) }, [page.title])
        ])
    );
    return element(document, 'section', { class: 'slds-box preview-not-found' }, [
        element(document, 'h2', { class: 'slds-text-heading_small' }, [`No page ${options.location.pathname}`]),
        element(document, 'ul', { class: 'slds-list_dotted' }, links)
    ]);
}

function pageHeader(document: Document, title: string, where: string, scenario: PreviewScenario): HTMLElement {
    return element(document, 'div', { class: 'slds-page-header slds-m-bottom_medium' }, [
        element(document, 'h1', { class: 'slds-page-header__title slds-truncate' }, [title]),
        element(document, 'p', { class: 'slds-page-header__meta-text preview-where' }, [where]),
        element(document, 'p', { class: 'slds-page-header__meta-text preview-scenario-description' }, [
            `Scenario: ${scenario.label}. ${scenario.description}`
        ])
    ]);
}

function components(options: ShellOptions, page: PreviewPage): HTMLElement {
    const grid = element(options.document, 'div', { class: 'slds-grid slds-wrap slds-gutters_small' });
    for (const entry of page.components) {
        const component = options.createComponent(entry.tag, entry.definition);
        Object.assign(component, entry.props);
        const columns = Math.min(Math.max(Math.round(entry.columns), 1), 12);
        grid.append(
            element(options.document, 'div', { class: `slds-col slds-size_${columns}-of-12 slds-m-bottom_medium` }, [
                component
            ])
        );
    }
    return grid;
}

/** The page reference a Lightning page of this kind has: a record page when its components get a recordId. */
export function pageReferenceOf(page: PreviewPage): PageReference {
    const recordProps = page.components.map((entry) => entry.props).find((props) => 'recordId' in props);
    return recordProps
        ? {
              type: 'standard__recordPage',
              attributes: {
                  recordId: recordProps.recordId,
                  objectApiName: recordProps.objectApiName,
                  actionName: 'view'
              },
              state: {}
          }
        : { type: 'standard__navItemPage', attributes: { apiName: page.id }, state: {} };
}

/** Renders the whole preview into `root` and mounts the page's components. */
export function renderShell(root: HTMLElement, options: ShellOptions): ShellState {
    const state = route(options);
    const { document } = options;
    const main = element(document, 'main', { class: 'preview-main slds-p-around_medium', id: 'preview-main' });
    if (state.unknownScenario) {
        main.append(
            element(document, 'div', { class: 'slds-notify slds-notify_alert slds-theme_warning', role: 'alert' }, [
                `There is no scenario “${state.unknownScenario}”; showing “${state.scenario.label}”.`
            ])
        );
    }
    root.replaceChildren(header(options, state), navigation(options, state), main);
    const { page } = state;
    if (!page) {
        document.title = 'Not found · CIO Pipelines preview';
        main.append(
            pageHeader(document, 'Page not found', 'Pick a page above.', state.scenario),
            notFound(options, state)
        );
        return state;
    }
    document.title = `${page.title} · CIO Pipelines preview`;
    main.append(pageHeader(document, page.title, page.where, state.scenario));
    if (page.components.length === 0) {
        main.append(placeholder(document, page));
    } else {
        options.setPageReference(pageReferenceOf(page));
        main.append(components(options, page));
    }
    return state;
}
