import { report } from '../../scripts/lib/gate';

describe('report', () => {
    it('prints warnings, then errors, then a failing summary, and returns 1', () => {
        const lines: string[] = [];

        const code = report(
            'scan',
            { ok: false, errors: ['A.cls:1 bad'], warnings: ['B.cls:2 meh'], summary: '3 rules' },
            (line) => lines.push(line)
        );

        expect(code).toBe(1);
        expect(lines).toEqual(['warning: B.cls:2 meh', 'error: A.cls:1 bad', 'scan: FAILED (3 rules)']);
    });

    it('returns 0 and says what was checked when the gate passes', () => {
        const lines: string[] = [];

        expect(
            report('check:apex', { ok: true, errors: [], warnings: [], summary: '5 files' }, (l) => lines.push(l))
        ).toBe(0);
        expect(lines).toEqual(['check:apex: passed (5 files)']);
    });
});
