import { run } from '../../scripts/lib/run';

describe('run', () => {
    it('collects output and the exit code', async () => {
        const result = await run('node', ['-e', 'console.log("out"); console.error("err"); process.exit(3)']);

        expect(result).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n' });
    });

    it('passes arguments without a shell', async () => {
        const result = await run('node', ['-e', 'console.log(process.argv[1])', '$HOME; rm -rf /']);

        expect(result.stdout).toBe('$HOME; rm -rf /\n');
    });

    it('streams output when asked to echo', async () => {
        const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
        const writeErr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
        try {
            await run('node', ['-e', 'console.log("shown"); console.error("shown too")'], { echo: true });
            expect(write.mock.calls.map((call) => String(call[0])).join('')).toContain('shown');
            expect(writeErr.mock.calls.map((call) => String(call[0])).join('')).toContain('shown too');
        } finally {
            write.mockRestore();
            writeErr.mockRestore();
        }
    });

    it('names a missing command and how to get it', async () => {
        await expect(run('no-such-tool-cio', [])).rejects.toThrow(
            "'no-such-tool-cio' was not found on PATH. Install it, or run `npm ci` first."
        );
    });

    it('gives the Java install hint when java is missing', async () => {
        await expect(run('java', ['-version'], { env: { PATH: '/nonexistent' } })).rejects.toThrow(
            'apt-get install openjdk-17-jre-headless'
        );
    });
});
