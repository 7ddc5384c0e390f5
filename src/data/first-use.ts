/**
 * Formats whose plugins load on first use (issue 18): an element's first paint carries only
 * their signatures (`FORMATS` in registry.ts); `registerFormatOnFirstUse` teaches the registry
 * to load a missing plugin and read again. Only bundles that call it carry this module.
 */
import { DataError } from './errors.js';
import type { FormatName, FormatPlugin } from './formats/plugin.js';
import { reads, registerFormat } from './registry.js';

const onFirstUse = new Map<FormatName, () => Promise<void>>();

/** Thrown by a synchronous read that needs a plugin not loaded yet; `withFormats` catches it. */
class FormatNotLoaded extends Error {
  constructor(readonly load: () => Promise<void>) {
    super('format not loaded yet');
  }
}

/** A read, run again once the plugin it found missing has loaded; synchronous when nothing is missing. */
function runLoading<T>(run: () => T): T | Promise<T> {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof FormatNotLoaded)) throw e;
    // JSON text is then parsed twice, on a format's first use only.
    return e.load().then(() => runLoading(run));
  }
}

/**
 * Makes formats readable through plugins that `load` imports on first use (an element's side
 * file). A read that needs one throws {@link FormatNotLoaded} until then; `withFormats` awaits
 * the load and reads again. A failed load is tried again by the next read.
 */
export function registerFormatOnFirstUse(
  names: readonly FormatName[],
  load: () => Promise<readonly FormatPlugin[]>,
): void {
  if (reads.run !== runLoading) {
    // A side file carries its own copy of DataError: `instanceof` recognises its errors by
    // name, so they keep their code. Only bundles with side files need this.
    Object.defineProperty(DataError, Symbol.hasInstance, {
      value: (e: unknown) => e instanceof Error && e.name === 'DataError',
    });
    const missing = reads.missing;
    reads.run = runLoading;
    reads.missing = (name) => {
      const pending = onFirstUse.get(name);
      if (pending) throw new FormatNotLoaded(pending);
      return missing(name);
    };
  }
  let loading: Promise<void> | undefined;
  const once = (): Promise<void> =>
    (loading ??= load().then(
      (loaded) => {
        loaded.forEach(registerFormat);
        for (const name of names) onFirstUse.delete(name);
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  // A format whose plugin is already registered never reaches `missing`.
  for (const name of names) onFirstUse.set(name, once);
}
