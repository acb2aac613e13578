/**
 * One error path for every CIO Pipelines component: whatever a wire adapter, an imperative Apex call, Lightning
 * Data Service or our own code throws, reduceErrors() turns it into plain messages for the error panel or a toast.
 *
 * Shapes handled (all seen from the platform):
 * - an Apex exception (AuraHandledException): `{ body: { message } }`
 * - an Apex DML error: `{ body: { pageErrors: [{ message }], fieldErrors: { Field: [{ message }] } } }`
 * - a UI API record error: `{ body: { output: { errors: [{ message }], fieldErrors: { Field: [{ message }] } } } }`
 * - a UI API list of errors: `{ body: [{ message }] }`
 * - a network failure: `{ statusText }`; a JavaScript Error: `{ message }`; a plain string
 * - an array of any of these
 *
 * Messages are returned as plain strings: callers render them as text, never as HTML.
 */

type Bag = Record<string, unknown>;

function isBag(value: unknown): value is Bag {
    return typeof value === 'object' && value !== null;
}

function messageOf(value: unknown): string | undefined {
    return isBag(value) && typeof value.message === 'string' ? value.message : undefined;
}

function messagesOf(list: unknown): string[] {
    return Array.isArray(list) ? list.map(messageOf).filter((m): m is string => m !== undefined) : [];
}

function fieldMessages(fieldErrors: unknown): string[] {
    return isBag(fieldErrors) ? Object.values(fieldErrors).flatMap(messagesOf) : [];
}

function fromBody(body: unknown): string[] {
    if (Array.isArray(body)) {
        return messagesOf(body);
    }
    if (!isBag(body)) {
        return [];
    }
    const output = isBag(body.output) ? body.output : {};
    return [
        ...messagesOf(body.pageErrors),
        ...fieldMessages(body.fieldErrors),
        ...messagesOf(output.errors),
        ...fieldMessages(output.fieldErrors),
        ...(typeof body.message === 'string' ? [body.message] : [])
    ];
}

function fromOne(error: unknown): string[] {
    if (typeof error === 'string') {
        return [error];
    }
    if (!isBag(error)) {
        return [];
    }
    const fromPlatform = fromBody(error.body);
    if (fromPlatform.length > 0) {
        return fromPlatform;
    }
    const own = messageOf(error);
    if (own !== undefined) {
        return [own];
    }
    return typeof error.statusText === 'string' ? [error.statusText] : [];
}

/**
 * Reduces one error or a list of errors to distinct, non-blank messages, in the order they were found.
 * @param errors anything a component caught or received from a wire adapter
 * @returns the messages; empty when there is nothing to say
 */
export function reduceErrors(errors: unknown): string[] {
    const list: unknown[] = Array.isArray(errors) ? errors : [errors];
    const messages = list
        .flatMap(fromOne)
        .map((message) => message.trim())
        .filter((message) => message.length > 0);
    return [...new Set(messages)];
}
