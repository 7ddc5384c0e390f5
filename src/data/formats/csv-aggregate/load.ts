import { CsvAggregator } from '../../aggregate/csv-aggregator.js';
import type { AggregatePlan, AggregatedCsv } from '../../aggregate/plan.js';
import { streamInto } from '../../aggregate/stream.js';
import type { LoadOptions } from '../../options.js';
import { contentLength, requestWithRetry } from '../../net/request.js';
import { WORKER_MAX_BYTES, type WorkerJob } from '../../worker/protocol.js';
import { workerStart } from '../../worker/start.js';

export const DEFAULT_WORKER_THRESHOLD = 2 * 1024 * 1024;

/**
 * `runInWorker` (worker/client.ts), loaded on first use: only a CSV too big for the main thread
 * needs it. In the CDN build it is the side file `pantau-large-csv.js` beside the element's;
 * where that file is missing (the element's file copied alone), the CSV is read on the main
 * thread in slices, as where no worker may start, so the chart is still drawn.
 */
const runInWorker = (
  job: WorkerJob,
  transfer: Transferable[],
  o: Pick<LoadOptions, 'onProgress' | 'signal'>,
): Promise<AggregatedCsv | undefined> =>
  import('../../worker/client.js').then(
    (m) => m.runInWorker(job, transfer, workerStart(), o),
    () => undefined,
  );

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
  if (o.worker === true && !o.fetch)
    return (await runInWorker(job(), [], o)) ?? loadAggregated(url, plan, { ...o, worker: false });
  const [request, res] = await requestWithRetry(url, { ...o, maxBytes }, (a, r) => [a, r] as const);
  const totalBytes = contentLength(res);
  const big =
    o.worker === undefined || o.worker === 'auto'
      ? totalBytes === undefined || totalBytes > (o.workerThreshold ?? DEFAULT_WORKER_THRESHOLD)
      : o.worker;
  if (big && res.body) {
    const stream = res.body;
    try {
      // The body already flows: hand it over rather than ask the server twice.
      const counted = await runInWorker({ ...job(totalBytes), stream }, [stream], o);
      if (counted) {
        request.done();
        return counted;
      }
    } catch (e) {
      request.done();
      // A browser that cannot transfer streams: let a worker fetch the URL itself.
      if (!(e instanceof DOMException && e.name === 'DataCloneError')) throw e;
      void stream.cancel().catch(() => undefined);
      return (await runInWorker(job(), [], o)) ?? loadAggregated(url, plan, { ...o, worker: false });
    }
  }
  // No worker (not wanted, small, or not allowed here): stream on the main thread in short slices.
  return streamInto(new CsvAggregator(plan), request.chunks(res), {
    totalBytes,
    onProgress: o.onProgress,
    sliceMs: 8,
  });
}
