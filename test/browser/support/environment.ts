import { join } from 'node:path';
import type { RunningPreview } from '../../../scripts/preview/preview';
import { PROJECT_ROOT } from '../../helpers/workspace';

/** globalSetup puts the preview's address here for the specs (which run in other module registries). */
export const PREVIEW_URL_VARIABLE = 'CIO_PREVIEW_URL';

/** Where each journey leaves its screenshot (git-ignored). */
export const SCREENSHOT_DIR = join(PROJECT_ROOT, '.tmp', 'screenshots');

export type SharedPreview = typeof globalThis & { cioPreview?: RunningPreview };

/** The preview every spec drives. */
export function previewUrl(): string {
    const url = process.env[PREVIEW_URL_VARIABLE];
    if (!url) {
        throw new Error(`${PREVIEW_URL_VARIABLE} is not set: run the browser tests with npm run test:browser`);
    }
    return url;
}
