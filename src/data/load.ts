import type { AggregatePlan } from './csv-aggregate.js';
import { formatFromUrl } from './detect.js';
import { absoluteUrl, fetchText, type FetchOptions } from './fetch.js';
import { formatReader } from './formats.js';
import { parseText } from './parse.js';
import type { NumberLocale } from './numbers.js';
import type { SourceFormat } from './types.js';

export interface LoadOptions extends FetchOptions {
  /** The source's format; `auto` (default) goes by the URL, the content type and the content. */
  format?: SourceFormat;
  /** Normalise tables to row objects (default true). */
  records?: boolean;
  /** CKAN: most rows read (default 100000); `truncated` says when the cap applied. */
  maxRows?: number;
  /** TopoJSON object to read. */
  objectName?: string;
  /** CSV: count into a period table while streaming instead of returning rows. */
  aggregate?: AggregatePlan;
  /** With `aggregate`: `true` always uses a worker, `false` never, `auto` (default) above `workerThreshold` or an unknown size. */
  worker?: boolean | 'auto';
  /** Bytes above which an aggregated CSV goes to the worker (default 2 MiB). */
  workerThreshold?: number;
  /** How the numbers are written (`id`: `1.234,5`; `en`: `1,234.5`); unstated, inferred per column when rows are validated. */
  numberLocale?: NumberLocale;
}

export interface LoadResult<D = unknown> {
  data: D;
  format: SourceFormat;
  url: string;
  /** When the server last confirmed the data. */
  fetchedAt: Date;
  fromCache: boolean;
  /** Set when a row cap cut the source short. */
  truncated?: { total: number; kept: number };
}

/**
 * Loads a data source by URL: fetched (see `fetchText`), parsed by format, tables as row
 * objects; Open311 ranges paged by 90 days; CKAN paged to `total` or the cap; CSV with
 * `aggregate` counted while streaming, in a worker when large.
 */
export async function load(input: string, o: LoadOptions = {}): Promise<LoadResult> {
  const url = absoluteUrl(input);
  const format = o.format && o.format !== 'auto' ? o.format : (formatFromUrl(url) ?? 'auto');
  const done = (data: unknown, f: SourceFormat, fromCache = false, storedAt = Date.now()): LoadResult => ({
    data,
    format: f,
    url,
    fetchedAt: new Date(storedAt),
    fromCache,
  });
  const own = o.aggregate && format === 'csv' ? 'aggregate' : format;
  // A format that loads itself (paging, streaming); a missing reader fails before any request.
  const loader = own === 'auto' || own === 'json' ? undefined : formatReader(own).load;
  if (loader) {
    const r = await loader(url, o);
    return { ...done(r.data, format), ...(r.truncated && { truncated: r.truncated }) };
  }
  const r = await fetchText(url, o);
  const parsed = parseText(r.text, format, { ...o, contentType: r.contentType, url });
  return done(parsed.data, parsed.format, r.fromCache, r.storedAt);
}
