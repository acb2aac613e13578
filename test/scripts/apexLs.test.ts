import { existsSync } from 'node:fs';
import { apexLsClasspath, parseIssues } from '../../scripts/gates/apexLs';

describe('apex-ls output', () => {
    it('blocks on Syntax, Error and Missing and reports Warning and Unused', () => {
        const output = [
            '/ws/force-app/main/core/classes/A.cls',
            "Missing: line 2 at 61-69: No matching method found for 'nope' on 'A' taking no arguments",
            "Error: line 3 at 1-4: Incompatible types in assignment, from 'System.String' to 'System.Integer'",
            '/ws/force-app/main/core/classes/B.cls',
            "Syntax: line 1 at 10: missing ';'",
            'Warning: line 4 at 2-3: Something odd',
            "Unused: line 5 at 2-3: Unused local variable 'x'"
        ].join('\n');

        const { errors, warnings } = parseIssues(output, '/ws');

        expect(errors).toEqual([
            "force-app/main/core/classes/A.cls: Missing: line 2 at 61-69: No matching method found for 'nope' on 'A' taking no arguments",
            "force-app/main/core/classes/A.cls: Error: line 3 at 1-4: Incompatible types in assignment, from 'System.String' to 'System.Integer'",
            "force-app/main/core/classes/B.cls: Syntax: line 1 at 10: missing ';'"
        ]);
        expect(warnings).toEqual([
            'force-app/main/core/classes/B.cls: Warning: line 4 at 2-3: Something odd',
            "force-app/main/core/classes/B.cls: Unused: line 5 at 2-3: Unused local variable 'x'"
        ]);
    });

    it('finds no issues in empty output', () => {
        expect(parseIssues('', '/ws')).toEqual({ errors: [], warnings: [] });
    });

    it('runs apex-ls from the pinned PMD engine java-lib folder', () => {
        const classpath = apexLsClasspath();

        expect(classpath).toMatch(/@salesforce\/code-analyzer-pmd-engine\/dist\/java-lib\/\*$/);
        expect(existsSync(classpath.slice(0, -2))).toBe(true);
    });
});
