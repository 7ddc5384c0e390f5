/**
 * The Open311 and CKAN readers, loaded on first use (issue 18): an element's first paint
 * carries only their signatures (data/registry.ts), the reading and paging code comes from a
 * side file shared by every element that reads the format (`pantau-open311.js`,
 * `pantau-ckan.js` in the CDN folder; see side-module.ts). The plugins page with this bundle's
 * `fetchText`, so its cache, retries and budgets stay one.
 */
import { DataError } from '../../data/errors.js';
import { fetchText } from '../../data/net/fetch.js';
import type { FormatName, FormatPlugin } from '../../data/formats/plugin.js';
import { registerFormatOnFirstUse } from '../../data/first-use.js';
import { loadSide, SideFileError } from './side-module.js';

function onFirstUse(
  names: FormatName[],
  what: string,
  file: string,
  load: () => Promise<FormatPlugin[]>,
): void {
  registerFormatOnFirstUse(names, () =>
    loadSide(file, load).catch((e: unknown) => {
      if (!(e instanceof SideFileError)) throw e;
      // The data cannot be read without it: say which file, as a missing download does.
      throw new DataError(
        'network',
        `Reading ${what} data needs ${file}, which could not be loaded${e.url ? ` from ${e.url}` : ''}. Put it beside the element's script file, or load pantau.js.`,
        e.url ? { url: e.url } : {},
      );
    }),
  );
}

/** Open311 (JSON and XML) readers from `pantau-open311.js`. */
export function open311OnFirstUse(): void {
  onFirstUse(['open311', 'open311-xml'], 'Open311', 'pantau-open311.js', () =>
    import('../../data/formats/open311/plugins.js').then((m) => m.open311Plugins(fetchText)),
  );
}

/** The CKAN DataStore reader from `pantau-ckan.js`. */
export function ckanOnFirstUse(): void {
  onFirstUse(['ckan'], 'CKAN', 'pantau-ckan.js', () =>
    import('../../data/formats/ckan/plugins.js').then((m) => m.ckanPlugins(fetchText)),
  );
}
