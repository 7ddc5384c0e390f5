/**
 * The data client's module worker: streams a large CSV through the parser straight into
 * the aggregation, so the page's main thread never parses it. One job per worker; the
 * main thread terminates it to cancel.
 */
import { aggregateChunks } from './csv-stream.js';
import { DataError, toDataError } from './errors.js';
import { Attempt, DEFAULT_TIMEOUT } from './request.js';
import { withRetry } from './retry.js';
import { WORKER_MAX_BYTES, type WorkerJob, type WorkerReply } from './worker-protocol.js';

const post = (m: WorkerReply) => self.postMessage(m);

async function run(job: WorkerJob): Promise<void> {
  const options = { timeout: job.timeout ?? DEFAULT_TIMEOUT, maxBytes: job.maxBytes ?? WORKER_MAX_BYTES };
  let attempt: Attempt;
  let res: Response;
  if (job.stream) {
    attempt = new Attempt(job.url, options);
    res = new Response(job.stream, {
      headers: job.totalBytes !== undefined ? { 'content-length': String(job.totalBytes) } : {},
    });
  } else {
    [attempt, res] = await withRetry(
      async (n) => {
        const a = new Attempt(job.url, {
          ...options,
          headers: job.headers,
          httpCache: job.revalidate || n > 0 ? 'no-cache' : undefined,
        });
        return [a, await a.open()] as const;
      },
      { retries: job.retries, retryDelay: job.retryDelay },
    );
  }
  const totalBytes = Number(res.headers.get('content-length') ?? NaN);
  const result = await aggregateChunks(attempt.chunks(res), job.plan, {
    totalBytes: Number.isFinite(totalBytes) ? totalBytes : undefined,
    onProgress: (progress) => post({ type: 'progress', progress }),
  });
  post({ type: 'done', result });
}

self.addEventListener('message', (e: MessageEvent<WorkerJob>) => {
  if (e.data?.type !== 'start') return;
  run(e.data).catch((err: unknown) => {
    const error = err instanceof DataError ? err : toDataError(err, e.data.url);
    post({ type: 'error', error: { ...error.info } });
  });
});
post({ type: 'ready' });
