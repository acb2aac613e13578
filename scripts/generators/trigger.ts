import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../lib/cli';
import { display } from '../lib/files';

/** Where the package's own triggers live; `--output-dir` writes elsewhere. */
export const DEFAULT_TRIGGER_DIR = 'force-app/main/outbound/triggers';

/** Apex trigger names, like class names, may be at most 40 characters long. */
export const MAX_TRIGGER_NAME = 40;

/** Every trigger fires on the four after-events the dispatcher handles; it decides per Event Trigger what to send. */
export const TRIGGER_EVENTS = ['after insert', 'after update', 'after delete', 'after undelete'];

/** Prettier's printWidth for Apex (.prettierrc.json); a longer trigger header is wrapped one event per line. */
const PRINT_WIDTH = 120;

export const GENERATE_TRIGGER_USAGE = [
    'usage: npm run generate:trigger -- <Object API name> [--force] [--output-dir <dir>]',
    '',
    'Writes the one-line CIO Pipelines trigger for the object (Cio<Object>Trigger) and its meta file to',
    `${DEFAULT_TRIGGER_DIR}, or to --output-dir. An existing trigger is only replaced with --force.`,
    'Example: npm run generate:trigger -- Invoice__c'
].join('\n');

/** An SObject API name taken apart: `acme__Invoice_Line__c` is namespace `acme`, base `Invoice_Line`, custom. */
export interface ObjectApiName {
    namespace?: string;
    base: string;
    custom: boolean;
}

/** Suffixes of objects the platform allows no Apex trigger on (or not these four events), and why. */
const UNSUPPORTED_SUFFIXES: Record<string, string> = {
    mdt: 'is a custom metadata type; Apex triggers cannot be defined on custom metadata types',
    e: 'is a platform event; its triggers support only after insert, so the dispatcher cannot serve it'
};

/**
 * Checks that `name` is a plausible API name of an object that can carry the dispatcher trigger, and takes it
 * apart. Accepted: a standard object (`Contact`: a letter, then letters, digits and single underscores) or a
 * custom object (`Invoice_Line__c`), optionally with a namespace prefix (`acme__Invoice__c`: letters and
 * digits, at most 15). Rejected with a UsageError: anything else, custom metadata types (`__mdt`), platform
 * events (`__e`) and other suffixed types (`__x`, `__b`, `__Share`…). Whether a standard object exists and
 * supports triggers only an org can tell; apex-ls (`npm run check:apex`) reports an unknown object.
 */
export function validateObjectApiName(name: string): ObjectApiName {
    const invalid = (why: string): UsageError => new UsageError(`'${name}' is not an object API name: ${why}.`);
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
        throw invalid('use letters, digits and underscores, starting with a letter (e.g. Contact or Invoice__c)');
    }
    if (/___|_$/.test(name)) throw invalid('it may not end with an underscore or have three in a row');
    const parts = name.split('__');
    if (parts.length > 3) throw invalid('at most a namespace prefix and a suffix may be separated by __');
    const suffix = parts.length > 1 ? parts[parts.length - 1] : undefined;
    if (suffix !== undefined && suffix.toLowerCase() !== 'c') {
        const reason = UNSUPPORTED_SUFFIXES[suffix.toLowerCase()];
        throw new UsageError(
            reason
                ? `'${name}' ${reason}.`
                : `'${name}' is not a standard or custom object (__c); triggers are generated only for those.`
        );
    }
    const namespace = parts.length === 3 ? parts[0] : undefined;
    const base = parts.length === 3 ? parts[1] : parts[0];
    if (namespace !== undefined && !/^[A-Za-z][A-Za-z0-9]{0,14}$/.test(namespace)) {
        throw invalid('a namespace prefix is 1 to 15 letters and digits, starting with a letter');
    }
    if (!/^[A-Za-z]/.test(base)) throw invalid('the object name must start with a letter');
    if (base.length > 40) throw invalid(`the object name is ${base.length} characters; the platform allows 40`);
    return { namespace, base, custom: suffix !== undefined };
}

/**
 * The trigger's name: `Cio` + the object name in PascalCase + `Trigger`. The `__c` suffix is dropped, each
 * underscore starts a new word, and a namespace prefix becomes the first word: `Contact` → `CioContactTrigger`,
 * `Invoice_Line__c` → `CioInvoiceLineTrigger`, `acme__Invoice__c` → `CioAcmeInvoiceTrigger`.
 *
 * Apex allows 40 characters, which leaves 30 for the object part. A longer object part is truncated to its
 * first 24 characters followed by 6 hex digits of a hash of the (lower-cased) API name, so the name stays
 * deterministic and two long objects that share a prefix still get different triggers:
 * `acme__Candidate_Application_Review_Step__c` → `CioAcmeCandidateApplicationb55bf9Trigger`.
 */
export function triggerNameFor(objectApiName: string): string {
    const { namespace, base } = validateObjectApiName(objectApiName);
    const words = [...(namespace ? [namespace] : []), ...base.split('_')];
    const pascal = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
    const room = MAX_TRIGGER_NAME - 'Cio'.length - 'Trigger'.length;
    const body =
        pascal.length <= room
            ? pascal
            : pascal.slice(0, room - 6) +
              createHash('sha256').update(objectApiName.toLowerCase()).digest('hex').slice(0, 6);
    return `Cio${body}Trigger`;
}

/**
 * The trigger source exactly as Prettier (prettier-plugin-apex, printWidth 120) prints it, so a generated
 * trigger passes `npm run format:check` untouched. A header longer than the print width is wrapped.
 */
export function renderTrigger(objectApiName: string): string {
    const name = triggerNameFor(objectApiName);
    const header = `trigger ${name} on ${objectApiName}(${TRIGGER_EVENTS.join(', ')}) {`;
    const opening =
        header.length <= PRINT_WIDTH
            ? header
            : `trigger ${name} on ${objectApiName}(\n    ${TRIGGER_EVENTS.join(',\n    ')}\n) {`;
    return `${opening}\n    CioTriggerDispatcher.run();\n}\n`;
}

/** The trigger's `.trigger-meta.xml`, formatted like the project's other Apex meta files. */
export function renderTriggerMeta(apiVersion: string): string {
    return [
        '<?xml version="1.0" encoding="UTF-8" ?>',
        '<ApexTrigger xmlns="http://soap.sforce.com/2006/04/metadata">',
        `    <apiVersion>${apiVersion}</apiVersion>`,
        '    <status>Active</status>',
        '</ApexTrigger>',
        ''
    ].join('\n');
}

/** The project's `sourceApiVersion` from sfdx-project.json (e.g. `65.0`), which new Apex metadata uses. */
export function sourceApiVersion(root: string): string {
    const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion?: unknown };
    const version = project.sourceApiVersion;
    if (typeof version !== 'string' || !/^\d+\.0$/.test(version)) {
        throw new Error(`sfdx-project.json needs a sourceApiVersion like "65.0" (found ${JSON.stringify(version)}).`);
    }
    return version;
}

export interface GenerateTriggerOptions {
    /** Replace an existing trigger of the same name (for the same object). */
    force?: boolean;
    /** Target folder, relative to `root` unless absolute; DEFAULT_TRIGGER_DIR when omitted. */
    outputDir?: string;
}

/**
 * Writes `<Name>.trigger` and `<Name>.trigger-meta.xml` for the object and returns their paths relative to
 * `root`. Nothing is written if either file exists, unless `force`; a trigger of the same name that belongs to a
 * different object (two API names can map to one name, e.g. `Invoice_Line__c` and `InvoiceLine__c`) is never
 * replaced.
 */
export function generateTrigger(root: string, objectApiName: string, options: GenerateTriggerOptions = {}): string[] {
    const name = triggerNameFor(objectApiName);
    const dir = resolve(root, options.outputDir ?? DEFAULT_TRIGGER_DIR);
    const files: [string, string][] = [
        [join(dir, `${name}.trigger`), renderTrigger(objectApiName)],
        [join(dir, `${name}.trigger-meta.xml`), renderTriggerMeta(sourceApiVersion(root))]
    ];
    const [triggerFile] = files[0];
    if (existsSync(triggerFile)) {
        const existingObject = /\btrigger\s+\w+\s+on\s+(\w+)/i.exec(readFileSync(triggerFile, 'utf8'))?.[1];
        if (existingObject && existingObject.toLowerCase() !== objectApiName.toLowerCase()) {
            throw new Error(
                `${display(root, triggerFile)} already exists for ${existingObject}, not ${objectApiName}; ` +
                    'rename one of the two triggers by hand.'
            );
        }
    }
    const existing = files.filter(([file]) => existsSync(file)).map(([file]) => display(root, file));
    if (existing.length > 0 && !options.force) {
        throw new Error(
            `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; pass --force to overwrite.`
        );
    }
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of files) writeFileSync(file, content);
    return files.map(([file]) => display(root, file));
}

/** Reads `<Object> [--force] [--output-dir <dir> | --output-dir=<dir>]`; anything else is a UsageError. */
export function parseGenerateTriggerArgs(argv: readonly string[]): { objectApiName: string } & GenerateTriggerOptions {
    const objects: string[] = [];
    let force = false;
    let outputDir: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--force') {
            force = true;
        } else if (arg === '--output-dir') {
            outputDir = argv[++i];
            if (!outputDir || outputDir.startsWith('-')) throw new UsageError(GENERATE_TRIGGER_USAGE);
        } else if (arg.startsWith('--output-dir=')) {
            outputDir = arg.slice('--output-dir='.length);
        } else if (arg.startsWith('-')) {
            throw new UsageError(`unknown option ${arg}\n\n${GENERATE_TRIGGER_USAGE}`);
        } else {
            objects.push(arg);
        }
    }
    if (objects.length !== 1 || outputDir === '') throw new UsageError(GENERATE_TRIGGER_USAGE);
    return { objectApiName: objects[0], force, outputDir };
}

/** `npm run generate:trigger`: writes the trigger and says what to do next. */
export function generateTriggerCommand(
    root: string,
    argv: readonly string[],
    out: (line: string) => void = console.log
): number {
    const { objectApiName, ...options } = parseGenerateTriggerArgs(argv);
    const written = generateTrigger(root, objectApiName, options);
    for (const file of written) out(`wrote ${file}`);
    out('');
    out('Next:');
    out('  1. Deploy it: npm run deploy -- -o <org alias>');
    out(`  2. Add the object's Event Triggers (CIO Event Trigger custom metadata) for ${objectApiName}:`);
    out('     what to send on insert, update, delete or undelete, and its field mappings.');
    out(
        `  A production deploy also needs an Apex test that saves a ${objectApiName} record, so the trigger is covered.`
    );
    return 0;
}
