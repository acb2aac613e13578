import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    customMetadataProblems,
    lwcBundleProblems,
    malformedXml,
    missingApexMeta,
    textLimitProblems
} from '../../scripts/gates/metadata';

describe('metadata checks', () => {
    let root: string;

    function write(relativePath: string, content: string): string {
        const path = join(root, relativePath);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, content);
        return path;
    }

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'cio-metadata-'));
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('reports malformed XML with its line', () => {
        const good = write('a/good.xml', '<a><b/></a>');
        const bad = write('a/bad.xml', '<a>\n<b>\n</a>');

        const problems = malformedXml(root, [good, bad]);

        expect(problems).toHaveLength(1);
        expect(problems[0]).toMatch(/^a\/bad\.xml:\d+ is not well-formed XML: /);
    });

    it('reports classes and triggers without a meta file', () => {
        const cls = write('classes/A.cls', '');
        const meta = write('classes/A.cls-meta.xml', '<ApexClass/>');
        const trigger = write('triggers/T.trigger', '');

        expect(missingApexMeta(root, [cls, meta, trigger])).toEqual([
            'triggers/T.trigger has no T.trigger-meta.xml, so it would not be deployed'
        ]);
    });

    it('reports a bundle that was never built, and one the LWC compiler rejects', () => {
        const unbuilt = write('lwc/cioA/cioA.ts', 'export {};');
        write('lwc/cioA/cioA.js-meta.xml', '<LightningComponentBundle/>');
        const script = write(
            'lwc/cioB/cioB.js',
            "import { LightningElement } from 'lwc';\nexport default class CioB extends LightningElement {}\n"
        );
        const template = write(
            'lwc/cioB/cioB.html',
            '<template><template if:true={x} lwc:if={y}></template></template>'
        );
        write('lwc/cioB/cioB.js-meta.xml', '<LightningComponentBundle/>');

        const problems = lwcBundleProblems(root, [unbuilt, script, template]);

        expect(problems).toEqual([
            'lwc/cioA has no cioA.js: run `npm run build` to compile cioA.ts',
            expect.stringMatching(/^lwc\/cioB\/cioB\.html is rejected by the LWC compiler: /)
        ]);
    });

    it('accepts a complete, valid bundle', () => {
        const script = write(
            'lwc/cioC/cioC.js',
            "import { LightningElement, api } from 'lwc';\nexport default class CioC extends LightningElement { @api name; }\n"
        );
        const template = write('lwc/cioC/cioC.html', '<template><p>{name}</p></template>');
        write('lwc/cioC/cioC.js-meta.xml', '<LightningComponentBundle/>');

        expect(lwcBundleProblems(root, [script, template])).toEqual([]);
    });

    it('enforces the platform text limits on fields, objects and labels', () => {
        const field = write(
            'objects/X__c/fields/Y__c.field-meta.xml',
            `<CustomField><fullName>Y__c</fullName><label>${'L'.repeat(41)}</label><inlineHelpText>ok</inlineHelpText></CustomField>`
        );
        const labels = write(
            'labels/CustomLabels.labels-meta.xml',
            `<CustomLabels><labels><fullName>Cio_A</fullName><value>${'v'.repeat(1001)}</value></labels><labels><fullName>Cio_B</fullName><value>fine</value></labels></CustomLabels>`
        );
        const object = write('objects/X__c/X__c.object-meta.xml', '<CustomObject><label>Fine</label></CustomObject>');
        const broken = write('objects/X__c/fields/Z__c.field-meta.xml', '<CustomField><label>');

        expect(textLimitProblems(root, [field, labels, object, broken])).toEqual([
            'objects/X__c/fields/Y__c.field-meta.xml: Y__c label is 41 characters; max 40',
            'labels/CustomLabels.labels-meta.xml: Cio_A value is 1001 characters; max 1000'
        ]);
    });

    it('accepts known fields and relationships to existing records, and reports the rest', () => {
        const files = [
            write('objects/T__mdt/fields/Name__c.field-meta.xml', '<CustomField><type>Text</type></CustomField>'),
            write(
                'objects/M__mdt/fields/Parent__c.field-meta.xml',
                '<CustomField><referenceTo>T__mdt</referenceTo><type>MetadataRelationship</type></CustomField>'
            ),
            write('customMetadata/T.One.md-meta.xml', '<values><field>Name__c</field><value>x</value></values>'),
            write('customMetadata/M.Good.md-meta.xml', '<values><field>Parent__c</field><value>One</value></values>'),
            write('customMetadata/M.Orphan.md-meta.xml', '<values><field>Parent__c</field><value>Two</value></values>'),
            write('customMetadata/M.Typo.md-meta.xml', '<values><field>Parnt__c</field><value>One</value></values>'),
            write('customMetadata/X.Lost.md-meta.xml', '<values><field>A__c</field><value>1</value></values>')
        ];

        expect(customMetadataProblems(root, files)).toEqual([
            'customMetadata/M.Orphan.md-meta.xml: Parent__c names Two, which is not a T record',
            'customMetadata/M.Typo.md-meta.xml: M__mdt has no field Parnt__c',
            'customMetadata/X.Lost.md-meta.xml: custom metadata type X__mdt is not in the project'
        ]);
    });
});
