/**
 * The CKAN DataStore plugin (`datastore_search`): records coerced by field type, paged to
 * `total` or the row cap. An element loads this module on first use (the CDN side file
 * `pantau-ckan.js`); `pantau/data` and `pantau.js` register it at once (./index.ts).
 */
import type { FetchText, FormatPlugin } from '../plugin.js';
import { ckanPage, pagedCkan } from './ckan.js';
import { ckanSignature } from './detect.js';

/** The plugin, paging with the page's `fetchText`. */
export function ckanPlugins(fetchText: FetchText): FormatPlugin[] {
  return [
    {
      ...ckanSignature,
      read: (value) => ckanPage(value).records,
      async load(url, o) {
        const r = await pagedCkan(fetchText, url, o);
        return {
          data: o.records === false ? r : r.records,
          truncated: r.capped ? { total: r.total, kept: r.records.length } : undefined,
        };
      },
    },
  ];
}
