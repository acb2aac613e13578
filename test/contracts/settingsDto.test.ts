import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../helpers/workspace';

/**
 * The Settings tab and its Apex controller exchange JSON whose keys are the field names of CioSettingsDto's inner
 * classes. The component is typed by settingsTypes.ts. Neither compiler sees the other side, so this test does:
 * every Apex DTO class has a TypeScript interface of the same name with exactly the same fields.
 */
const APEX_DTO = join(PROJECT_ROOT, 'force-app/main/admin/classes/CioSettingsDto.cls');
const TS_TYPES = join(PROJECT_ROOT, 'force-app/main/admin/lwc/cioSettings/settingsTypes.ts');

/** Inner class name → its `@AuraEnabled public Type name { get; set; }` property names. */
export function apexDtoFields(source: string): Map<string, string[]> {
    const classes = new Map<string, string[]>();
    const classPattern = /public class (\w+) \{([\s\S]*?)\n {4}\}/g;
    for (const match of source.matchAll(classPattern)) {
        const fields = [...match[2].matchAll(/@AuraEnabled\s+public [\w<>, .]+ (\w+) \{ get; set; \}/g)].map(
            (field) => field[1]
        );
        classes.set(match[1], fields);
    }
    return classes;
}

/** Interface name → its property names, read with the TypeScript compiler. */
export function tsInterfaceFields(source: string): Map<string, string[]> {
    const file = ts.createSourceFile('settingsTypes.ts', source, ts.ScriptTarget.ES2022, true);
    const interfaces = new Map<string, string[]>();
    file.forEachChild((node) => {
        if (ts.isInterfaceDeclaration(node)) {
            interfaces.set(
                node.name.text,
                node.members.filter(ts.isPropertySignature).map((member) => member.name.getText(file))
            );
        }
    });
    return interfaces;
}

describe('Settings DTO contract (Apex CioSettingsDto ↔ settingsTypes.ts)', () => {
    const apex = apexDtoFields(readFileSync(APEX_DTO, 'utf8'));
    const typescript = tsInterfaceFields(readFileSync(TS_TYPES, 'utf8'));

    it('finds the DTO classes it compares', () => {
        expect([...apex.keys()]).toEqual(
            expect.arrayContaining(['SettingsInput', 'SettingsView', 'SaveResult', 'ApiCheck', 'ConnectionReport'])
        );
    });

    it.each([...apexDtoFields(readFileSync(APEX_DTO, 'utf8')).keys()])(
        '%s has the same fields on both sides',
        (name) => {
            expect(typescript.has(name)).toBe(true);
            expect([...(typescript.get(name) ?? [])].sort()).toEqual([...(apex.get(name) ?? [])].sort());
        }
    );

    it('notices a field that exists on one side only', () => {
        const drifted = apexDtoFields(
            '    public class ApiCheck {\n        @AuraEnabled\n        public Boolean ok { get; set; }\n    }'
        );
        const other = tsInterfaceFields('export interface ApiCheck { ok: boolean; latencyMs: number | null; }');

        expect(other.get('ApiCheck')).not.toEqual(drifted.get('ApiCheck'));
    });
});
