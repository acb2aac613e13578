import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { apexDtoFields } from '../helpers/apexDto';
import { PROJECT_ROOT } from '../helpers/workspace';

/**
 * Components and their Apex controllers exchange JSON whose keys are the field names of the controllers' inner DTO
 * classes; the components are typed by a types module. Neither compiler sees the other side, so this test does:
 * every Apex DTO class named below has a TypeScript interface of the same name with exactly the same fields.
 */

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

/** Each Apex file whose inner DTO classes a component reads, and the TypeScript file that types them. */
const CONTRACTS: { name: string; apex: string[]; typescript: string; classes: string[] }[] = [
    {
        name: 'Settings tab',
        apex: ['force-app/main/admin/classes/CioSettingsDto.cls'],
        typescript: 'force-app/main/admin/lwc/cioSettings/settingsTypes.ts',
        classes: [
            'SettingsInput',
            'TemplateValue',
            'CredentialStatus',
            'Option',
            'TemplateDefinition',
            'Health',
            'SettingsView',
            'FieldError',
            'SaveResult',
            'ApiCheck',
            'ConnectionReport'
        ]
    },
    {
        name: 'Triggers tab',
        apex: [
            'force-app/main/admin/classes/CioTriggerListController.cls',
            'force-app/main/admin/classes/CioBackfillController.cls'
        ],
        typescript: 'force-app/main/admin/lwc/cioTriggerEditor/triggerTypes.ts',
        classes: ['TriggerRow', 'MappingRow', 'PreviewResult', 'BackfillStatus']
    },
    {
        name: 'Triggers tab editor',
        apex: [
            'force-app/main/outbound/deploy/classes/CioTriggerDeployer.cls',
            'force-app/main/admin/classes/CioSettingsDto.cls',
            'force-app/main/admin/classes/CioTriggerEditorController.cls'
        ],
        typescript: 'force-app/main/admin/lwc/cioTriggerModel/editorTypes.ts',
        classes: [
            'TriggerInput',
            'MappingInput',
            'FieldError',
            'ObjectOption',
            'ObjectSchema',
            'FieldOption',
            'SaveTriggerResult',
            'DeploymentStatus',
            'SendNowResult'
        ]
    },
    {
        name: 'Contact Activity panel',
        apex: ['force-app/main/engagement/classes/CioContactActivityDto.cls'],
        typescript: 'force-app/main/engagement/lwc/cioContactActivity/activityTypes.ts',
        classes: ['Panel', 'ContactInfo', 'PersonInfo', 'Engagement', 'TemplateValue', 'Kpis', 'PageView', 'EmailEvent']
    },
    {
        name: 'Candidate widgets',
        apex: [
            'force-app/main/engagement/dashboard/classes/CioCandidatesDto.cls',
            'force-app/main/engagement/classes/CioContactActivityDto.cls'
        ],
        typescript: 'force-app/main/engagement/dashboard/lwc/cioCandidateData/candidateTypes.ts',
        classes: ['CandidateList', 'Candidate', 'StateCounts', 'Banner', 'TemplateValue']
    }
];

describe.each(CONTRACTS)('$name DTO contract (Apex ↔ TypeScript)', ({ apex, typescript, classes }) => {
    const apexClasses = new Map(
        apex.flatMap((file) => [...apexDtoFields(readFileSync(join(PROJECT_ROOT, file), 'utf8')).entries()])
    );
    const tsInterfaces = tsInterfaceFields(readFileSync(join(PROJECT_ROOT, typescript), 'utf8'));

    it('finds the DTO classes it compares', () => {
        expect([...apexClasses.keys()]).toEqual(expect.arrayContaining(classes));
    });

    it.each(classes)('%s has the same fields on both sides', (name) => {
        expect(tsInterfaces.has(name)).toBe(true);
        expect([...(tsInterfaces.get(name) ?? [])].sort()).toEqual([...(apexClasses.get(name) ?? [])].sort());
    });
});

describe('DTO contract checker', () => {
    it('notices a field that exists on one side only', () => {
        const drifted = apexDtoFields(
            '    public class ApiCheck {\n        @AuraEnabled\n        public Boolean ok { get; set; }\n    }'
        );
        const other = tsInterfaceFields('export interface ApiCheck { ok: boolean; latencyMs: number | null; }');

        expect(other.get('ApiCheck')).not.toEqual(drifted.get('ApiCheck'));
    });
});
