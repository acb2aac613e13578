import { main, UsageError } from '../../scripts/lib/cli';

async function settle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
}

describe('main', () => {
    const originalExitCode = process.exitCode;
    let errors: string[];

    beforeEach(() => {
        errors = [];
        jest.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
    });

    afterEach(() => {
        process.exitCode = originalExitCode;
        jest.restoreAllMocks();
        delete process.env.DEBUG;
    });

    it('uses the body result as the exit code', async () => {
        main(async () => 0);
        await settle();
        expect(process.exitCode).toBe(0);
    });

    it('prints only the usage text and exits 64 on a usage error', async () => {
        main(async () => {
            throw new UsageError('usage: npm run deploy -- -o <alias>');
        });
        await settle();

        expect(process.exitCode).toBe(64);
        expect(errors).toEqual(['usage: npm run deploy -- -o <alias>']);
    });

    it('prints the message without a stack and exits 2 on any other error', async () => {
        main(async () => {
            throw new Error('Java 17 or later is required');
        });
        await settle();

        expect(process.exitCode).toBe(2);
        expect(errors).toEqual(['error: Java 17 or later is required']);
    });

    it('adds the stack when DEBUG is set, and copes with non-Error throws', async () => {
        process.env.DEBUG = '1';
        main(async () => {
            throw new Error('boom');
        });
        await settle();
        expect(errors[1]).toContain('at ');

        errors.length = 0;
        main(async () => {
            throw 'plain string';
        });
        await settle();
        expect(errors).toEqual(['error: plain string']);
    });
});
