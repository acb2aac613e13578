import { currentScenario, hasPermission } from '../../../../scripts/preview/browser/platform';

jest.mock(
    'cio-preview:scenarios',
    () => ({
        scenarios: [
            { id: 'default', label: 'Default', description: '' },
            { id: 'recruiter', label: 'Recruiter', description: '', withoutPermissions: ['CIO_Manage_Settings'] }
        ],
        defaultScenario: 'default'
    }),
    { virtual: true }
);

describe('currentScenario', () => {
    it('reads ?scenario=, falling back to the default', () => {
        expect(currentScenario('?scenario=recruiter&x=1')).toBe('recruiter');
        expect(currentScenario('?scenario=')).toBe('default');
        expect(currentScenario('')).toBe('default');
        expect(currentScenario()).toBe('default'); // no location in Node
    });
});

describe('hasPermission', () => {
    it('grants every custom permission unless the scenario takes it away', () => {
        expect(hasPermission('CIO_Manage_Settings', 'default')).toBe(true);
        expect(hasPermission('CIO_Manage_Settings', 'recruiter')).toBe(false);
        expect(hasPermission('CIO_Test_Connection', 'recruiter')).toBe(true);
        expect(hasPermission('CIO_Manage_Settings', 'unknown')).toBe(true);
        expect(hasPermission('CIO_Manage_Settings')).toBe(true);
    });
});
