import { normalizeDate } from './dates.js';
import { DataError } from './errors.js';
import { fetchText, type FetchOptions } from './fetch.js';
import { parseJSON } from './detect.js';
import { parseNumber } from './numbers.js';
import type { Row } from './schema.js';

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

interface Envelope {
  success?: boolean;
  error?: { message?: string };
  result?: { records?: Row[]; fields?: CkanField[]; total?: number; _links?: { next?: string } };
}

/** The records of one `datastore_search` response, coerced by its `fields` types. */
export function ckanPage(value: unknown): {
  records: Row[];
  fields: CkanField[];
  total?: number;
  next?: string;
} {
  const env = value as Envelope;
  if (typeof env !== 'object' || env === null || !('result' in env || 'success' in env))
    throw new DataError(
      'shape',
      'Expected a CKAN datastore_search response ({"success": true, "result": {"records": [...]}}).',
    );
  if (env.success === false || !env.result || !Array.isArray(env.result.records))
    throw new DataError('shape', `The CKAN portal reported an error: ${env.error?.message ?? 'no result'}.`);
  const fields = env.result.fields ?? [];
  const types = new Map(fields.map((f) => [f.id, f.type]));
  const records = env.result.records.map((r) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(r)) out[k] = coerceCkan(v, types.get(k) ?? 'text');
    return out;
  });
  return { records, fields, total: env.result.total, next: env.result._links?.next };
}

/**
 * Reads a CKAN DataStore table, following `_links.next` until `total` rows or the cap
 * (default 100,000). `capped` says when the cap cut the table short.
 */
export async function fetchCkan(
  url: string,
  o: FetchOptions & { maxRows?: number } = {},
): Promise<CkanResult> {
  const cap = o.maxRows ?? DEFAULT_CKAN_CAP;
  let next: string | undefined = url;
  let fields: CkanField[] = [];
  let total = 0;
  const records: Row[] = [];
  const seen = new Set<string>();
  while (next && !seen.has(next) && records.length < cap) {
    seen.add(next);
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
