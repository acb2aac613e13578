import { PLACEHOLDERS, formatPlaceholder, isKnownPlaceholder, renderTemplate, sampleValues } from 'c/cioTemplates';

const HOT_JOB = '{firstName} is looking at {page} right now ({ago}). Reach out while the interest is hot.';

/** The built-in wording of every banner template (CioBannerTemplates.DEFAULTS). */
const DEFAULTS = [
    HOT_JOB,
    '{firstName} viewed {count} key pages today, most recently {page} {ago}.',
    '{firstName} has been browsing openings this week; last key page {page} {ago}.',
    '{firstName} engaged with an email {ago}.',
    'No recent engagement from {firstName}; last activity {lastActivity}.',
    'No Customer.io activity for {firstName} yet.',
    '{hot} of your candidates are job-shopping right now; {warm} warm and {engaged} engaged this week.',
    'Your team has {hot} hot, {warm} warm and {engaged} engaged candidates.',
    '{count} unassigned candidates are active: {hot} hot, {warm} warm, {engaged} engaged.'
];

describe('PLACEHOLDERS', () => {
    it('lists every placeholder the banners use, once, in a stable order', () => {
        expect(PLACEHOLDERS.map((placeholder) => placeholder.name)).toEqual([
            'firstName',
            'name',
            'page',
            'url',
            'ago',
            'count',
            'lastActivity',
            'state',
            'owner',
            'hot',
            'warm',
            'engaged'
        ]);
    });

    it('gives each placeholder a translatable meaning and a sample', () => {
        for (const placeholder of PLACEHOLDERS) {
            expect(placeholder.meaning).toMatch(/^c\.Cio_Templates_\w+Meaning$/);
            expect(placeholder.sample).not.toBe('');
        }
        expect(PLACEHOLDERS.find((p) => p.name === 'firstName')!.meaning).toBe('c.Cio_Templates_FirstNameMeaning');
    });

    it('cannot be changed by a caller', () => {
        expect(Object.isFrozen(PLACEHOLDERS)).toBe(true);
        expect(Object.isFrozen(PLACEHOLDERS[0])).toBe(true);
    });
});

describe('sampleValues', () => {
    it('maps every placeholder to its sample, with realistic recruiting pages and counts', () => {
        const samples = sampleValues();

        expect(Object.keys(samples)).toEqual(PLACEHOLDERS.map((placeholder) => placeholder.name));
        expect(samples.page).toBe('/jobs/icu-nurse');
        expect(samples.url).toBe('https://careers.example.com/jobs/icu-nurse');
        expect(samples.count).toBe('3');
        expect(samples.ago).toBe('c.Cio_Templates_AgoSample');
    });

    it('renders every default wording without unknown placeholders or leftover braces', () => {
        for (const template of DEFAULTS) {
            const result = renderTemplate(template, sampleValues());

            expect(result.unknown).toEqual([]);
            expect(result.text).not.toMatch(/[{}]/);
        }
        expect(renderTemplate(HOT_JOB, sampleValues()).text).toBe(
            'c.Cio_Templates_FirstNameSample is looking at /jobs/icu-nurse right now (c.Cio_Templates_AgoSample). Reach out while the interest is hot.'
        );
    });
});

describe('formatPlaceholder and isKnownPlaceholder', () => {
    it('writes a name in braces', () => {
        expect(formatPlaceholder('firstName')).toBe('{firstName}');
    });

    it('knows the catalogue, case-sensitively', () => {
        expect(isKnownPlaceholder('firstName')).toBe(true);
        expect(isKnownPlaceholder('firstname')).toBe(false);
        expect(isKnownPlaceholder('constructor')).toBe(false);
    });
});

describe('renderTemplate', () => {
    it('replaces known placeholders with their values', () => {
        const result = renderTemplate(HOT_JOB, { firstName: 'Maria', page: '/jobs/icu-nurse', ago: '12 minutes ago' });

        expect(result).toEqual({
            text: 'Maria is looking at /jobs/icu-nurse right now (12 minutes ago). Reach out while the interest is hot.',
            unknown: []
        });
    });

    it('writes numbers, keeping zero', () => {
        const text = renderTemplate('{hot} hot, {warm} warm and {engaged} engaged.', {
            hot: 0,
            warm: 7,
            engaged: 12
        }).text;

        expect(text).toBe('0 hot, 7 warm and 12 engaged.');
    });

    it('returns empty text for a null, undefined or empty template', () => {
        expect(renderTemplate(null, { firstName: 'Maria' })).toEqual({ text: '', unknown: [] });
        expect(renderTemplate(undefined, {})).toEqual({ text: '', unknown: [] });
        expect(renderTemplate('', {})).toEqual({ text: '', unknown: [] });
    });

    it('keeps text without placeholders as it is, spaces included', () => {
        expect(renderTemplate('  No   activity yet. ', {}).text).toBe('  No   activity yet. ');
    });

    it('renders a known placeholder without a value as empty and tidies the space it leaves', () => {
        const values = { firstName: 'Maria', count: null, page: undefined, ago: '   ', engaged: Number.NaN };

        expect(renderTemplate('{firstName} viewed {count} key pages today.', values).text).toBe(
            'Maria viewed key pages today.'
        );
        expect(renderTemplate('Last key page {page} {ago}.', values).text).toBe('Last key page.');
        expect(renderTemplate('Hi {name}, welcome back', values).text).toBe('Hi, welcome back');
        expect(renderTemplate('{page} is new', values).text).toBe('is new');
        expect(renderTemplate('Seen ({ago}) today', values).text).toBe('Seen () today');
        expect(renderTemplate('{engaged}{page}', values).text).toBe('');
        expect(renderTemplate('Engaged: {engaged}', values).text).toBe('Engaged:');
    });

    it('keeps line breaks and the admin spacing away from an empty placeholder', () => {
        expect(renderTemplate('Hello  there {page}\n{firstName}', { firstName: 'Maria' }).text).toBe(
            'Hello  there\nMaria'
        );
        expect(renderTemplate('{page}{firstName} {ago}!', { firstName: 'Maria' }).text).toBe('Maria!');
    });

    it('leaves an unknown placeholder visible as written and lists it once', () => {
        const result = renderTemplate('{firstname} saw {page} {firstname} and {jobTitle}', { page: '/jobs/rn' });

        expect(result).toEqual({
            text: '{firstname} saw /jobs/rn {firstname} and {jobTitle}',
            unknown: ['firstname', 'jobTitle']
        });
    });

    it('treats a spaced name as unknown, and empty braces as plain text', () => {
        const result = renderTemplate('{ firstName } said {} and { }', { firstName: 'Maria' });

        expect(result).toEqual({ text: '{ firstName } said {} and { }', unknown: [' firstName '] });
    });

    it('ignores values for names that are not placeholders', () => {
        expect(renderTemplate('{jobTitle} opened', { jobTitle: 'ICU Nurse' })).toEqual({
            text: '{jobTitle} opened',
            unknown: ['jobTitle']
        });
    });

    it('does not expand placeholders inside values', () => {
        expect(renderTemplate('{firstName} viewed {page}', { firstName: '{page}', page: '/jobs/rn' }).text).toBe(
            '{page} viewed /jobs/rn'
        );
    });

    it('keeps markup in the template and in values as literal text, never HTML', () => {
        const result = renderTemplate('<b>{firstName}</b> viewed <a href="{url}">{page}</a>', {
            firstName: '<img src=x onerror="window.hacked=1">',
            url: '" onmouseover="alert(1)',
            page: '&lt;jobs&gt;'
        });

        expect(result.text).toBe(
            '<b><img src=x onerror="window.hacked=1"></b> viewed <a href="" onmouseover="alert(1)">&lt;jobs&gt;</a>'
        );
        expect(result.unknown).toEqual([]);
    });

    it('trims values', () => {
        expect(renderTemplate('{firstName}!', { firstName: '  Maria ' }).text).toBe('Maria!');
    });
});
