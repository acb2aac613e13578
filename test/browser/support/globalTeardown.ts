import type { SharedPreview } from './environment';

export default async function globalTeardown(): Promise<void> {
    await (globalThis as SharedPreview).cioPreview?.close();
}
