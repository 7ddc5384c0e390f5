import type { AggregatedCsv } from '../aggregate/plan.js';
import { cancelled, DataError } from '../errors.js';
import type { DataProgress } from '../types.js';
import { trusted } from '../net/trusted-types.js';
import type { WorkerJob, WorkerReply } from './protocol.js';

let override: string | URL | undefined;

/**
 * Where the data worker is loaded from. Browsers start workers only from the page's own
 * origin: a page that loads pantau from another origin can host `pantau-data-worker.js`
 * itself and point here. `null` restores the default (next to the pantau module).
 */
export function setWorkerUrl(url: string | URL | null): void {
  override = url ?? undefined;
}

function create(): globalThis.Worker {
  // The script URL goes through pantau's Trusted Types policy. The wrapper is named `Worker` so
  // that bundlers still see `new Worker(new URL('…', import.meta.url))` and emit the worker file.
  const Worker = function (url: string | URL, o: WorkerOptions) {
    return new globalThis.Worker(trusted('createScriptURL', String(url)), o);
  } as unknown as typeof globalThis.Worker;
  if (override) return new Worker(override, { type: 'module' });
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs one job in a new data worker once it runs, relaying progress; the worker is terminated
 * when the job ends or `signal` aborts. Undefined when workers cannot run here (no Worker, a
 * Content-Security-Policy without `worker-src 'self'`, Trusted Types without `pantau`, another origin, no start within
 * `timeout`): the caller then streams on the main thread in small slices instead.
 */
export function runInWorker(
  job: WorkerJob,
  transfer: Transferable[],
  o: { onProgress?: (p: DataProgress) => void; signal?: AbortSignal } = {},
  timeout = 10_000,
): Promise<AggregatedCsv | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  let worker: Worker;
  try {
    worker = create();
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
      reject(cancelled(job.url));
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
        reject(new DataError(m.error.code, m.error.message, m.error));
      }
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      end();
      if (!started) return resolve(undefined);
      reject(
        new DataError(
          'parse',
          `The data worker failed while reading ${job.url}${e.message ? `: ${e.message}` : ''}.`,
          { url: job.url },
        ),
      );
    });
  });
}
