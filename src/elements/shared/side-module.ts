/**
 * Features the first paint does not need (downloads, exports, JSON-LD) live in side modules,
 * loaded on first use with `import()`. From the npm package a bundler follows the `import()`;
 * in the CDN build (scripts/build.mjs, `sideFiles` in scripts/entries.mjs) each side module is
 * its own self-contained file beside the element's, e.g. `pantau-complaint-trend.export.js`,
 * which the browser resolves against the bundle's own URL: same-origin, allowed by
 * `script-src 'self'`, no eval, blob: or data: URLs. A page that copied only the element's
 * file still paints; the feature then fails with a {@link SideFileError} naming the file.
 */

/** A side file that could not be loaded: `file` is its name, `url` where the browser looked. */
export class SideFileError extends Error {
  override readonly name = 'SideFileError';
  constructor(
    readonly file: string,
    readonly url: string | undefined,
    options?: ErrorOptions,
  ) {
    super(`could not load ${url ?? file}`, options);
  }
}

const loads = new Map<string, Promise<unknown>>();

/** The URL a failed `import()` names (Chromium and Firefox say it), if it names one. */
function failedUrl(error: unknown): string | undefined {
  return /\bhttps?:\/\/[^\s'"]+/.exec(error instanceof Error ? error.message : String(error))?.[0];
}

/**
 * Loads the side module shipped as `file` once: later calls share the first load. A failed
 * load rejects with a {@link SideFileError} and is forgotten, so a later use tries again.
 */
export function loadSide<T>(file: string, load: () => Promise<T>): Promise<T> {
  let loading = loads.get(file) as Promise<T> | undefined;
  if (!loading) {
    loading = load().catch((error: unknown) => {
      loads.delete(file);
      throw new SideFileError(file, failedUrl(error), { cause: error });
    });
    loads.set(file, loading);
  }
  return loading;
}
