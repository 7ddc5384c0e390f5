import { LoadBudget } from './net/budget.js';
import { absoluteUrl, fetchText } from './net/fetch.js';
import { isAbort, unexpected } from './errors.js';
import type { LoadOptions } from './options.js';
import { formatFromUrl, formatLoader, parseText, withFormats } from './registry.js';
import type { SourceFormat } from './types.js';

export type { LoadOptions } from './options.js';

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
 * `aggregate` counted while streaming, in a worker when large. Every load ends within its
 * `deadline` and makes at most `maxRequests` requests (see `LoadBudget`).
 */
export async function load(input: string, o: LoadOptions = {}): Promise<LoadResult> {
  const url = absoluteUrl(input);
  const budget = new LoadBudget(o);
  // Settles at the deadline even if some step does not listen to the signal.
  const expired = new Promise<never>((_, reject) =>
    budget.signal.addEventListener('abort', () => budget.expired && reject(budget.expiredError(url)), {
      once: true,
    }),
  );
  expired.catch(() => undefined);
  try {
    return await Promise.race([loadWithin(url, { ...o, budget, signal: budget.signal }), expired]);
  } catch (e) {
    if (budget.expired && isAbort(e)) throw budget.expiredError(url);
    // Whatever a reader threw, the caller gets a DataError with a sentence.
    throw unexpected(e, url);
  } finally {
    budget.end();
  }
}

async function loadWithin(url: string, o: LoadOptions): Promise<LoadResult> {
  const format = o.format && o.format !== 'auto' ? o.format : (formatFromUrl(url) ?? 'auto');
  const done = (data: unknown, f: SourceFormat, fromCache = false, storedAt = Date.now()): LoadResult => ({
    data,
    format: f,
    url,
    fetchedAt: new Date(storedAt),
    fromCache,
  });
  // A format that loads itself (paging, streaming); a missing plugin fails before any request.
  const loader = await withFormats(() => formatLoader(format, o));
  if (loader) {
    const r = await loader(url, o);
    return { ...done(r.data, format), ...(r.truncated && { truncated: r.truncated }) };
  }
  const r = await fetchText(url, o);
  const parsed = await withFormats(() =>
    parseText(r.text, format, { ...o, contentType: r.contentType, url }),
  );
  return done(parsed.data, parsed.format, r.fromCache, r.storedAt);
}
