import type { Config } from 'jest';
// sfdx-lwc-jest ships CommonJS without types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { jestConfig: lwcPreset } = require('@salesforce/sfdx-lwc-jest/config') as { jestConfig: Config };

/**
 * Two projects: the package's Lightning Web Components (sfdx-lwc-jest, jsdom, `.ts` tests beside each
 * component) and the TypeScript tooling in scripts/ (Node, tests under test/). Coverage is enforced separately
 * for each, at 90 % of lines.
 */
const coverageFrom = [
    'force-app/**/lwc/**/*.ts',
    'scripts/**/*.ts',
    '!**/__tests__/**',
    '!**/*.d.ts',
    // Entry points only parse argv and call the tested modules.
    '!scripts/bin/**',
    // The preview's browser entry only wires the tested modules together; the browser tests run it.
    '!scripts/preview/browser/main.ts'
];

const config: Config = {
    projects: [
        {
            ...lwcPreset,
            displayName: 'lwc',
            transform: {
                ...lwcPreset.transform,
                '^.+\\.(js|ts|html|css)$': '<rootDir>/config/jest/lwc-transformer.cjs'
            },
            // The preset's own list would also pick up the generated .js beside each .ts source.
            collectCoverageFrom: coverageFrom,
            moduleFileExtensions: ['ts', 'js', 'html'],
            testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.ts'],
            setupFilesAfterEnv: ['<rootDir>/jest.setup.lwc.ts']
        },
        {
            displayName: 'scripts',
            rootDir: __dirname,
            testEnvironment: 'node',
            testMatch: ['<rootDir>/test/**/*.test.ts'],
            testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/fixtures/'],
            transform: {
                '^.+\\.ts$': [
                    'babel-jest',
                    {
                        presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript']
                    }
                ]
            }
        }
    ],
    collectCoverageFrom: coverageFrom,
    coverageReporters: ['text-summary', 'lcov'],
    coverageThreshold: {
        global: { lines: 90 },
        './force-app/': { lines: 90 },
        './scripts/': { lines: 90 }
    }
};

export default config;
