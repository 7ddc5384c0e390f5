import { newDateParts } from './dates.js';
import { DataError } from './errors.js';
import { absoluteUrl, fetchText, type FetchOptions } from './fetch.js';
import { parseJSON, sniffText } from './detect.js';
import type { Row } from './schema.js';
import { instantOf } from './timezone.js';
import { trusted } from './trusted-types.js';

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
 * Requests or services from a GeoReport v2 XML response: each `<request>`/`<service>`
 * becomes an object of its child elements' text. Needs DOMParser, so main thread only.
 */
export function parseOpen311Xml(text: string): Row[] {
  if (typeof DOMParser === 'undefined')
    throw new DataError(
      'parse',
      'Open311 XML can only be read on the main thread (DOMParser is not available here).',
    );
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(trusted('createHTML', text), 'application/xml');
  } catch {
    throw new DataError(
      'parse',
      'This page enforces Trusted Types and does not allow the policy "pantau" that reads Open311 XML: add pantau to its trusted-types directive, or ask the server for JSON (requests.json).',
    );
  }
  if (doc.getElementsByTagName('parsererror').length)
    throw new DataError('parse', 'The Open311 XML is not well-formed. The file may be cut off.');
  const root = doc.documentElement;
  const rows = [...root.children].map((item) => {
    const row: Row = {};
    for (const field of item.children) row[field.localName] = (field.textContent ?? '').trim();
    return row;
  });
  if (root.localName === 'errors') checkErrors(rows);
  else if (!/^(service_requests|services|service_request_updates)$/.test(root.localName))
    throw new DataError(
      'shape',
      `Expected Open311 <service_requests> or <services>, got <${root.localName}>.`,
    );
  return rows;
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

/** Consecutive windows of at most `days` days covering `start`..`end`, as ISO timestamps. */
export function open311Windows(
  start: string | Date,
  end: string | Date,
  days = OPEN311_MAX_DAYS,
): [string, string][] {
  const [a, b] = [instant(start), instant(end)];
  const step = days * 86_400_000;
  const out: [string, string][] = [];
  for (let t = a; t < b || out.length === 0; t += step)
    out.push([new Date(t).toISOString(), new Date(Math.min(t + step, b)).toISOString()]);
  return out;
}

export interface Open311Options extends FetchOptions {
  /** Start of the range (default: the URL's `start_date`). */
  start?: string | Date;
  /** End of the range (default: the URL's `end_date`). */
  end?: string | Date;
}

/** Reads an Open311 body by its form: XML on the main thread, JSON anywhere. */
export function parseOpen311(text: string, contentType = '', url?: string): Row[] {
  return sniffText(text, contentType, url) === 'xml'
    ? parseOpen311Xml(text)
    : open311Rows(parseJSON(text, url));
}

/**
 * Fetches Open311 requests (or services). A range longer than 90 days is asked for in
 * consecutive windows, and the answers joined without repeating a `service_request_id`.
 */
export async function fetchOpen311(url: string, o: Open311Options = {}): Promise<Row[]> {
  const u = new URL(absoluteUrl(url));
  const start = o.start ?? u.searchParams.get('start_date') ?? undefined;
  const end = o.end ?? u.searchParams.get('end_date') ?? undefined;
  const windows = start !== undefined && end !== undefined ? open311Windows(start, end) : [];
  if (windows.length <= 1 && o.start === undefined) {
    const r = await fetchText(u.href, o);
    return parseOpen311(r.text, r.contentType, u.href);
  }
  const seen = new Set<string>();
  const rows: Row[] = [];
  for (const [from, to] of windows) {
    u.searchParams.set('start_date', from);
    u.searchParams.set('end_date', to);
    const r = await fetchText(u.href, o);
    for (const row of parseOpen311(r.text, r.contentType, u.href)) {
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
