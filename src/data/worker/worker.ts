/**
 * The data client's module worker: streams a large CSV through the parser straight into
 * the aggregation, so the page's main thread never parses it. One job per worker; the
 * main thread terminates it to cancel.
 */
import { aggregateChunks } from '../aggregate/stream.js';
import { DataError, toDataError } from '../errors.js';
import { attempt, contentLength, DEFAULT_TIMEOUT, requestWithRetry, type Attempt } from '../net/request.js';
import { WORKER_MAX_BYTES, type WorkerJob, type WorkerReply } from './protocol.js';

const post = (m: WorkerReply) => self.postMessage(m);

async function run(job: WorkerJob): Promise<void> {
  const options = { timeout: job.timeout ?? DEFAULT_TIMEOUT, maxBytes: job.maxBytes ?? WORKER_MAX_BYTES };
  let request: Attempt;
  let res: Response;
  if (job.stream) {
    request = attempt(job.url, options);
    res = new Response(job.stream, {
      headers: job.totalBytes !== undefined ? { 'content-length': String(job.totalBytes) } : {},
    });
  } else {
    [request, res] = await requestWithRetry(job.url, { ...job, ...options }, (a, r) => [a, r] as const);
  }
  const result = await aggregateChunks(request.chunks(res), job.plan, {
    totalBytes: contentLength(res),
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
