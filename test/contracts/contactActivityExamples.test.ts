import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apexDtoFields } from '../helpers/apexDto';
import { PROJECT_ROOT } from '../helpers/workspace';

/**
 * docs/examples/contact-activity/<STATUS>.json are example payloads of CioContactActivityController (one per
 * status of docs/contact-activity-contract.md) for the component work. Apex cannot run here, so this test keeps
 * them honest: every object has exactly the fields of its CioContactActivityDto class, and each example keeps the
 * contract's rules for its status.
 */

const EXAMPLES = join(PROJECT_ROOT, 'docs', 'examples', 'contact-activity');
const DTO = join(PROJECT_ROOT, 'force-app', 'main', 'engagement', 'classes', 'CioContactActivityDto.cls');
const STATUSES = ['OK', 'NO_EMAIL', 'NOT_FOUND', 'NOT_CONFIGURED', 'UNAUTHORIZED', 'RATE_LIMITED', 'TIMEOUT', 'ERROR'];
const EMAIL_TYPES = ['sent', 'delivered', 'opened', 'clicked', 'bounced', 'failed', 'unsubscribed'];
const PLACEHOLDERS = ['firstName', 'name', 'page', 'url', 'ago', 'count', 'lastActivity', 'state', 'owner'];

type Json = Record<string, unknown>;

const dto = apexDtoFields(readFileSync(DTO, 'utf8'));
const examples = new Map(
    readdirSync(EXAMPLES)
        .filter((file) => file.endsWith('.json'))
        .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Json])
);

/** Where each nested DTO sits in a Panel, and which class it is. */
const NESTED: { key: string; type: string; list: boolean }[] = [
    { key: 'contact', type: 'ContactInfo', list: false },
    { key: 'person', type: 'PersonInfo', list: false },
    { key: 'engagement', type: 'Engagement', list: false },
    { key: 'kpis', type: 'Kpis', list: false },
    { key: 'keyPages', type: 'PageView', list: true },
    { key: 'emails', type: 'EmailEvent', list: true }
];

function fieldsOf(type: string): string[] {
    const fields = dto.get(type);
    if (!fields) throw new Error(`CioContactActivityDto has no class ${type}`);
    return [...fields].sort();
}

describe('Contact Activity example payloads', () => {
    it('has one example per contract status', () => {
        expect([...examples.keys()].sort()).toEqual([...STATUSES].sort());
    });

    describe.each(STATUSES)('%s', (status) => {
        const panel = examples.get(status) as Json;

        it('has exactly the Apex DTO fields at every level', () => {
            expect(Object.keys(panel).sort()).toEqual(fieldsOf('Panel'));
            for (const { key, type, list } of NESTED) {
                const values = list ? (panel[key] as Json[]) : [panel[key] as Json | null];
                for (const value of values.filter((item): item is Json => item !== null)) {
                    expect(Object.keys(value).sort()).toEqual(fieldsOf(type));
                }
            }
            const engagement = panel.engagement as Json | null;
            for (const value of (engagement?.values as Json[] | undefined) ?? []) {
                expect(Object.keys(value).sort()).toEqual(fieldsOf('TemplateValue'));
            }
        });

        it('keeps the rules of its status', () => {
            expect(panel.status).toBe(status);
            expect(Array.isArray(panel.keyPages) && Array.isArray(panel.emails)).toBe(true);
            if (status === 'OK') {
                expect(panel.message).toBeNull();
                expect(panel.engagement).not.toBeNull();
                expect(panel.kpis).not.toBeNull();
            } else {
                expect(typeof panel.message).toBe('string');
                expect(panel.engagement).toBeNull();
                expect(panel.kpis).toBeNull();
            }
            expect(panel.retryAfterSeconds === null).toBe(status !== 'RATE_LIMITED');
        });
    });

    it('shows a complete OK payload: placeholders, unique email ids, newest first', () => {
        const ok = examples.get('OK') as Json;
        const engagement = ok.engagement as Json;
        expect((engagement.values as Json[]).map((value) => value.name)).toEqual(PLACEHOLDERS);
        const emails = ok.emails as Json[];
        expect(new Set(emails.map((email) => email.id)).size).toBe(emails.length);
        expect(emails.every((email) => EMAIL_TYPES.includes(email.type as string))).toBe(true);
        for (const list of [emails, ok.keyPages as Json[]]) {
            const times = list.map((item) => item.at as number);
            expect(times).toEqual([...times].sort((a, b) => b - a));
        }
        expect(ok.matchCount).toBeGreaterThan(1);
        expect(typeof ok.matchNote).toBe('string');
    });

    it('fails on a payload whose keys drifted from the DTO', () => {
        const drifted = { ...(examples.get('OK') as Json), extra: true };
        expect(Object.keys(drifted).sort()).not.toEqual(fieldsOf('Panel'));
        expect(() => fieldsOf('NoSuchClass')).toThrow('CioContactActivityDto has no class NoSuchClass');
    });
});
