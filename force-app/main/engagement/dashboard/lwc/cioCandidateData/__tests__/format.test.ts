import {
    absoluteTime,
    bannerTitle,
    formatLabel,
    isScope,
    isoTime,
    now,
    relativeTime,
    setClock,
    stateLook,
    stateRank,
    statusNotice,
    widgetTitle
} from 'c/cioCandidateData';

const NOW = Date.parse('2026-03-04T15:30:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatLabel', () => {
    it('fills numbered placeholders and leaves missing ones visible', () => {
        expect(formatLabel('Showing {0} of {1}', 200, 347)).toBe('Showing 200 of 347');
        expect(formatLabel('{0} and {2}', 'a')).toBe('a and {2}');
    });
});

describe('relativeTime', () => {
    it.each([
        [0, 'now'],
        [59_000, 'now'],
        [MINUTE, '1 minute ago'],
        [12 * MINUTE, '12 minutes ago'],
        [59 * MINUTE, '59 minutes ago'],
        [HOUR, '1 hour ago'],
        [23 * HOUR, '23 hours ago'],
        [DAY, 'yesterday'],
        [6 * DAY, '6 days ago'],
        [7 * DAY, 'last week'],
        [30 * DAY, '4 weeks ago']
    ])('says %d ms ago as "%s"', (elapsed, expected) => {
        expect(relativeTime(NOW - elapsed, NOW)).toBe(expected);
    });

    it('reads a time slightly in the future (clock skew) as now', () => {
        expect(relativeTime(NOW + 30_000, NOW)).toBe('now');
    });

    it('returns null for an unknown time', () => {
        expect(relativeTime(null, NOW)).toBeNull();
        expect(relativeTime(undefined, NOW)).toBeNull();
        expect(relativeTime(Number.NaN, NOW)).toBeNull();
    });
});

describe('absoluteTime and isoTime', () => {
    it('formats in the user locale and time zone', () => {
        expect(absoluteTime(NOW)).toBe('Mar 4, 2026, 7:30 AM');
        expect(isoTime(NOW)).toBe('2026-03-04T15:30:00.000Z');
    });

    it('returns null for an unknown time', () => {
        expect(absoluteTime(null)).toBeNull();
        expect(isoTime(undefined)).toBeNull();
    });
});

describe('clock', () => {
    afterEach(() => setClock(null));

    it('is the browser clock until set', () => {
        const before = Date.now();
        const read = now();
        expect(read).toBeGreaterThanOrEqual(before);
        expect(read).toBeLessThanOrEqual(Date.now());
    });

    it('can be frozen at a time or driven by a function, and reset', () => {
        setClock(NOW);
        expect(now()).toBe(NOW);

        let tick = NOW;
        setClock(() => (tick += 1000));
        expect(now()).toBe(NOW + 1000);
        expect(now()).toBe(NOW + 2000);

        setClock(null);
        expect(Math.abs(now() - Date.now())).toBeLessThan(1000);
    });
});

describe('presentation', () => {
    it('knows the three scopes only', () => {
        expect(['MY', 'TEAM', 'PIPELINE'].every(isScope)).toBe(true);
        expect(isScope('my')).toBe(false);
        expect(isScope(undefined)).toBe(false);
    });

    it('titles widgets and banners by scope, falling back to My', () => {
        expect(widgetTitle('PIPELINE')).toBe('c.Cio_Candidates_PipelineTitle');
        expect(widgetTitle('nope')).toBe('c.Cio_Candidates_MyTitle');
        expect(bannerTitle('TEAM')).toBe('c.Cio_Candidates_TeamBannerTitle');
        expect(bannerTitle(null)).toBe('c.Cio_Candidates_MyBannerTitle');
    });

    it('explains configuration statuses, and leaves OK, ERROR and unknown statuses to others', () => {
        expect(statusNotice('NO_POOL_OWNER')).toEqual({
            status: 'NO_POOL_OWNER',
            iconName: 'utility:info',
            title: 'c.Cio_Candidates_NoPoolOwnerTitle',
            help: 'c.Cio_Candidates_NoPoolOwnerHelp'
        });
        expect(statusNotice('NOT_CONFIGURED')!.iconName).toBe('utility:setup');
        expect(statusNotice('INVALID_CONFIGURATION')!.iconName).toBe('utility:warning');
        expect(statusNotice('OK')).toBeNull();
        expect(statusNotice('ERROR')).toBeNull();
        expect(statusNotice('SOMETHING_NEW')).toBeNull();
        expect(statusNotice(null)).toBeNull();
    });

    it('shows every state with an icon and a word', () => {
        expect(stateLook('HOT')).toMatchObject({ label: 'c.Cio_Candidates_StateHot', iconName: 'utility:trending' });
        expect(stateLook('WARM', 'WARM_JOB').iconName).toBe('utility:preview');
        expect(stateLook('WARM', 'WARM_EMAIL')).toMatchObject({
            label: 'c.Cio_Candidates_StateWarm',
            iconName: 'utility:email'
        });
        expect(stateLook('ENGAGED').badgeClass).toContain('state-engaged');
        expect(stateLook('LUKEWARM')).toEqual({
            label: 'LUKEWARM',
            iconName: 'utility:info',
            iconVariant: null,
            badgeClass: 'slds-badge state-badge'
        });
        expect(stateLook(null).label).toBe('');
    });

    it('ranks hottest first', () => {
        expect(['ENGAGED', 'COLD', 'HOT', 'WARM'].sort((a, b) => stateRank(a) - stateRank(b))).toEqual([
            'HOT',
            'WARM',
            'ENGAGED',
            'COLD'
        ]);
    });
});
