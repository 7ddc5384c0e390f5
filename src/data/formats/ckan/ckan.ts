import { overRequestLimit, requestsLeft } from '../../net/budget.js';
import { normalizeDate } from '../../../time/dates.js';
import { DataError } from '../../errors.js';
import type { FetchOptions } from '../../net/fetch.js';
import { parseJSON } from '../../registry.js';
import { isObject, type FetchText } from '../plugin.js';
import { parseNumber } from '../../validate/numbers.js';
import type { Row } from '../../validate/schema.js';

export interface CkanField {
  id: string;
  type: string;
}

export interface CkanResult {
  records: Row[];
  fields: CkanField[];
  /** Rows the portal says the table has. */
  total: number;
  /** True when the row cap stopped paging before `total`. */
  capped: boolean;
  cap: number;
}

export const DEFAULT_CKAN_CAP = 100_000;

/** Converts one value by its CKAN column type; a value that does not fit its type stays as given. */
export function coerceCkan(value: unknown, type: string): unknown {
  if (typeof value !== 'string') return value;
  const t = type.toLowerCase();
  if (/^(int[248]?|integer|bigint|smallint|numeric|float[48]?|double|real|number)$/.test(t)) {
    const n = parseNumber(value);
    return Number.isNaN(n) ? value : n;
  }
  if (t === 'bool' || t === 'boolean')
    return value === 'true' || value === 't' ? true : value === 'false' || value === 'f' ? false : value;
  if (t === 'timestamp' || t === 'timestamptz' || t === 'date') return normalizeDate(value) ?? value;
  return value;
}

function malformed(what: string): DataError {
  return new DataError(
    'shape',
    `This CKAN datastore_search response is malformed: ${what}. Expected {"success": true, "result": {"fields": [{"id", "type"}], "records": [{…}], "total": 123}}.`,
  );
}

/** The `fields` list, each an `{id, type}` of strings; anything else is said, not guessed. */
function readFields(value: unknown): CkanField[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw malformed('"fields" is not a list');
  return value.map((f: unknown, i) => {
    if (!isObject(f) || typeof f.id !== 'string') throw malformed(`field ${i + 1} has no "id" text`);
    if (f.type !== undefined && typeof f.type !== 'string')
      throw malformed(`the type of field "${f.id}" is not text`);
    return { id: f.id, type: (f.type as string | undefined) ?? 'text' };
  });
}

/** The records of one `datastore_search` response, coerced by its `fields` types. */
export function ckanPage(value: unknown): {
  records: Row[];
  fields: CkanField[];
  total?: number;
  next?: string;
} {
  if (!isObject(value) || !('result' in value || 'success' in value))
    throw new DataError(
      'shape',
      'Expected a CKAN datastore_search response ({"success": true, "result": {"records": [...]}}).',
    );
  const result = value.result;
  if (value.success === false || !isObject(result) || !Array.isArray(result.records)) {
    const error: unknown = value.error;
    const said = isObject(error) && typeof error.message === 'string' ? error.message : undefined;
    if (value.success === false || said !== undefined)
      throw new DataError('shape', `The CKAN portal reported an error: ${said ?? 'no result'}.`);
    throw malformed(isObject(result) ? '"result.records" is not a list' : '"result" is not an object');
  }
  const fields = readFields(result.fields);
  const total = result.total;
  if (
    total !== undefined &&
    total !== null &&
    !(typeof total === 'number' && total >= 0 && Number.isFinite(total))
  )
    throw malformed('"total" is not a count of rows');
  const links = result._links;
  const next = isObject(links) && typeof links.next === 'string' ? links.next : undefined;
  const types = new Map(fields.map((f) => [f.id, f.type]));
  const records = result.records.map((r: unknown, i) => {
    if (!isObject(r)) throw malformed(`record ${i + 1} is not an object`);
    const out: Row = {};
    for (const [k, v] of Object.entries(r)) out[k] = coerceCkan(v, types.get(k) ?? 'text');
    return out;
  });
  return { records, fields, total: total ?? undefined, next };
}

/** How to ask a CKAN portal for fewer pages. */
const NARROW_CKAN =
  'Ask for larger pages (add limit=10000 to the URL; portals allow up to 32,000 rows a page unless set lower), or fewer rows (filters, q, or a datastore_search_sql query).';

/** `fetchCkan` (./fetch.ts) with the fetch given: the page's, when this comes from a side file. */
export async function pagedCkan(
  fetchText: FetchText,
  url: string,
  o: FetchOptions & { maxRows?: number; maxRequests?: number } = {},
): Promise<CkanResult> {
  const cap = o.maxRows ?? DEFAULT_CKAN_CAP;
  const pages = requestsLeft(o);
  let asked = 0;
  let next: string | undefined = url;
  let fields: CkanField[] = [];
  let total = 0;
  const records: Row[] = [];
  const seen = new Set<string>();
  while (next && !seen.has(next) && records.length < cap) {
    seen.add(next);
    // Pages, not retries: each page may still be retried within the load's budget.
    if (++asked > pages) throw overRequestLimit(url, asked, pages, NARROW_CKAN);
    const r = await fetchText(next, o);
    const page = ckanPage(parseJSON(r.text, r.url));
    if (!fields.length) fields = page.fields;
    total = page.total ?? Math.max(total, records.length + page.records.length);
    records.push(...page.records.slice(0, cap - records.length));
    if (page.records.length === 0 || records.length >= total) break;
    next = page.next ? new URL(page.next, r.url).href : undefined;
  }
  return { records, fields, total, capped: records.length < total && records.length >= cap, cap };
}
