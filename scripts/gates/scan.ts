import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    EventType,
    LogLevel,
    type EngineLogEvent,
    type LogEvent
} from '@salesforce/code-analyzer-core';
import { createEnginePlugin } from '@salesforce/code-analyzer-pmd-engine';
import { display, listFiles, packageDirectories } from '../lib/files';
import type { GateResult } from '../lib/gate';
import { requireJava } from '../lib/java';

/** Recommended practice plus everything Salesforce tags for security review. */
export const RULE_SELECTORS = ['pmd:Recommended', 'pmd:Security', 'pmd:AppExchange'];

/** Critical (1) and High (2) violations fail the scan; code-analyzer.yml raises the rules that must block. */
export const BLOCKING_SEVERITY = 2;

/**
 * Gate: Apex rules. Runs Salesforce Code Analyzer (core + PMD engine, no `sf` plugin needed) with the
 * configuration in code-analyzer.yml. Fails on any Critical/High violation, on any engine error (PMD reports
 * a file it cannot parse only as a log event, which would otherwise read as "0 violations"), and on any
 * suppression without a written reason.
 */
export async function scan(root: string): Promise<GateResult> {
    await requireJava();
    const configFile = join(root, 'code-analyzer.yml');
    const analyzer = new CodeAnalyzer(
        existsSync(configFile) ? CodeAnalyzerConfig.fromFile(configFile) : CodeAnalyzerConfig.withDefaults()
    );
    const errors: string[] = [];
    const warnings: string[] = [];
    const onLog = (event: LogEvent | EngineLogEvent): void => {
        if (event.logLevel === LogLevel.Error) {
            errors.push(`code analyzer ${'engineName' in event ? event.engineName : 'core'}: ${event.message}`);
        }
    };
    analyzer.onEvent(EventType.LogEvent, onLog);
    analyzer.onEvent(EventType.EngineLogEvent, onLog);
    await analyzer.addEnginePlugin(createEnginePlugin());

    const targets = packageDirectories(root);
    const workspace = await analyzer.createWorkspace(targets);
    const rules = await analyzer.selectRules(RULE_SELECTORS, { workspace });
    const results = await analyzer.run(rules, { workspace });

    const found: Finding[] = results.getViolations().map((violation) => {
        const rule = violation.getRule();
        const location = violation.getCodeLocations()[violation.getPrimaryLocationIndex()];
        const file = display(root, location.getFile() ?? '?');
        return {
            rule: rule.getName(),
            file,
            blocking: rule.getSeverityLevel() <= BLOCKING_SEVERITY,
            text: `${file}:${location.getStartLine() ?? 0} ${rule.getName()} (severity ${rule.getSeverityLevel()}): ${violation.getMessage()}`
        };
    });
    const judged = applyAccepted(found, readAccepted(join(root, ACCEPTED_FILE)));
    errors.push(...judged.errors);
    warnings.push(...judged.warnings);
    errors.push(...unexplainedSuppressions(root, targets));
    if (existsSync(configFile)) errors.push(...unexplainedConfigChanges(readFileSync(configFile, 'utf8')));

    return {
        ok: errors.length === 0,
        errors,
        warnings,
        summary: `${rules.getCount()} rules, ${results.getViolationCount()} violations, ${errors.length} blocking`
    };
}

/** Reviewed false positives: each names the rule, the file and why the finding does not apply. */
export const ACCEPTED_FILE = 'config/pmd/accepted-violations.json';

export interface Accepted {
    rule: string;
    file: string;
    reason: string;
}

export interface Finding {
    rule: string;
    file: string;
    blocking: boolean;
    text: string;
}

export function readAccepted(path: string): Accepted[] {
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Accepted[]) : [];
}

/**
 * Blocking findings fail the scan unless an accepted entry names their rule and file with a reason; an accepted
 * entry without a reason, or one that no longer matches anything, fails the scan too, so the list cannot rot.
 */
export function applyAccepted(found: Finding[], accepted: Accepted[]): { errors: string[]; warnings: string[] } {
    const errors: string[] = [];
    const warnings: string[] = [];
    const used = new Set<Accepted>();
    for (const finding of found) {
        const match = accepted.find((entry) => entry.rule === finding.rule && entry.file === finding.file);
        if (finding.blocking && match && isReason(match.reason ?? '')) {
            used.add(match);
            warnings.push(`${finding.text} [accepted: ${match.reason}]`);
        } else {
            (finding.blocking ? errors : warnings).push(finding.text);
        }
    }
    for (const entry of accepted) {
        if (!isReason(entry.reason ?? '')) {
            errors.push(`${ACCEPTED_FILE}: ${entry.rule} in ${entry.file} needs a reason`);
        } else if (!used.has(entry)) {
            errors.push(`${ACCEPTED_FILE}: ${entry.rule} in ${entry.file} no longer matches a finding; remove it`);
        }
    }
    return { errors, warnings };
}

const SUPPRESS = /@SuppressWarnings\s*\(\s*'([^']*PMD[^']*)'\s*\)/i;
const NOPMD = /\/\/\s*NOPMD\b(.*)$/i;

/** A reason is a sentence, not a token: at least three words. */
function isReason(text: string): boolean {
    return text.trim().split(/\s+/).filter(Boolean).length >= 3;
}

/**
 * Every `@SuppressWarnings('PMD.…')` needs a `//` comment giving the reason on the line above it, and every
 * `// NOPMD` needs the reason after it on the same line.
 */
export function unexplainedSuppressions(root: string, directories: string[]): string[] {
    const problems: string[] = [];
    for (const file of directories.flatMap((dir) => listFiles(dir, (p) => /\.(cls|trigger)$/.test(p)))) {
        const lines = readFileSync(file, 'utf8').split(/\r?\n/);
        lines.forEach((line, index) => {
            const where = `${display(root, file)}:${index + 1}`;
            const suppress = SUPPRESS.exec(line);
            if (suppress) {
                const above = (lines[index - 1] ?? '').trim();
                if (!above.startsWith('//') || !isReason(above.slice(2))) {
                    problems.push(`${where} suppresses ${suppress[1]} without a '// reason' comment on the line above`);
                }
            }
            const nopmd = NOPMD.exec(line);
            if (nopmd && !isReason(nopmd[1].replace(/^[\s:-]+/, ''))) {
                problems.push(`${where} has a NOPMD marker without a reason after it`);
            }
        });
    }
    return problems;
}

/** In code-analyzer.yml, a rule that is disabled or lowered below High must have a comment line above it. */
export function unexplainedConfigChanges(yaml: string): string[] {
    const lines = yaml.split(/\r?\n/);
    const problems: string[] = [];
    lines.forEach((line, index) => {
        const rule = /^\s+(\w+):\s*\{.*(disabled:\s*true|severity:\s*[345]).*\}/.exec(line);
        if (rule && !(lines[index - 1] ?? '').trim().startsWith('#')) {
            problems.push(`code-analyzer.yml:${index + 1} weakens ${rule[1]} without a '# reason' comment above it`);
        }
    });
    return problems;
}
