import type { AggregatedCsv } from '../aggregate/plan.js';
import type { DataProgress } from '../types.js';
import type { WorkerJob, WorkerReply } from './protocol.js';
import type { WorkerStart } from './start.js';

// Only a CSV too big for the main thread needs this module: it is loaded on first use (see
// formats/csv-aggregate/load.ts), the side file `pantau-large-csv.js` in the CDN build, with
// the worker file beside it. It keeps no state: how to start a worker is passed in.

function create(start: WorkerStart): globalThis.Worker {
  // The script URL goes through pantau's Trusted Types policy. The wrapper is named `Worker` so
  // that bundlers still see `new Worker(new URL('…', import.meta.url))` and emit the worker file.
  const Worker = function (url: string | URL, o: WorkerOptions) {
    return new globalThis.Worker(start.trust(String(url)), o);
  } as unknown as typeof globalThis.Worker;
  if (start.url) return new Worker(start.url, { type: 'module' });
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs one job in a new data worker (started as `start` says) once it runs, relaying progress;
 * the worker is terminated when the job ends or `signal` aborts. Undefined when workers cannot
 * run here (no Worker, a Content-Security-Policy without `worker-src 'self'`, Trusted Types
 * without `pantau`, another origin, no start within `timeout`): the caller then streams on the
 * main thread in small slices instead.
 */
export function runInWorker(
  job: WorkerJob,
  transfer: Transferable[],
  start: WorkerStart,
  o: { onProgress?: (p: DataProgress) => void; signal?: AbortSignal } = {},
  timeout = 10_000,
): Promise<AggregatedCsv | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  let worker: Worker;
  try {
    worker = create(start);
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    let started = false;
    const end = () => {
      clearTimeout(timer);
      worker.terminate();
      o.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(start.cancelled(job.url));
    };
    const timer = setTimeout(() => (end(), resolve(undefined)), timeout);
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m?.type === 'ready') {
        clearTimeout(timer);
        started = true;
        try {
          worker.postMessage(job, transfer);
        } catch (err) {
          // A browser that cannot transfer streams throws DataCloneError: the caller decides.
          end();
          reject(err);
        }
      } else if (m.type === 'progress') o.onProgress?.(m.progress);
      else if (m.type === 'done') {
        end();
        resolve(m.result);
      } else if (m.type === 'error') {
        end();
        reject(new start.DataError(m.error.code, m.error.message, m.error));
      }
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      end();
      if (!started) return resolve(undefined);
      reject(
        new start.DataError(
          'parse',
          `The data worker failed while reading ${job.url}${e.message ? `: ${e.message}` : ''}.`,
          { url: job.url },
        ),
      );
    });
  });
}
