import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    DEFAULT_TRIGGER_DIR,
    GENERATE_TRIGGER_USAGE,
    generateTrigger,
    generateTriggerCommand,
    parseGenerateTriggerArgs,
    renderTrigger,
    renderTriggerMeta,
    sourceApiVersion,
    triggerNameFor,
    validateObjectApiName
} from '../../scripts/generators/trigger';
import { checkApex } from '../../scripts/gates/apexLs';
import { buildLwc } from '../../scripts/gates/lwcBuild';
import { checkMetadata } from '../../scripts/gates/metadata';
import { main, UsageError } from '../../scripts/lib/cli';
import { run } from '../../scripts/lib/run';
import { PROJECT_ROOT, makeWorkspace, removeWorkspace } from '../helpers/workspace';

jest.setTimeout(180_000);

const SHIPPED = ['Contact', 'Lead', 'Account', 'Opportunity', 'Case'];

const CONTACT_TRIGGER = [
    'trigger CioContactTrigger on Contact(after insert, after update, after delete, after undelete) {',
    '    CioTriggerDispatcher.run();',
    '}',
    ''
].join('\n');

const META_65 = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<ApexTrigger xmlns="http://soap.sforce.com/2006/04/metadata">',
    '    <apiVersion>65.0</apiVersion>',
    '    <status>Active</status>',
    '</ApexTrigger>',
    ''
].join('\n');

/** A minimal deployable custom object, as an admin would create it for the generated trigger to stand on. */
function customObjectMeta(label: string, pluralLabel: string): string {
    return [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">',
        '    <deploymentStatus>Deployed</deploymentStatus>',
        `    <label>${label}</label>`,
        '    <nameField>',
        `        <label>${label} Name</label>`,
        '        <type>Text</type>',
        '    </nameField>',
        `    <pluralLabel>${pluralLabel}</pluralLabel>`,
        '    <sharingModel>ReadWrite</sharingModel>',
        '</CustomObject>',
        ''
    ].join('\n');
}

describe('triggerNameFor', () => {
    it.each([
        ['Contact', 'CioContactTrigger'],
        ['OpportunityLineItem', 'CioOpportunityLineItemTrigger'],
        ['Invoice__c', 'CioInvoiceTrigger'],
        ['Invoice_Line__c', 'CioInvoiceLineTrigger'],
        ['invoice_line__c', 'CioInvoiceLineTrigger'],
        ['Region_2_Office__c', 'CioRegion2OfficeTrigger'],
        ['acme__Invoice__c', 'CioAcmeInvoiceTrigger'],
        ['acme__Invoice_Line__C', 'CioAcmeInvoiceLineTrigger']
    ])('%s → %s', (objectApiName, expected) => {
        expect(triggerNameFor(objectApiName)).toBe(expected);
    });

    it('keeps a 30-character object part whole, which makes exactly 40 characters', () => {
        const name = triggerNameFor(`${'A'.repeat(30)}__c`);

        expect(name).toBe(`Cio${'A'.repeat(30)}Trigger`);
        expect(name).toHaveLength(40);
    });

    it('shortens a longer name to 40 characters with a hash, so objects sharing a prefix stay apart', () => {
        const one = triggerNameFor('Candidate_Application_Review_Step_One__c');
        const two = triggerNameFor('Candidate_Application_Review_Step_Two__c');
        const namespaced = triggerNameFor('acme__Candidate_Application_Review_Step__c');

        expect(namespaced).toBe('CioAcmeCandidateApplicationb55bf9Trigger');
        expect(one).toMatch(/^CioCandidateApplicationRevi[0-9a-f]{6}Trigger$/);
        expect(two).toMatch(/^CioCandidateApplicationRevi[0-9a-f]{6}Trigger$/);
        expect(one).not.toBe(two);
        for (const name of [one, two, namespaced, triggerNameFor(`acme__${'Long_Word'.repeat(4)}__c`)]) {
            expect(name.length).toBeLessThanOrEqual(40);
            expect(name).toMatch(/^Cio[A-Za-z0-9]+Trigger$/); // a valid Apex identifier: no underscores at all
        }
        expect(triggerNameFor('Candidate_Application_Review_Step_One__c')).toBe(one);
    });
});

describe('validateObjectApiName', () => {
    it.each([
        ['Contact', { namespace: undefined, base: 'Contact', custom: false }],
        ['Invoice_Line__c', { namespace: undefined, base: 'Invoice_Line', custom: true }],
        ['acme__Invoice__c', { namespace: 'acme', base: 'Invoice', custom: true }]
    ])('takes %s apart', (name, expected) => {
        expect(validateObjectApiName(name)).toEqual(expected);
    });

    it.each([
        ['', "'' is not an object API name: use letters, digits and underscores, starting with a letter"],
        ['1Invoice__c', 'starting with a letter'],
        ['Invoice-Line__c', 'use letters, digits and underscores'],
        ['Invoice Line', 'use letters, digits and underscores'],
        ['Invoice_', 'may not end with an underscore or have three in a row'],
        ['Invoice___c', 'may not end with an underscore or have three in a row'],
        ['a__b__c__d', 'at most a namespace prefix and a suffix may be separated by __'],
        ['acme1234567890123__Invoice__c', 'a namespace prefix is 1 to 15 letters and digits'],
        ['acme__1Invoice__c', 'the object name must start with a letter'],
        [`${'A'.repeat(41)}__c`, 'the object name is 41 characters; the platform allows 40'],
        [
            'CIO_Event_Trigger__mdt',
            "'CIO_Event_Trigger__mdt' is a custom metadata type; Apex triggers cannot be defined"
        ],
        ['Order_Placed__e', "'Order_Placed__e' is a platform event; its triggers support only after insert"],
        ['Legacy_Order__x', "'Legacy_Order__x' is not a standard or custom object (__c)"],
        ['Account__Share', "'Account__Share' is not a standard or custom object (__c)"]
    ])('rejects %j with a usage error', (name, message) => {
        expect(() => validateObjectApiName(name)).toThrow(UsageError);
        expect(() => validateObjectApiName(name)).toThrow(message);
    });

    it('is applied before any name is made', () => {
        expect(() => triggerNameFor('Setting__mdt')).toThrow(UsageError);
        expect(() => renderTrigger('Setting__mdt')).toThrow(UsageError);
    });
});

describe('rendering', () => {
    it('renders the one-line house trigger', () => {
        expect(renderTrigger('Contact')).toBe(CONTACT_TRIGGER);
    });

    it('wraps the events one per line, as Prettier does, when the header passes 120 characters', () => {
        expect(renderTrigger('acme__Candidate_Application_Review_Step__c')).toBe(
            [
                'trigger CioAcmeCandidateApplicationb55bf9Trigger on acme__Candidate_Application_Review_Step__c(',
                '    after insert,',
                '    after update,',
                '    after delete,',
                '    after undelete',
                ') {',
                '    CioTriggerDispatcher.run();',
                '}',
                ''
            ].join('\n')
        );
    });

    it('renders the meta file with the given API version', () => {
        expect(renderTriggerMeta('65.0')).toBe(META_65);
    });
});

describe('generateTrigger', () => {
    let root: string;

    function project(settings: object): void {
        writeFileSync(join(root, 'sfdx-project.json'), JSON.stringify(settings));
    }

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'cio-trigger-'));
        project({ packageDirectories: [{ path: 'force-app' }], sourceApiVersion: '66.0' });
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('writes the trigger and its meta file, with the project API version, to the outbound triggers folder', () => {
        const written = generateTrigger(root, 'Invoice__c');

        expect(written).toEqual([
            `${DEFAULT_TRIGGER_DIR}/CioInvoiceTrigger.trigger`,
            `${DEFAULT_TRIGGER_DIR}/CioInvoiceTrigger.trigger-meta.xml`
        ]);
        expect(readFileSync(join(root, written[0]), 'utf8')).toBe(renderTrigger('Invoice__c'));
        expect(readFileSync(join(root, written[1]), 'utf8')).toBe(META_65.replace('65.0', '66.0'));
    });

    it('writes to another folder, relative to the project or absolute', () => {
        expect(generateTrigger(root, 'Contact', { outputDir: 'force-app/main/default/triggers' })).toEqual([
            'force-app/main/default/triggers/CioContactTrigger.trigger',
            'force-app/main/default/triggers/CioContactTrigger.trigger-meta.xml'
        ]);
        const elsewhere = join(root, 'elsewhere');
        generateTrigger(root, 'Lead', { outputDir: elsewhere });
        expect(existsSync(join(elsewhere, 'CioLeadTrigger.trigger-meta.xml'))).toBe(true);
    });

    it('refuses to overwrite, writing nothing, and overwrites with force', () => {
        const dir = join(root, DEFAULT_TRIGGER_DIR);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'CioInvoiceTrigger.trigger-meta.xml'), 'mine');

        expect(() => generateTrigger(root, 'Invoice__c')).toThrow(
            `${DEFAULT_TRIGGER_DIR}/CioInvoiceTrigger.trigger-meta.xml already exists; pass --force to overwrite.`
        );
        expect(existsSync(join(dir, 'CioInvoiceTrigger.trigger'))).toBe(false);
        expect(readFileSync(join(dir, 'CioInvoiceTrigger.trigger-meta.xml'), 'utf8')).toBe('mine');

        writeFileSync(
            join(dir, 'CioInvoiceTrigger.trigger'),
            'trigger CioInvoiceTrigger on invoice__c(after insert) {}'
        );
        expect(() => generateTrigger(root, 'Invoice__c')).toThrow(
            'CioInvoiceTrigger.trigger and force-app/main/outbound/triggers/CioInvoiceTrigger.trigger-meta.xml already exist'
        );

        generateTrigger(root, 'Invoice__c', { force: true });
        expect(readFileSync(join(dir, 'CioInvoiceTrigger.trigger'), 'utf8')).toBe(renderTrigger('Invoice__c'));
        expect(readFileSync(join(dir, 'CioInvoiceTrigger.trigger-meta.xml'), 'utf8')).toContain('66.0');
    });

    it('never replaces a trigger of the same name that belongs to another object, even with force', () => {
        generateTrigger(root, 'Invoice_Line__c');

        expect(() => generateTrigger(root, 'InvoiceLine__c', { force: true })).toThrow(
            `${DEFAULT_TRIGGER_DIR}/CioInvoiceLineTrigger.trigger already exists for Invoice_Line__c, not InvoiceLine__c`
        );
    });

    it('needs a sourceApiVersion in sfdx-project.json', () => {
        project({ packageDirectories: [{ path: 'force-app' }] });

        expect(() => generateTrigger(root, 'Contact')).toThrow(
            'sfdx-project.json needs a sourceApiVersion like "65.0" (found undefined).'
        );
        expect(existsSync(join(root, DEFAULT_TRIGGER_DIR))).toBe(false);
    });
});

describe('npm run generate:trigger', () => {
    let root: string;

    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'cio-trigger-cli-'));
        writeFileSync(join(root, 'sfdx-project.json'), JSON.stringify({ sourceApiVersion: '65.0' }));
    });

    afterEach(() => {
        rmSync(root, { recursive: true, force: true });
        jest.restoreAllMocks();
    });

    it.each([
        [['Invoice__c'], { objectApiName: 'Invoice__c', force: false, outputDir: undefined }],
        [['--force', 'Invoice__c'], { objectApiName: 'Invoice__c', force: true, outputDir: undefined }],
        [
            ['Invoice__c', '--output-dir', 'x/triggers'],
            { objectApiName: 'Invoice__c', force: false, outputDir: 'x/triggers' }
        ],
        [['--output-dir=x', 'Invoice__c', '--force'], { objectApiName: 'Invoice__c', force: true, outputDir: 'x' }]
    ])('reads %j', (argv, expected) => {
        expect(parseGenerateTriggerArgs(argv)).toEqual(expected);
    });

    it.each([
        [[]],
        [['--force']],
        [['A', 'B']],
        [['A', '--output-dir']],
        [['A', '--output-dir', '--force']],
        [['A', '--output-dir=']]
    ])('refuses %j with the usage text', (argv) => {
        expect(() => parseGenerateTriggerArgs(argv)).toThrow(new UsageError(GENERATE_TRIGGER_USAGE));
    });

    it('names an unknown option', () => {
        expect(() => parseGenerateTriggerArgs(['A', '--dry-run'])).toThrow(
            new UsageError(`unknown option --dry-run\n\n${GENERATE_TRIGGER_USAGE}`)
        );
    });

    it('prints the files written and the next steps', () => {
        const lines: string[] = [];

        const code = generateTriggerCommand(root, ['Invoice__c', '--output-dir', 'out'], (line) => lines.push(line));

        expect(code).toBe(0);
        expect(lines.slice(0, 2)).toEqual([
            'wrote out/CioInvoiceTrigger.trigger',
            'wrote out/CioInvoiceTrigger.trigger-meta.xml'
        ]);
        const next = lines.join('\n');
        expect(next).toContain('npm run deploy -- -o <org alias>');
        expect(next).toContain("Add the object's Event Triggers (CIO Event Trigger custom metadata) for Invoice__c");
    });

    it('exits 64 with only the usage text when no object is given', async () => {
        const errors: string[] = [];
        jest.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
        const originalExitCode = process.exitCode;
        try {
            main(async () => generateTriggerCommand(root, []));
            await new Promise((resolve) => setImmediate(resolve));

            expect(process.exitCode).toBe(64);
            expect(errors).toEqual([GENERATE_TRIGGER_USAGE]);
        } finally {
            process.exitCode = originalExitCode;
        }
    });

    it('is wired as an npm script that prints usage, not a stack trace', async () => {
        const result = await run('npm', ['run', '--silent', 'generate:trigger'], { cwd: PROJECT_ROOT });

        expect(result.code).toBe(64);
        expect(result.stderr.trim()).toBe(GENERATE_TRIGGER_USAGE);
        expect(result.stdout).toBe('');
    });
});

describe('the shipped triggers', () => {
    it.each(SHIPPED)('%s is exactly what the generator renders', (objectApiName) => {
        const dir = join(PROJECT_ROOT, DEFAULT_TRIGGER_DIR);
        const name = `Cio${objectApiName}Trigger`;

        expect(triggerNameFor(objectApiName)).toBe(name);
        expect(readFileSync(join(dir, `${name}.trigger`), 'utf8')).toBe(renderTrigger(objectApiName));
        expect(readFileSync(join(dir, `${name}.trigger-meta.xml`), 'utf8')).toBe(
            renderTriggerMeta(sourceApiVersion(PROJECT_ROOT))
        );
    });
});

describe('a trigger generated for a custom object', () => {
    let workspace: string;
    let generated: string[];
    let wrapped: string[];

    beforeAll(() => {
        workspace = makeWorkspace();
        const objectDir = join(workspace, 'force-app', 'main', 'outbound', 'objects', 'Invoice__c');
        mkdirSync(objectDir, { recursive: true });
        writeFileSync(join(objectDir, 'Invoice__c.object-meta.xml'), customObjectMeta('Invoice', 'Invoices'));
        generated = [
            ...generateTrigger(workspace, 'Invoice__c'),
            'force-app/main/outbound/objects/Invoice__c/Invoice__c.object-meta.xml'
        ];
        // Outside force-app (its object does not exist): only Prettier looks at the wrapped long form.
        wrapped = generateTrigger(workspace, 'acme__Candidate_Application_Review_Step__c', { outputDir: 'long' });
        buildLwc(workspace);
    });

    afterAll(() => removeWorkspace(workspace));

    /** Gate errors about the files this test generated, so a failure says whether they are the cause. */
    function about(errors: string[]): string[] {
        return errors.filter((error) => /CioInvoiceTrigger|Invoice__c/.test(error));
    }

    it('passes apex-ls', async () => {
        const result = await checkApex(workspace);

        expect(about(result.errors)).toEqual([]);
        expect(result.errors).toEqual([]);
        expect(result.ok).toBe(true);
    });

    it('converts to a Metadata API package with the trigger and the object in it', async () => {
        const result = await checkMetadata(workspace);

        expect(about(result.errors)).toEqual([]);
        expect(result.errors).toEqual([]);
        const packageXml = readFileSync(join(workspace, 'build', 'metadata', 'package.xml'), 'utf8');
        expect(packageXml).toContain('<members>CioInvoiceTrigger</members>');
        expect(packageXml).toContain('<members>Invoice__c</members>');
    });

    it('is already formatted the way Prettier formats it', async () => {
        const result = await run('npx', ['prettier', '--check', ...generated, ...wrapped], { cwd: workspace });

        expect(result.stdout + result.stderr).toContain('All matched files use Prettier code style!');
        expect(result.code).toBe(0);
    });

    it('is really checked: a trigger on an object that does not exist fails apex-ls', async () => {
        generateTrigger(workspace, 'No_Such_Object__c');

        const result = await checkApex(workspace);

        expect(result.ok).toBe(false);
        expect(result.errors).toContainEqual(
            expect.stringMatching(
                /^force-app\/main\/outbound\/triggers\/CioNoSuchObjectTrigger\.trigger: Missing: .*Schema\.No_Such_Object__c/
            )
        );
    });
});
