import type { AggregatedCsv } from './csv-aggregate.js';
import { cancelled, DataError } from './errors.js';
import type { DataProgress } from './types.js';
import type { WorkerJob, WorkerReply } from './worker-protocol.js';

let override: string | URL | undefined;

/**
 * Where the data worker is loaded from. Browsers start workers only from the page's own
 * origin: a page that loads pantau from another origin can host `pantau-data-worker.js`
 * itself and point here. `null` restores the default (next to the pantau module).
 */
export function setWorkerUrl(url: string | URL | null): void {
  override = url ?? undefined;
}

function create(): Worker {
  // Kept literal: bundlers recognise `new Worker(new URL('…', import.meta.url))` and emit the worker file.
  if (override) return new Worker(override, { type: 'module' });
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Starts a data worker and waits until it runs. Undefined when workers cannot run here
 * (no Worker, a Content-Security-Policy without `worker-src 'self'`, another origin):
 * the caller then streams on the main thread in small slices instead.
 */
export function spawnWorker(timeout = 10_000): Promise<Worker | undefined> {
  if (typeof Worker === 'undefined') return Promise.resolve(undefined);
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (!ok) worker.terminate();
      resolve(ok ? worker : undefined);
    };
    const onMessage = (e: MessageEvent<WorkerReply>) => e.data?.type === 'ready' && finish(true);
    const onError = (e: Event) => (e.preventDefault(), finish(false));
    const timer = setTimeout(() => finish(false), timeout);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
}

/** Runs one job in a started worker, relaying progress; the worker is terminated when it ends or `signal` aborts. */
export function runInWorker(
  worker: Worker,
  job: WorkerJob,
  transfer: Transferable[],
  o: { onProgress?: (p: DataProgress) => void; signal?: AbortSignal } = {},
): Promise<AggregatedCsv> {
  return new Promise((resolve, reject) => {
    const end = () => {
      worker.terminate();
      o.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(cancelled(job.url));
    };
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.type === 'progress') o.onProgress?.(m.progress);
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
      reject(
        new DataError(
          'parse',
          `The data worker failed while reading ${job.url}${e.message ? `: ${e.message}` : ''}.`,
          { url: job.url },
        ),
      );
    });
    worker.postMessage(job, transfer);
  });
}
