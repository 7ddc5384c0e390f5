import type { AggregatePlan, AggregatedCsv } from '../aggregate/plan.js';
import type { DataErrorInfo, DataProgress } from '../types.js';

/** Main thread → worker: aggregate this body (a transferred stream) or fetch this URL. */
export interface WorkerJob {
  type: 'start';
  plan: AggregatePlan;
  stream?: ReadableStream<Uint8Array>;
  url: string;
  /** Request headers, as the main thread would send them. */
  headers?: Record<string, string>;
  totalBytes?: number;
  timeout?: number;
  maxBytes?: number;
  retries?: number;
  retryDelay?: number;
  /** Ask the server, not the browser cache (a retry or a refresh). */
  revalidate?: boolean;
}

/** Worker → main thread. `ready` first, so a worker that fails to start is noticed before any data is handed over. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; progress: DataProgress }
  | { type: 'done'; result: AggregatedCsv }
  | { type: 'error'; error: DataErrorInfo };

/** Streaming keeps memory bounded, so a streamed CSV may be far larger than a parsed one (1 GiB). */
export const WORKER_MAX_BYTES = 1024 * 1024 * 1024;
