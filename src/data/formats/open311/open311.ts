import { DEFAULT_MAX_REQUESTS, overRequestLimit, requestsLeft } from '../../net/budget.js';
import { newDateParts } from '../../../time/dates.js';
import { DataError } from '../../errors.js';
import { absoluteUrl, type FetchOptions } from '../../net/fetch.js';
import type { FetchText } from '../plugin.js';
import { parseJSON, sniffText } from '../../registry.js';
import type { Row } from '../../validate/schema.js';
import { instantOf } from '../../../time/timezone.js';
import { readFlatXml, readFlatXmlSliced, type FlatXml } from './xml.js';

/** Open311 GeoReport v2 allows at most 90 days between `start_date` and `end_date`. */
export const OPEN311_MAX_DAYS = 90;

function checkErrors(rows: unknown[]): void {
  const first = rows[0] as Record<string, unknown> | undefined;
  if (
    first &&
    typeof first === 'object' &&
    'code' in first &&
    'description' in first &&
    !('service_code' in first) &&
    !('service_request_id' in first)
  )
    throw new DataError(
      'shape',
      `The Open311 server reported an error: ${String(first.code)} ${String(first.description)}.`,
    );
}

/** Requests or services from a GeoReport v2 JSON response (an array), checked for an error response. */
export function open311Rows(value: unknown): Row[] {
  if (!Array.isArray(value))
    throw new DataError(
      'shape',
      'An Open311 response is a JSON array of requests or services; this is not an array.',
    );
  checkErrors(value);
  return value as Row[];
}

/**
 * Largest Open311 XML read in one piece (characters, about bytes): larger text is read in
 * slices of a few milliseconds when loaded from a URL, and refused when given as text.
 */
export const MAX_SYNC_XML = 1024 * 1024;

function xmlRows(doc: FlatXml): Row[] {
  if (doc.root === 'errors') checkErrors(doc.rows);
  else if (!/^(service_requests|services|service_request_updates)$/.test(doc.root))
    throw new DataError('shape', `Expected Open311 <service_requests> or <services>, got <${doc.root}>.`);
  return doc.rows;
}

/**
 * Requests or services from a GeoReport v2 XML response: each `<request>`/`<service>` becomes
 * an object of its child elements' text. Read without a DOM (see `xml.ts`), anywhere; text over
 * `max` characters (default `MAX_SYNC_XML`) is refused, as reading it would hold up the page.
 */
export function parseOpen311Xml(text: string, max = MAX_SYNC_XML): Row[] {
  if (text.length > max)
    throw new DataError(
      'too-large',
      `This Open311 XML (${(text.length / 1048576).toFixed(1)} MB) is larger than the ${(max / 1048576).toFixed(1)} MB read in one go on the page. Load it by URL (src, with format="open311-xml"), where it is read in slices, or ask the server for JSON (requests.json).`,
    );
  return xmlRows(readFlatXml(text));
}

/** Like `parseOpen311Xml`, of any size, in slices that leave the page responsive. */
export async function parseOpen311XmlSliced(text: string, signal?: AbortSignal): Promise<Row[]> {
  return xmlRows(await readFlatXmlSliced(text, 8, signal));
}

const parts = newDateParts();
function instant(value: string | Date): number {
  // Zone-less values are read as UTC, the zone of the ISO timestamps the windows are sent in.
  const ms = instantOf(value, parts, 'UTC');
  if (!Number.isNaN(ms)) return ms;
  throw new DataError(
    'shape',
    `Not a date for an Open311 range: "${String(value)}". Use 2024-03-01 or an ISO timestamp.`,
  );
}

/** How to ask an Open311 server for less. */
const NARROW_OPEN311 =
  'Narrow start_date and end_date (Open311 answers at most 90 days per request, so a year takes 5 requests).';

/**
 * Consecutive windows of at most `days` days covering `start`..`end`, as ISO timestamps.
 * DataError 'request-limit' when that takes more than `max` windows (default 100): a range
 * such as 0001-01-01..9999-12-31 would otherwise plan 40,000 requests.
 */
export function open311Windows(
  start: string | Date,
  end: string | Date,
  days = OPEN311_MAX_DAYS,
  max = DEFAULT_MAX_REQUESTS,
): [string, string][] {
  const [a, b] = [instant(start), instant(end)];
  const step = days * 86_400_000;
  const count = Math.max(1, Math.ceil((b - a) / step));
  if (count > max)
    throw overRequestLimit(
      `the Open311 range ${String(start)} to ${String(end)}`,
      count,
      max,
      NARROW_OPEN311,
    );
  const out: [string, string][] = [];
  for (let t = a; t < b || out.length === 0; t += step)
    out.push([new Date(t).toISOString(), new Date(Math.min(t + step, b)).toISOString()]);
  return out;
}

export interface Open311Options extends FetchOptions {
  /** Most requests (90-day windows and retries) one load may make (default 100). */
  maxRequests?: number;
  /** Start of the range (default: the URL's `start_date`). */
  start?: string | Date;
  /** End of the range (default: the URL's `end_date`). */
  end?: string | Date;
}

/** Reads an Open311 body by its form, XML or JSON. */
export function parseOpen311(text: string, contentType = '', url?: string): Row[] {
  return sniffText(text, contentType, url) === 'xml'
    ? parseOpen311Xml(text)
    : open311Rows(parseJSON(text, url));
}

/** `parseOpen311` for a fetched body: XML of any size, read in slices. */
function readOpen311(
  text: string,
  contentType: string,
  url: string,
  signal?: AbortSignal,
): Promise<Row[]> | Row[] {
  return sniffText(text, contentType, url) === 'xml'
    ? parseOpen311XmlSliced(text, signal)
    : open311Rows(parseJSON(text, url));
}

/**
 * `fetchOpen311` (./fetch.ts) with the fetch given. A range longer than 90 days is asked for in
 * consecutive windows, and the answers joined without repeating a `service_request_id`.
 */
export async function pagedOpen311(
  fetchText: FetchText,
  url: string,
  o: Open311Options = {},
): Promise<Row[]> {
  const u = new URL(absoluteUrl(url));
  const start = o.start ?? u.searchParams.get('start_date') ?? undefined;
  const end = o.end ?? u.searchParams.get('end_date') ?? undefined;
  const windows =
    start !== undefined && end !== undefined
      ? open311Windows(start, end, OPEN311_MAX_DAYS, requestsLeft(o))
      : [];
  if (windows.length <= 1 && o.start === undefined) {
    const r = await fetchText(u.href, o);
    return readOpen311(r.text, r.contentType, u.href, o.signal);
  }
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const [from, to] of windows) {
    u.searchParams.set('start_date', from);
    u.searchParams.set('end_date', to);
    const r = await fetchText(u.href, o);
    for (const row of await readOpen311(r.text, r.contentType, u.href, o.signal)) {
      const id = row.service_request_id;
      if (id !== undefined && id !== null) {
        if (seen.has(String(id))) continue;
        seen.add(String(id));
      }
      rows.push(row);
    }
  }
  return rows;
}
