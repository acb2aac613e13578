import { bannerText, stateStyle, templateValues } from '../bannerModel';
import type { Engagement } from '../../cioContactActivity/activityTypes';

describe('stateStyle', () => {
    it.each([
        ['HOT', 'utility:trending', 'c.Cio_EngagementBanner_StateHot'],
        ['WARM', 'utility:arrowup', 'c.Cio_EngagementBanner_StateWarm'],
        ['ENGAGED', 'utility:preview', 'c.Cio_EngagementBanner_StateEngaged'],
        ['QUIET', 'utility:clock', 'c.Cio_EngagementBanner_StateQuiet'],
        ['NONE', 'utility:info', 'c.Cio_EngagementBanner_StateNone']
    ])('gives %s its own icon, name and class', (state, iconName, label) => {
        expect(stateStyle(state)).toEqual({
            state,
            iconName,
            label,
            className: `slds-box slds-box_small banner banner_${state.toLowerCase()}`
        });
    });

    it('shows anything unknown or missing as NONE', () => {
        expect(stateStyle('SCORCHING').state).toBe('NONE');
        expect(stateStyle('toString').state).toBe('NONE');
        expect(stateStyle(null).state).toBe('NONE');
        expect(stateStyle(undefined).state).toBe('NONE');
    });
});

describe('templateValues', () => {
    it('maps placeholder names to values, skipping nameless entries', () => {
        expect(
            templateValues([
                { name: 'firstName', value: 'Maria' },
                { name: 'ago', value: null },
                { name: '', value: 'ignored' },
                null as unknown as { name: string },
                { name: 'count' }
            ])
        ).toEqual({ firstName: 'Maria', ago: null, count: null });
        expect(templateValues(null)).toEqual({});
    });
});

describe('bannerText', () => {
    const hot: Engagement = {
        state: 'HOT',
        template: '{firstName} is looking at {page} right now ({ago}).',
        reason: 'viewed /jobs/icu-nurse 12 minutes ago',
        values: [
            { name: 'firstName', value: 'Maria' },
            { name: 'page', value: '/jobs/icu-nurse' },
            { name: 'ago', value: '12 minutes ago' }
        ]
    };

    it("renders the admin's template with the values", () => {
        expect(bannerText(hot)).toBe('Maria is looking at /jobs/icu-nurse right now (12 minutes ago).');
    });

    it('keeps unknown placeholders visible and tidies missing values', () => {
        expect(bannerText({ ...hot, template: 'Call {firstname} about {page} {ago}', values: [] })).toBe(
            'Call {firstname} about'
        );
    });

    it('falls back to the reason, then to a neutral sentence, when there is no wording', () => {
        expect(bannerText({ ...hot, template: null })).toBe('viewed /jobs/icu-nurse 12 minutes ago');
        expect(bannerText({ ...hot, template: '   ', reason: '  ' })).toBe('c.Cio_EngagementBanner_NoEngagement');
        expect(bannerText({ state: 'NONE' })).toBe('c.Cio_EngagementBanner_NoEngagement');
        expect(bannerText(null)).toBe('c.Cio_EngagementBanner_NoEngagement');
    });

    it('returns markup as text, never interpreting it', () => {
        expect(
            bannerText({
                state: 'HOT',
                template: '<b>{firstName}</b>',
                values: [{ name: 'firstName', value: '<img src=x onerror=alert(1)>' }]
            })
        ).toBe('<b><img src=x onerror=alert(1)></b>');
    });
});
