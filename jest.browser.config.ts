import type { Config } from 'jest';

/**
 * The browser tests (`npm run test:browser`): journeys through the local preview in the system Chromium, driven by
 * Playwright. One preview is built and served for the whole run (globalSetup); the specs run one at a time, since
 * they share it and the machine has two cores.
 */
const config: Config = {
    displayName: 'browser',
    rootDir: __dirname,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/browser/**/*.spec.ts'],
    transform: {
        '^.+\\.ts$': [
            'babel-jest',
            { presets: [['@babel/preset-env', { targets: { node: 'current' } }], '@babel/preset-typescript'] }
        ]
    },
    globalSetup: '<rootDir>/test/browser/support/globalSetup.ts',
    globalTeardown: '<rootDir>/test/browser/support/globalTeardown.ts',
    maxWorkers: 1,
    testTimeout: 60_000
};

export default config;
