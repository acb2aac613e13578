import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    applyAccepted,
    readAccepted,
    unexplainedConfigChanges,
    unexplainedSuppressions,
    type Finding
} from '../../scripts/gates/scan';

describe('suppressions need a written reason', () => {
    let dir: string;

    function check(source: string): string[] {
        writeFileSync(join(dir, 'Subject.cls'), source);
        return unexplainedSuppressions(dir, [dir]);
    }

    beforeEach(() => {
        dir = mkdtempSync(join(tmpdir(), 'cio-scan-'));
    });

    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('accepts a suppression explained on the line above', () => {
        expect(
            check(
                [
                    '// The outbox is package-owned; callers never see it, so CRUD checks do not apply.',
                    "@SuppressWarnings('PMD.ApexCRUDViolation')",
                    'public without sharing class Subject {}'
                ].join('\n')
            )
        ).toEqual([]);
    });

    it('rejects a suppression with no comment, or a comment that is not a reason', () => {
        expect(check("@SuppressWarnings('PMD.ApexCRUDViolation')\npublic class Subject {}")).toEqual([
            "Subject.cls:1 suppresses PMD.ApexCRUDViolation without a '// reason' comment on the line above"
        ]);
        expect(check("// ok\n@SuppressWarnings('PMD')\npublic class Subject {}")).toHaveLength(1);
    });

    it('ignores suppressions of other tools', () => {
        expect(check("@SuppressWarnings('checkstyle:all')\npublic class Subject {}")).toEqual([]);
    });

    it('requires a reason after NOPMD', () => {
        expect(check('Integer x = 1; // NOPMD')).toEqual([
            'Subject.cls:1 has a NOPMD marker without a reason after it'
        ]);
        expect(check('Integer x = 1; // NOPMD: kept for the managed package signature')).toEqual([]);
    });
});

describe('code-analyzer.yml changes need a comment', () => {
    it('rejects a disabled or lowered rule without a comment above it', () => {
        const yaml = ['rules:', '  pmd:', '    ApexCRUDViolation: { disabled: true }', '    ApexDoc: { severity: 5 }'];

        expect(unexplainedConfigChanges(yaml.join('\n'))).toEqual([
            "code-analyzer.yml:3 weakens ApexCRUDViolation without a '# reason' comment above it",
            "code-analyzer.yml:4 weakens ApexDoc without a '# reason' comment above it"
        ]);
    });

    it('accepts explained changes and does not care about raised severities', () => {
        const yaml = [
            'rules:',
            '  pmd:',
            '    # Replaced by our own copy.',
            '    ApexDoc: { disabled: true }',
            '    OperationWithLimitsInLoop: { severity: 2 }'
        ];

        expect(unexplainedConfigChanges(yaml.join('\n'))).toEqual([]);
    });
});

describe('accepted violations', () => {
    const finding = (rule: string, file: string, blocking = true): Finding => ({
        rule,
        file,
        blocking,
        text: `${file}:1 ${rule}`
    });

    it('turns a reviewed blocking finding into a warning that quotes the reason', () => {
        const result = applyAccepted(
            [finding('ProtectSensitiveData', 'a.xml')],
            [{ rule: 'ProtectSensitiveData', file: 'a.xml', reason: 'holds a trait name, not a secret' }]
        );

        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual(['a.xml:1 ProtectSensitiveData [accepted: holds a trait name, not a secret]']);
    });

    it('still blocks other files and rules, and keeps non-blocking findings as warnings', () => {
        const result = applyAccepted(
            [finding('ProtectSensitiveData', 'b.xml'), finding('ApexDoc', 'c.cls', false)],
            [{ rule: 'ProtectSensitiveData', file: 'a.xml', reason: 'holds a trait name, not a secret' }]
        );

        expect(result.errors).toEqual([
            'b.xml:1 ProtectSensitiveData',
            'config/pmd/accepted-violations.json: ProtectSensitiveData in a.xml no longer matches a finding; remove it'
        ]);
        expect(result.warnings).toEqual(['c.cls:1 ApexDoc']);
    });

    it('refuses an accepted entry without a reason', () => {
        const result = applyAccepted([finding('X', 'a.xml')], [{ rule: 'X', file: 'a.xml', reason: 'fine' }]);

        expect(result.errors).toEqual(['a.xml:1 X', 'config/pmd/accepted-violations.json: X in a.xml needs a reason']);
    });

    it('reads no entries when the file is absent', () => {
        expect(readAccepted('/nonexistent/accepted.json')).toEqual([]);
    });
});
