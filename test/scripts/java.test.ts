import { MINIMUM_JAVA, parseJavaMajor, requireJava } from '../../scripts/lib/java';
import * as runModule from '../../scripts/lib/run';

describe('parseJavaMajor', () => {
    it.each([
        ['openjdk version "17.0.15" 2025-04-15', 17],
        ['openjdk version "21" 2023-09-19', 21],
        ['java version "1.8.0_392"', 8],
        ['no version here', undefined]
    ])('reads %j as %p', (output, expected) => {
        expect(parseJavaMajor(output)).toBe(expected);
    });
});

describe('requireJava', () => {
    afterEach(() => jest.restoreAllMocks());

    it(`accepts the Java ${MINIMUM_JAVA}+ this machine must have`, async () => {
        await expect(requireJava()).resolves.toBeUndefined();
    });

    it('explains how to install Java when only an old one is found', async () => {
        jest.spyOn(runModule, 'run').mockResolvedValue({ code: 0, stdout: '', stderr: 'java version "1.8.0_392"' });

        await expect(requireJava()).rejects.toThrow(
            'Java 17 or later is required (found 8). Debian/Ubuntu: apt-get install openjdk-17-jre-headless.'
        );
    });

    it('says when the version cannot be read', async () => {
        jest.spyOn(runModule, 'run').mockResolvedValue({ code: 1, stdout: '', stderr: 'garbage' });

        await expect(requireJava()).rejects.toThrow('found an unreadable version');
    });
});
