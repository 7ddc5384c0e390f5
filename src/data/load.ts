import { fetchCkan } from './ckan.js';
import { CsvAggregator, type AggregatePlan, type AggregatedCsv } from './csv-aggregate.js';
import { streamInto } from './csv-stream.js';
import { formatFromUrl } from './detect.js';
import { absoluteUrl, fetchText, type FetchOptions } from './fetch.js';
import { fetchOpen311 } from './open311.js';
import { parseText } from './parse.js';
import { Attempt } from './request.js';
import { withRetry } from './retry.js';
import type { SourceFormat } from './types.js';
import { runInWorker, spawnWorker } from './worker-client.js';
import { WORKER_MAX_BYTES, type WorkerJob } from './worker-protocol.js';

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

export const DEFAULT_WORKER_THRESHOLD = 2 * 1024 * 1024;

async function loadAggregated(url: string, plan: AggregatePlan, o: LoadOptions): Promise<AggregatedCsv> {
  const maxBytes = o.maxBytes ?? WORKER_MAX_BYTES;
  const job = (totalBytes?: number): WorkerJob => ({
    type: 'start',
    plan,
    url,
    headers: o.headers,
    totalBytes,
    timeout: o.timeout,
    maxBytes,
    retries: o.retries,
    retryDelay: o.retryDelay,
    revalidate: o.revalidate,
  });
  // Asked for a worker: it fetches the file itself, so no byte of it passes the page's main thread
  // (unless the caller's own `fetch` must make the request: that one only runs here).
  if (o.worker === true && !o.fetch) {
    const asked = await spawnWorker();
    if (asked) return runInWorker(asked, job(), [], o);
    return loadAggregated(url, plan, { ...o, worker: false });
  }
  const [attempt, res] = await withRetry(async (n) => {
    const a = new Attempt(url, { ...o, maxBytes, httpCache: o.revalidate || n > 0 ? 'no-cache' : undefined });
    return [a, await a.open()] as const;
  }, o);
  const length = Number(res.headers.get('content-length') ?? NaN);
  const totalBytes = Number.isFinite(length) ? length : undefined;
  const big =
    o.worker === undefined || o.worker === 'auto'
      ? totalBytes === undefined || totalBytes > (o.workerThreshold ?? DEFAULT_WORKER_THRESHOLD)
      : o.worker;
  const worker = big && res.body ? await spawnWorker() : undefined;
  if (worker && res.body) {
    const stream = res.body;
    try {
      // The body already flows: hand it over rather than ask the server twice.
      return await runInWorker(worker, { ...job(totalBytes), stream }, [stream], o);
    } catch (e) {
      // A browser that cannot transfer streams: let a worker fetch the URL itself.
      if (!(e instanceof DOMException && e.name === 'DataCloneError')) throw e;
      void stream.cancel().catch(() => undefined);
      const second = await spawnWorker();
      if (second) return runInWorker(second, job(), [], o);
      return loadAggregated(url, plan, { ...o, worker: false });
    } finally {
      attempt.done();
    }
  }
  // No worker (not wanted, small, or not allowed here): stream on the main thread in short slices.
  return streamInto(new CsvAggregator(plan), attempt.chunks(res), {
    totalBytes,
    onProgress: o.onProgress,
    sliceMs: 8,
  });
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
  if (o.aggregate && format === 'csv') return done(await loadAggregated(url, o.aggregate, o), 'csv');
  if (format === 'open311' || format === 'open311-xml') return done(await fetchOpen311(url, o), format);
  if (format === 'ckan') {
    const r = await fetchCkan(url, o);
    const result = done(o.records === false ? r : r.records, 'ckan');
    return r.capped ? { ...result, truncated: { total: r.total, kept: r.records.length } } : result;
  }
  const r = await fetchText(url, o);
  const parsed = parseText(r.text, format, {
    contentType: r.contentType,
    url,
    records: o.records,
    objectName: o.objectName,
    aggregate: o.aggregate,
  });
  return done(parsed.data, parsed.format, r.fromCache, r.storedAt);
}
