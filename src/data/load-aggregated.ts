import { CsvAggregator, type AggregatePlan, type AggregatedCsv } from './csv-aggregate.js';
import { streamInto } from './csv-stream.js';
import type { LoadOptions } from './load.js';
import { contentLength, openWithRetry } from './request.js';
import { runInWorker, spawnWorker } from './worker-client.js';
import { WORKER_MAX_BYTES, type WorkerJob } from './worker-protocol.js';

export const DEFAULT_WORKER_THRESHOLD = 2 * 1024 * 1024;

/** Counts a CSV `url` while it streams: in a worker when large (see `LoadOptions.worker`), else on the main thread in slices. */
export async function loadAggregated(
  url: string,
  plan: AggregatePlan,
  o: LoadOptions,
): Promise<AggregatedCsv> {
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
  const [request, res] = await openWithRetry(url, { ...o, maxBytes });
  const totalBytes = contentLength(res);
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
      request.done();
    }
  }
  // No worker (not wanted, small, or not allowed here): stream on the main thread in short slices.
  return streamInto(new CsvAggregator(plan), request.chunks(res), {
    totalBytes,
    onProgress: o.onProgress,
    sliceMs: 8,
  });
}
