import { PROJECT_ROOT } from '../../helpers/workspace';
import { buildPreview } from '../../../scripts/preview/bundle';
import { startPreview } from '../../../scripts/preview/preview';
import { PREVIEW_URL_VARIABLE, type SharedPreview } from './environment';

/**
 * Builds the preview once and serves it for every spec. The bundle is kept for specs that serve it again with other
 * data (gate.spec.ts): they reuse the build's cache instead of compiling from scratch.
 */
export default async function globalSetup(): Promise<void> {
    const bundle = await buildPreview({ root: PROJECT_ROOT });
    for (const warning of bundle.warnings) console.warn(`preview warning: ${warning}`);
    const preview = await startPreview({ root: PROJECT_ROOT, port: 0, bundle });
    process.env[PREVIEW_URL_VARIABLE] = preview.server.url;
    (globalThis as SharedPreview).cioPreview = preview;
    console.log(`\npreview built in ${(bundle.milliseconds / 1000).toFixed(1)} s, serving ${preview.server.url}`);
}
