import { LABELS } from './labels';
import { formatDateTime, formatLabel, isoDateTime, relativeTime } from './format';
import { linkableUrl, shortUrl } from './urls';
import { ariaSort, sortEmails, type SortColumn, type SortState } from './sorting';
import type { EmailEvent, Kpis, PageView, Panel, PanelStatus } from './activityTypes';

/**
 * Turns the payload into what the template shows: plain strings, flags and CSS classes, so the HTML stays free of
 * logic. Pure functions of their arguments (the clock is passed in); every string is bound as text, never as
 * HTML, and only http(s) URLs get an `href`.
 */

/** A time as the panel shows it: relative words, the exact time beside them, and the `<time datetime>` value. */
export interface TimeText {
    relative: string;
    absolute: string;
    datetime: string;
}

/** A URL as text, with the link target when (and only when) it is an http(s) URL. */
export interface UrlText {
    text: string;
    href: string | null;
    /** The link's accessible name: its text, then that it opens in a new tab. */
    linkLabel: string;
}

export interface KpiCard {
    key: string;
    label: string;
    /** The big value: relative time, count, or "Never". */
    value: string;
    /** The line below it: exact time, or an explanation. */
    detail: string | null;
    datetime: string | null;
    /** Last Page View only: the page. */
    url: UrlText | null;
}

export interface KeyPageItem {
    key: string;
    /** The page title, or its URL when it has none. */
    text: string;
    href: string | null;
    linkLabel: string;
    /** The short URL under the title (null when the title already is the URL). */
    url: string | null;
    time: TimeText | null;
}

export interface EmailRow {
    id: string;
    typeLabel: string;
    typeClass: string;
    subject: string;
    subjectClass: string;
    campaign: string;
    campaignClass: string;
    time: TimeText | null;
}

export interface SortHeader {
    column: SortColumn;
    label: string;
    ariaSort: string;
    /** Screen-reader text for the sorted column ("Sorted ascending"); empty for the others. */
    sortedText: string;
    iconName: string;
    iconClass: string;
}

/** A designed state other than OK and ERROR: an icon, a title, what to do, and Customer.io's own words. */
export interface Notice {
    status: PanelStatus;
    iconName: string;
    variant: 'info' | 'warning';
    iconText: string;
    title: string;
    body: string | null;
    /** Panel.message, when it adds something to the body. */
    detail: string | null;
    className: string;
}

const TYPE_LABELS: Readonly<Record<string, string>> = Object.freeze({
    sent: LABELS.typeSent,
    delivered: LABELS.typeDelivered,
    opened: LABELS.typeOpened,
    clicked: LABELS.typeClicked,
    bounced: LABELS.typeBounced,
    failed: LABELS.typeFailed,
    unsubscribed: LABELS.typeUnsubscribed
});

const COLUMNS: readonly { column: SortColumn; label: string }[] = Object.freeze([
    { column: 'time', label: LABELS.columnTime },
    { column: 'type', label: LABELS.columnType },
    { column: 'subject', label: LABELS.columnSubject },
    { column: 'campaign', label: LABELS.columnCampaign }
]);

/** Statuses a refresh can hit for a moment: the last good data stays on screen below the notice. */
const TRANSIENT: ReadonlySet<PanelStatus> = new Set<PanelStatus>(['RATE_LIMITED', 'TIMEOUT', 'ERROR']);

export function isTransient(status: PanelStatus): boolean {
    return TRANSIENT.has(status);
}

function blank(value: string | null | undefined): boolean {
    return typeof value !== 'string' || value.trim() === '';
}

/** A time as the panel shows it; null when unknown. */
export function timeText(at: number | null | undefined, now: number): TimeText | null {
    const relative = relativeTime(at, now);
    return relative === null ? null : { relative, absolute: formatDateTime(at) ?? '', datetime: isoDateTime(at) ?? '' };
}

/** The accessible name of a link that opens in a new tab; it starts with the visible text (WCAG 2.5.3). */
function newTabLabel(text: string): string {
    return `${text} ${LABELS.opensInNewTab}`;
}

/** A URL as text, linked only when it is an http(s) URL. */
export function urlText(raw: string | null | undefined): UrlText | null {
    if (blank(raw)) {
        return null;
    }
    const text = shortUrl(raw);
    return { text, href: linkableUrl(raw), linkLabel: newTabLabel(text) };
}

function timeCard(key: string, label: string, at: number | null | undefined, now: number): KpiCard {
    const time = timeText(at, now);
    return {
        key,
        label,
        value: time?.relative ?? LABELS.never,
        detail: time?.absolute ?? null,
        datetime: time?.datetime ?? null,
        url: null
    };
}

/** The five KPI cards, in the order of DESIGN §4. Missing values read "Never" / "No page views yet". */
export function kpiCards(kpis: Kpis | null | undefined, now: number): KpiCard[] {
    const pageTime = timeText(kpis?.lastPageAt, now);
    const keyPagesToday = kpis?.keyPagesToday;
    return [
        timeCard('lastSent', LABELS.kpiLastSent, kpis?.lastSentAt, now),
        timeCard('lastOpened', LABELS.kpiLastOpened, kpis?.lastOpenedAt, now),
        timeCard('lastClicked', LABELS.kpiLastClicked, kpis?.lastClickedAt, now),
        {
            key: 'keyPagesToday',
            label: LABELS.kpiKeyPagesToday,
            value: String(typeof keyPagesToday === 'number' && Number.isFinite(keyPagesToday) ? keyPagesToday : 0),
            detail: LABELS.kpiKeyPagesTodayDetail,
            datetime: null,
            url: null
        },
        {
            key: 'lastPageView',
            label: LABELS.kpiLastPageView,
            value: pageTime?.relative ?? LABELS.noPageViews,
            detail: pageTime?.absolute ?? null,
            datetime: pageTime?.datetime ?? null,
            url: urlText(kpis?.lastPageUrl)
        }
    ];
}

/** Recently viewed key pages, newest first whatever order they came in; pages without a time go last. */
export function keyPageItems(pages: readonly PageView[] | null | undefined, now: number): KeyPageItem[] {
    return (pages ?? [])
        .map((page, index) => ({ page, index }))
        .sort((a, b) => (b.page.at ?? -Infinity) - (a.page.at ?? -Infinity) || a.index - b.index)
        .map(({ page, index }) => {
            const url = urlText(page.url);
            const hasTitle = !blank(page.title);
            const text = hasTitle ? page.title!.trim() : (url?.text ?? '');
            return {
                key: `${index}`,
                text,
                href: url?.href ?? null,
                linkLabel: newTabLabel(text),
                url: hasTitle ? (url?.text ?? null) : null,
                time: timeText(page.at, now)
            };
        });
}

/** The email activity table's rows in the order of the sort. */
export function emailRows(emails: readonly EmailEvent[] | null | undefined, sort: SortState, now: number): EmailRow[] {
    return sortEmails(emails ?? [], sort).map((event) => {
        const known = Object.prototype.hasOwnProperty.call(TYPE_LABELS, event.type);
        const noSubject = blank(event.subject);
        const noCampaign = blank(event.campaign);
        return {
            id: event.id,
            typeLabel: known ? TYPE_LABELS[event.type] : String(event.type ?? ''),
            typeClass: `slds-badge email-type email-type_${known ? event.type : 'other'}`,
            subject: noSubject ? LABELS.noSubject : event.subject!,
            subjectClass: noSubject ? 'subject slds-text-color_weak' : 'subject',
            campaign: noCampaign ? LABELS.noCampaign : event.campaign!,
            campaignClass: noCampaign ? 'campaign slds-text-color_weak' : 'campaign',
            time: timeText(event.at, now)
        };
    });
}

/** The table's column headings with their sort state. */
export function sortHeaders(sort: SortState): SortHeader[] {
    return COLUMNS.map(({ column, label }) => {
        const state = ariaSort(sort, column);
        const sorted = state !== 'none';
        return {
            column,
            label,
            ariaSort: state,
            sortedText: sorted ? (state === 'ascending' ? LABELS.sortedAscending : LABELS.sortedDescending) : '',
            iconName: state === 'ascending' ? 'utility:arrowup' : 'utility:arrowdown',
            iconClass: sorted ? 'slds-m-left_xx-small sort-icon' : 'slds-m-left_xx-small sort-icon sort-icon_hidden'
        };
    });
}

function notice(
    panel: Panel,
    variant: Notice['variant'],
    iconName: string,
    title: string,
    body: string | null
): Notice {
    const message = blank(panel.message) ? null : panel.message!.trim();
    return {
        status: panel.status,
        iconName,
        variant,
        iconText: variant === 'info' ? LABELS.info : LABELS.warning,
        title,
        body,
        detail: message === body ? null : message,
        className: `slds-box slds-m-vertical_small status-notice status-notice_${panel.status.toLowerCase()}`
    };
}

/**
 * The designed state for a status that is neither OK nor ERROR (ERROR goes to the shared error panel).
 * @returns null for OK, ERROR and anything unknown
 */
export function statusNotice(panel: Panel): Notice | null {
    switch (panel.status) {
        case 'NO_EMAIL':
            return notice(panel, 'info', 'utility:email', LABELS.noEmailTitle, LABELS.noEmailBody);
        case 'NOT_FOUND': {
            const email = panel.contact?.email ?? panel.person?.email ?? '';
            return notice(
                panel,
                'info',
                'utility:search',
                LABELS.notFoundTitle,
                formatLabel(LABELS.notFoundBody, email)
            );
        }
        case 'NOT_CONFIGURED':
            return notice(panel, 'warning', 'utility:settings', LABELS.notConfiguredTitle, LABELS.notConfiguredBody);
        case 'UNAUTHORIZED':
            return notice(panel, 'warning', 'utility:lock', LABELS.unauthorizedTitle, LABELS.unauthorizedBody);
        case 'RATE_LIMITED':
            return notice(panel, 'warning', 'utility:clock', LABELS.rateLimitedTitle, null);
        case 'TIMEOUT':
            return notice(panel, 'warning', 'utility:clock', LABELS.timeoutTitle, LABELS.timeoutBody);
        default:
            return null;
    }
}

/** "Updated 2 minutes ago", with a note when the data came from the short-lived cache. */
export function fetchedText(panel: Panel | null | undefined, now: number): string | null {
    const when = relativeTime(panel?.fetchedAt, now);
    if (when === null) {
        return null;
    }
    return formatLabel(panel?.fromCache ? LABELS.updatedFromCache : LABELS.updated, when);
}

/** Which Customer.io person the data is about: "Matched in Customer.io by maria@… · Customer.io ID a3000001". */
export function personText(panel: Panel | null | undefined): string | null {
    const person = panel?.person;
    if (!person) {
        return null;
    }
    const parts: string[] = [];
    if (!blank(person.email)) {
        parts.push(formatLabel(LABELS.personMatched, person.email!));
    }
    const id = blank(person.cioId) ? person.id : person.cioId;
    if (!blank(id)) {
        parts.push(formatLabel(LABELS.personId, id!));
    }
    return parts.length > 0 ? parts.join(' · ') : null;
}
