import { formatMs, type LoadBudget } from './budget.js';
import { cancelled, DataError, isAbort } from '../errors.js';

/** Longest `Retry-After` waited for, in ms; a server that asks for longer gets its error shown at once. */
export const DEFAULT_MAX_RETRY_AFTER = 10_000;

export interface RetryOptions {
  /** Attempts after the first (default 2). */
  retries?: number;
  /** First backoff in ms (default 500); doubles per attempt, with jitter. */
  retryDelay?: number;
  /** Longest backoff in ms (default 8000). */
  maxRetryDelay?: number;
  /**
   * Longest `Retry-After` honoured, in ms (default 10000). A server that asks for a longer
   * wait (or one past the load's deadline) is not asked again: its error is the answer.
   */
  maxRetryAfter?: number;
  signal?: AbortSignal;
  /** The load's deadline: no wait runs past it. */
  budget?: LoadBudget;
}

/** Only failures that may pass by themselves are retried: network errors, 5xx and 429. */
export function isRetryable(e: unknown): boolean {
  if (!(e instanceof DataError)) return false;
  if (e.code === 'network') return true;
  const s = e.info.status;
  return e.code === 'http' && s !== undefined && (s >= 500 || s === 429);
}

/** `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const s = header.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const at = Date.parse(s); // HTTP dates (IMF-fixdate) are the one format Date.parse must read
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with "equal jitter": half fixed, half random, so clients do not retry in step. */
export function backoff(attempt: number, base: number, max: number, random = Math.random): number {
  const d = Math.min(max, base * 2 ** attempt);
  return d / 2 + random() * (d / 2);
}

/** Waits `ms`, or rejects with DataError 'aborted' as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `attempt` until it succeeds, fails for good, or the retries are spent. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, o: RetryOptions = {}): Promise<T> {
  const retries = o.retries ?? 2;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (e) {
      if (n >= retries || isAbort(e) || !isRetryable(e)) throw e;
      const info = (e as DataError).info;
      const after = info.retryAfter;
      const cap = Math.min(o.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER, o.budget?.remaining() ?? Infinity);
      if (after !== undefined && after > cap) throw waitRefused(e as DataError, after, cap);
      const wait = after ?? backoff(n, o.retryDelay ?? 500, o.maxRetryDelay ?? 8000);
      // A backoff that would outlast the deadline cannot help: the error is the answer now.
      if (o.budget && wait >= o.budget.remaining()) throw e;
      await sleep(wait, o.signal);
    }
  }
}

/** The error of a server that asked to wait longer than pantau waits: its status and its own words. */
function waitRefused(e: DataError, after: number, cap: number): DataError {
  const { status, url, said } = e.info;
  return new DataError(
    'http',
    `The server${url ? ` at ${url}` : ''} answered ${status ?? 'with an error'} and asked to wait ${formatMs(after)} before trying again (Retry-After), longer than the ${formatMs(cap)} pantau waits${said ? `. It said: "${said}"` : ''}. Try again later.`,
    { ...e.info },
  );
}
