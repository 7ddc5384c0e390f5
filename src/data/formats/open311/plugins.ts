/**
 * The Open311 GeoReport v2 plugins, JSON and XML: requests and services, ranges paged in 90-day
 * windows. An element loads this module on first use (the CDN side file `pantau-open311.js`);
 * `pantau/data` and `pantau.js` register it at once (./index.ts).
 */
import type { FetchText, FormatPlugin } from '../plugin.js';
import { open311Signature, open311XmlSignature } from './detect.js';
import { open311Rows, pagedOpen311, parseOpen311Xml } from './open311.js';

/** The plugins, paging with the page's `fetchText`. */
export function open311Plugins(fetchText: FetchText): FormatPlugin[] {
  const load: FormatPlugin['load'] = async (url, o) => ({ data: await pagedOpen311(fetchText, url, o) });
  return [
    { ...open311Signature, read: open311Rows, load },
    { ...open311XmlSignature, read: (text, o) => parseOpen311Xml(text as string, o.maxXmlSize), load },
  ];
}
