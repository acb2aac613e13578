/**
 * URLs from Customer.io (page views) are untrusted: a tracked page can report any string as its URL. Only an
 * absolute http(s) URL becomes a link; anything else (`javascript:`, `data:`, `vbscript:`, relative paths,
 * garbage) is shown as text and never reaches an `href`.
 */

const LINKABLE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The URL to put in an `href`, or null when the value must not become a link.
 *
 * The decision is made on the URL as a browser parses it (WHATWG URL), not on the raw text: the parser drops the
 * tabs, new lines and leading control characters that smuggle `java\tscript:` past text checks, and lower-cases
 * the scheme. The returned value is the parser's own serialisation, so what is checked is what is linked.
 * @param raw the URL as Customer.io reported it
 */
export function linkableUrl(raw: string | null | undefined): string | null {
    if (typeof raw !== 'string' || raw.trim() === '') {
        return null;
    }
    let url: URL;
    try {
        url = new URL(raw);
    } catch {
        return null; // relative or malformed: not a link
    }
    return LINKABLE_PROTOCOLS.has(url.protocol) && url.hostname !== '' ? url.href : null;
}

/**
 * The short form of a URL for narrow places (cards, list items): host and path without the scheme, query or
 * fragment, e.g. `careers.example.com/jobs/icu-nurse`. Anything that is not an http(s) URL is returned as it came.
 */
export function shortUrl(raw: string | null | undefined): string {
    if (typeof raw !== 'string') {
        return '';
    }
    const href = linkableUrl(raw);
    if (href === null) {
        return raw;
    }
    const url = new URL(href);
    const path = url.pathname === '/' ? '' : url.pathname;
    return `${url.host}${path}`;
}
