import {
    DASHBOARD_LWC_DIR,
    dashboardLabels,
    filesUnder,
    readText
} from '../../cioCandidateList/__tests__/support/dashboard';

/** Every custom label the dashboard components import (tests excluded). */
function importedLabels(): Set<string> {
    const names = new Set<string>();
    for (const file of filesUnder(DASHBOARD_LWC_DIR)) {
        if (file.endsWith('.ts') && !file.includes('__tests__')) {
            const source = readText(`${DASHBOARD_LWC_DIR}/${file}`);
            for (const match of source.matchAll(/@salesforce\/label\/c\.(\w+)/g)) {
                names.add(match[1]);
            }
        }
    }
    return names;
}

// No offline gate checks that an imported label exists: a missing one would only fail at deploy time.
describe('candidate dashboard labels', () => {
    const defined = dashboardLabels();
    const imported = importedLabels();

    it('defines every Cio_Candidates_ label the components import', () => {
        const missing = [...imported].filter((name) => name.startsWith('Cio_Candidates_') && !defined.has(name));
        expect(missing).toEqual([]);
        expect(imported.size).toBeGreaterThan(40);
    });

    it('has no label the components do not use', () => {
        expect([...defined.keys()].filter((name) => !imported.has(name))).toEqual([]);
    });

    it('names every label Cio_Candidates_<Key>', () => {
        expect([...defined.keys()].every((name) => /^Cio_Candidates_[A-Z]\w+$/.test(name))).toBe(true);
    });
});
