import { reduceErrors } from 'c/cioErrorUtils';

describe('reduceErrors', () => {
    it('returns the message of an Apex AuraHandledException', () => {
        expect(reduceErrors({ body: { message: 'Region must be US or EU.' } })).toEqual(['Region must be US or EU.']);
    });

    it('returns page and field errors of an Apex DML failure', () => {
        const error = {
            body: {
                pageErrors: [{ message: 'Insufficient access.' }],
                fieldErrors: { Site_ID__c: [{ message: 'Site ID is too long.' }] }
            }
        };
        expect(reduceErrors(error)).toEqual(['Insufficient access.', 'Site ID is too long.']);
    });

    it('returns errors from a UI API record response', () => {
        const error = {
            body: {
                output: {
                    errors: [{ message: 'Record is locked.' }],
                    fieldErrors: { Email: [{ message: 'Invalid email.' }, { message: 'Email required.' }] }
                }
            }
        };
        expect(reduceErrors(error)).toEqual(['Record is locked.', 'Invalid email.', 'Email required.']);
    });

    it('returns every message of a UI API error list', () => {
        expect(reduceErrors({ body: [{ message: 'First.' }, { message: 'Second.' }, { noMessage: true }] })).toEqual([
            'First.',
            'Second.'
        ]);
    });

    it('falls back to the message of a JavaScript error', () => {
        expect(reduceErrors(new TypeError('x is undefined'))).toEqual(['x is undefined']);
    });

    it('falls back to the status text of a failed fetch', () => {
        expect(reduceErrors({ body: {}, status: 503, statusText: 'Service Unavailable' })).toEqual([
            'Service Unavailable'
        ]);
    });

    it('accepts plain strings and arrays of mixed errors, without duplicates', () => {
        const errors = ['Timed out.', { body: { message: 'Timed out.' } }, new Error('Other.')];
        expect(reduceErrors(errors)).toEqual(['Timed out.', 'Other.']);
    });

    it('drops blanks, nulls and shapes it does not know', () => {
        expect(reduceErrors([null, undefined, 42, '   ', { body: null }, { status: 500 }])).toEqual([]);
    });

    it('trims messages', () => {
        expect(reduceErrors('  Spaced out.  ')).toEqual(['Spaced out.']);
    });

    it('keeps markup as literal text for the caller to render as text', () => {
        expect(reduceErrors({ body: { message: '<img src=x onerror=alert(1)>' } })).toEqual([
            '<img src=x onerror=alert(1)>'
        ]);
    });
});
