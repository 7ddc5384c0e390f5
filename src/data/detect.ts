import { DataError } from './errors.js';
import type { SourceFormat } from './types.js';

// Only requests need the URL (for 90-day paging); a `services.json` may be anything, such as a
// catalogue of service standards, so Open311 service lists are recognised by content.
const URL_FORMATS: [RegExp, SourceFormat][] = [
  [/\.csv$/, 'csv'],
  [/\.topo(json|\.json)$/, 'topojson'],
  [/\.geojson$/, 'geojson'],
  [/datastore_search/, 'ckan'],
  [/\.xml$/, 'open311-xml'], // the one XML format read
  [/\/requests(\/[^/]+)?\.json$/, 'open311'],
];

/** The format a URL's path names, when it names one. */
export function formatFromUrl(url: string): SourceFormat | undefined {
  let path: string;
  try {
    path = new URL(url, 'http://x/').pathname.toLowerCase();
  } catch {
    return undefined;
  }
  return URL_FORMATS.find(([pattern]) => pattern.test(path))?.[1];
}

/** What the body looks like: JSON, XML, CSV; an HTML page (a CMS error page, a login wall) is an error. */
export function sniffText(text: string, contentType: string, url?: string): 'json' | 'xml' | 'csv' {
  const head = text.slice(0, 512).trimStart();
  const type = contentType.toLowerCase();
  if (
    /^<(!doctype html|html|head|body)\b/i.test(head) ||
    (type.includes('text/html') && head.startsWith('<'))
  )
    throw new DataError(
      'parse',
      `Expected data${url ? ` from ${url}` : ''} but the server sent an HTML page (content type "${contentType || 'none'}"). The address may be wrong, or the server shows an error or login page.`,
      url ? { url } : {},
    );
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'xml';
  return 'csv';
}

/** The GeoJSON geometry types. */
export const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** The format of parsed JSON: a CKAN envelope, TopoJSON, GeoJSON, Open311 requests/services, or plain JSON. */
export function formatOfJson(value: unknown): SourceFormat {
  if (typeof value !== 'object' || value === null) return 'json';
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (
      typeof first === 'object' &&
      first !== null &&
      ('service_request_id' in first || ('service_code' in first && 'service_name' in first))
    )
      return 'open311';
    return 'json';
  }
  const o = value as Record<string, unknown>;
  if ('success' in o && typeof o.result === 'object' && o.result !== null && 'records' in o.result)
    return 'ckan';
  if (o.type === 'Topology') return 'topojson';
  if (o.type === 'FeatureCollection' || o.type === 'Feature' || GEOMETRY_TYPES.has(o.type as string))
    return 'geojson';
  return 'json';
}

/** JSON.parse with an error that says where the data came from and what to check. */
export function parseJSON(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DataError(
      'parse',
      `The data${url ? ` at ${url}` : ''} is not valid JSON (${why}). The file may be cut off, or not be JSON.`,
      url ? { url } : {},
    );
  }
}
