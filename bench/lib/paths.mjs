import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const BENCH = fileURLToPath(new URL('..', import.meta.url));
export const ROOT = join(BENCH, '..');
export const RESULTS = join(BENCH, 'results');
/** The copy of dist/cdn measured in a run. */
export const CDN_SNAPSHOT = join(RESULTS, 'cdn');
