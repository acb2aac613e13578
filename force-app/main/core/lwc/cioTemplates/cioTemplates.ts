import FIRST_NAME_MEANING from '@salesforce/label/c.Cio_Templates_FirstNameMeaning';
import NAME_MEANING from '@salesforce/label/c.Cio_Templates_NameMeaning';
import PAGE_MEANING from '@salesforce/label/c.Cio_Templates_PageMeaning';
import URL_MEANING from '@salesforce/label/c.Cio_Templates_UrlMeaning';
import AGO_MEANING from '@salesforce/label/c.Cio_Templates_AgoMeaning';
import COUNT_MEANING from '@salesforce/label/c.Cio_Templates_CountMeaning';
import LAST_ACTIVITY_MEANING from '@salesforce/label/c.Cio_Templates_LastActivityMeaning';
import STATE_MEANING from '@salesforce/label/c.Cio_Templates_StateMeaning';
import OWNER_MEANING from '@salesforce/label/c.Cio_Templates_OwnerMeaning';
import HOT_MEANING from '@salesforce/label/c.Cio_Templates_HotMeaning';
import WARM_MEANING from '@salesforce/label/c.Cio_Templates_WarmMeaning';
import ENGAGED_MEANING from '@salesforce/label/c.Cio_Templates_EngagedMeaning';
import FIRST_NAME_SAMPLE from '@salesforce/label/c.Cio_Templates_FirstNameSample';
import NAME_SAMPLE from '@salesforce/label/c.Cio_Templates_NameSample';
import AGO_SAMPLE from '@salesforce/label/c.Cio_Templates_AgoSample';
import LAST_ACTIVITY_SAMPLE from '@salesforce/label/c.Cio_Templates_LastActivitySample';
import STATE_SAMPLE from '@salesforce/label/c.Cio_Templates_StateSample';
import OWNER_SAMPLE from '@salesforce/label/c.Cio_Templates_OwnerSample';

/**
 * The one banner template renderer. The Settings tab previews with it, the Contact banner and the candidate
 * widgets render with it, so an admin's wording reads the same everywhere.
 *
 * A template is plain text with `{placeholder}` tokens (DESIGN §4), for example
 * `{firstName} is looking at {page} right now ({ago}).` Rendering rules:
 *
 * - A token is `{` + anything without braces + `}`. `{}` and `{ }` name nothing and stay as written.
 * - A known placeholder (one of PLACEHOLDERS, case-sensitive) is replaced by its value. Numbers are written with
 *   `String()`, so `0` stays `0`. Values are inserted once and never scanned again: a value that itself contains
 *   `{firstName}` is shown literally.
 * - A known placeholder with no value (null, undefined, blank string, NaN) becomes empty, and the horizontal
 *   space it leaves behind is tidied: `viewed {count} key pages` → `viewed key pages`, `Hi {firstName}, welcome`
 *   → `Hi, welcome`, `last seen {ago}.` → `last seen.` Whitespace anywhere else is kept as the admin typed it.
 * - An unknown placeholder (a typo such as `{firstname}`, or a name from another tool) stays visible exactly as
 *   written, so the reader sees the mistake instead of a silently missing word, and its name is listed in
 *   `unknown` (in order of first appearance, without duplicates) for the Settings page to warn about.
 * - The result is plain text, never HTML: markup in the template or in a value is returned unchanged, and callers
 *   bind it as text (`{text}` in a template), which the platform escapes.
 */

export type PlaceholderName =
    | 'firstName'
    | 'name'
    | 'page'
    | 'url'
    | 'ago'
    | 'count'
    | 'lastActivity'
    | 'state'
    | 'owner'
    | 'hot'
    | 'warm'
    | 'engaged';

/** One placeholder an admin may use: its name (without braces), what it stands for, and a realistic example. */
export interface Placeholder {
    readonly name: PlaceholderName;
    readonly meaning: string;
    readonly sample: string;
}

/** Values by placeholder name. Missing, null and blank values render as empty. */
export type TemplateValues = Readonly<Record<string, string | number | null | undefined>>;

export interface RenderedTemplate {
    /** The rendered plain text. */
    text: string;
    /** Names (without braces) of placeholders the template uses that are not in PLACEHOLDERS. */
    unknown: string[];
}

/** Every placeholder, in the order the Settings page lists them: contact banners first, then summaries. */
export const PLACEHOLDERS: readonly Placeholder[] = Object.freeze(
    [
        { name: 'firstName', meaning: FIRST_NAME_MEANING, sample: FIRST_NAME_SAMPLE },
        { name: 'name', meaning: NAME_MEANING, sample: NAME_SAMPLE },
        { name: 'page', meaning: PAGE_MEANING, sample: '/jobs/icu-nurse' },
        { name: 'url', meaning: URL_MEANING, sample: 'https://careers.example.com/jobs/icu-nurse' },
        { name: 'ago', meaning: AGO_MEANING, sample: AGO_SAMPLE },
        { name: 'count', meaning: COUNT_MEANING, sample: '3' },
        { name: 'lastActivity', meaning: LAST_ACTIVITY_MEANING, sample: LAST_ACTIVITY_SAMPLE },
        { name: 'state', meaning: STATE_MEANING, sample: STATE_SAMPLE },
        { name: 'owner', meaning: OWNER_MEANING, sample: OWNER_SAMPLE },
        { name: 'hot', meaning: HOT_MEANING, sample: '4' },
        { name: 'warm', meaning: WARM_MEANING, sample: '7' },
        { name: 'engaged', meaning: ENGAGED_MEANING, sample: '12' }
    ].map((placeholder) => Object.freeze(placeholder as Placeholder))
);

const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS.map((placeholder) => placeholder.name));

const TOKEN = /\{([^{}]*)\}/g;
const LEADING_SPACE = /^[ \t]+/;
const TRAILING_SPACE = /[ \t]+$/;
/** After these, a dropped placeholder needs no space: the line start, a space, an opening bracket. */
const NO_SPACE_AFTER = /(^|[\s([{])$/;
/** Before these, a dropped placeholder needs no space: punctuation, a closing bracket, a line break. */
const NO_SPACE_BEFORE = /^[\s,.;:!?)\]}]/;

type Part = { text: string } | null;

/** `{name}`: how a placeholder is written in a template (for lists and warnings). */
export function formatPlaceholder(name: string): string {
    return `{${name}}`;
}

/** Whether a placeholder name is one of PLACEHOLDERS. */
export function isKnownPlaceholder(name: string): boolean {
    return KNOWN.has(name);
}

/** The samples as a values map: what the Settings page previews templates with. */
export function sampleValues(): Record<PlaceholderName, string> {
    return Object.fromEntries(PLACEHOLDERS.map((placeholder) => [placeholder.name, placeholder.sample])) as Record<
        PlaceholderName,
        string
    >;
}

function valueText(value: string | number | null | undefined): string | null {
    if (typeof value === 'number') {
        return Number.isNaN(value) ? null : String(value);
    }
    const text = value?.trim() ?? '';
    return text === '' ? null : text;
}

/** Splits the template into text parts and `null` for each known placeholder that has no value. */
function parse(template: string, values: TemplateValues, unknown: Set<string>): Part[] {
    const parts: Part[] = [];
    let last = 0;
    for (const match of template.matchAll(TOKEN)) {
        const [token, name] = match;
        parts.push({ text: template.slice(last, match.index) });
        last = match.index + token.length;
        if (isKnownPlaceholder(name)) {
            const text = valueText(values[name]);
            parts.push(text === null ? null : { text });
        } else {
            if (name.trim() !== '') {
                unknown.add(name);
            }
            parts.push({ text: token });
        }
    }
    parts.push({ text: template.slice(last) });
    return parts;
}

/** Joins the parts, dropping each empty placeholder together with the run of spaces it sat in. */
function join(parts: Part[]): string {
    let out = '';
    let dropping = false;
    let droppedSpace = false;
    for (const part of parts) {
        if (part === null) {
            const trimmed = out.replace(TRAILING_SPACE, '');
            droppedSpace ||= trimmed !== out;
            out = trimmed;
            dropping = true;
            continue;
        }
        let text = part.text;
        if (dropping) {
            const rest = text.replace(LEADING_SPACE, '');
            droppedSpace ||= rest !== text;
            if (rest === '') {
                continue; // only spaces between two empty placeholders: the run goes on
            }
            const needsSpace = droppedSpace && !NO_SPACE_AFTER.test(out) && !NO_SPACE_BEFORE.test(rest);
            text = (needsSpace ? ' ' : '') + rest;
            dropping = false;
            droppedSpace = false;
        }
        out += text;
    }
    return out;
}

/**
 * Renders a banner template as plain text.
 * @param template the admin's wording (or a default); null or undefined renders as empty
 * @param values placeholder values by name; names that are not placeholders are ignored
 * @returns the text, and the unknown placeholder names the template uses
 */
export function renderTemplate(template: string | null | undefined, values: TemplateValues): RenderedTemplate {
    if (template === null || template === undefined || template === '') {
        return { text: '', unknown: [] };
    }
    const unknown = new Set<string>();
    const text = join(parse(template, values, unknown));
    return { text, unknown: [...unknown] };
}
