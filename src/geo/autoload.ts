import { getGeometry } from './registry.js';

/**
 * The geometries pantau ships, each in a file of its own so a page that draws no map never
 * downloads boundaries. `geo="id-provinces"` loads its file on first use: from the npm package
 * a bundler follows the `import()`; in the CDN build (scripts/build.mjs) it becomes an import of
 * the sibling file `file`, resolved against the element's own script URL, so it is same-origin
 * and allowed by `script-src 'self'`. The loaded file registers itself.
 */
const SHIPPED: Record<string, { file: string; load: () => Promise<unknown> }> = {
  'id-provinces': { file: 'pantau-id-provinces.js', load: () => import('./id-provinces.js') },
};

/** A shipped geometry still loading, or the file that failed to load (its URL when the browser gave one). */
export type GeometryLoad = { status: 'pending' } | { status: 'error'; file: string };

interface Attempt {
  state: GeometryLoad;
  waiting: Set<() => void>;
}

const attempts = new Map<string, Attempt>();

/** The URL a failed `import()` names (Chromium and Firefox say it), else the file's name. */
function failedFile(error: unknown, file: string): string {
  const url = /\bhttps?:\/\/\S+/.exec(error instanceof Error ? error.message : String(error))?.[0];
  return url ?? file;
}

/**
 * Starts loading the shipped geometry `name` unless it is registered or already tried, and
 * calls `settled` once when it has loaded or failed. Undefined when pantau ships no geometry
 * by that name (or it is registered).
 */
export function requestGeometry(name: string, settled: () => void): GeometryLoad | undefined {
  const shipped = Object.hasOwn(SHIPPED, name) ? SHIPPED[name] : undefined;
  if (!shipped || getGeometry(name)) return undefined;
  let attempt = attempts.get(name);
  if (!attempt) {
    const a: Attempt = { state: { status: 'pending' }, waiting: new Set() };
    attempts.set(name, (attempt = a));
    const done = () => {
      a.waiting.forEach((f) => f());
      a.waiting.clear();
    };
    shipped.load().then(done, (error: unknown) => {
      a.state = { status: 'error', file: failedFile(error, shipped.file) };
      done();
    });
  }
  if (attempt.state.status === 'pending') attempt.waiting.add(settled);
  return attempt.state;
}
