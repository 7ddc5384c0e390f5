import { DataError } from '../errors.js';

/** Longest one load may take, in ms, from the first request to the parsed data (retries and waits included). */
export const DEFAULT_DEADLINE = 30_000;
/** Most requests one load may make: Open311 windows, CKAN pages, retries and redirect checks together. */
export const DEFAULT_MAX_REQUESTS = 100;

/** The budget of a load that does not set its own; see `setLoadDefaults`. */
const defaults = { deadline: DEFAULT_DEADLINE, maxRequests: DEFAULT_MAX_REQUESTS };

/**
 * Sets the deadline and request cap of every load on the page that does not set its own (every
 * element's, too); `undefined` keeps a value, `null` restores its default.
 */
export function setLoadDefaults(o: { deadline?: number | null; maxRequests?: number | null }): void {
  if (o.deadline !== undefined) defaults.deadline = o.deadline ?? DEFAULT_DEADLINE;
  if (o.maxRequests !== undefined) defaults.maxRequests = o.maxRequests ?? DEFAULT_MAX_REQUESTS;
}

export interface BudgetOptions {
  /** Longest a load may take in ms, all requests, waits and parsing included (default 30000). */
  deadline?: number;
  /** Most requests a load may make: pages, 90-day windows and retries together (default 100). */
  maxRequests?: number;
  signal?: AbortSignal;
}

/**
 * What one load may spend: requests and time. Its `signal` aborts at the deadline (or when
 * the caller's does), which cancels every request, wait and worker of the load; a load that
 * is cut short this way fails with `expiredError`, never with a bare "cancelled".
 */
export class LoadBudget {
  readonly signal: AbortSignal;
  readonly deadline: number;
  readonly maxRequests: number;
  readonly deadlineAt: number;
  requests = 0;
  /** True once the deadline has passed. */
  expired = false;
  /** Stops the deadline timer: the load is over. */
  readonly end: () => void;

  constructor(o: BudgetOptions = {}) {
    const deadline = (this.deadline = o.deadline ?? defaults.deadline);
    this.maxRequests = o.maxRequests ?? defaults.maxRequests;
    this.deadlineAt = Date.now() + deadline;
    const controller = new AbortController();
    const abort = () => controller.abort();
    this.signal = controller.signal;
    if (o.signal?.aborted) abort();
    else o.signal?.addEventListener('abort', abort, { once: true });
    // Timers above 2^31-1 ms fire at once: an "unlimited" deadline simply never fires.
    const timer = setTimeout(() => ((this.expired = true), abort()), Math.min(deadline, 2 ** 31 - 1));
    this.end = () => clearTimeout(timer);
  }

  /** Ms left before the deadline. */
  remaining(): number {
    return Math.max(0, this.deadlineAt - Date.now());
  }

  /** Counts one request; DataError 'request-limit' when it would pass the cap. */
  spend(url: string): void {
    if (this.requests >= this.maxRequests)
      throw overRequestLimit(url, this.requests + 1, this.maxRequests, '');
    this.requests++;
  }

  /** The error of a load that ran out of time. */
  expiredError(url: string): DataError {
    return new DataError(
      'timeout',
      `Loading ${url} did not finish within ${formatMs(this.deadline)} (the deadline per load). Try again later, publish a smaller file, or raise the deadline.`,
      { url },
    );
  }
}

/** Requests a paging source may still make: what the load's budget leaves, else `maxRequests` or the default. */
export function requestsLeft(o: BudgetOptions & { budget?: LoadBudget }): number {
  const b = o.budget;
  return b ? b.maxRequests - b.requests : (o.maxRequests ?? defaults.maxRequests);
}

/** DataError 'request-limit': what the source needs, the cap, and how to ask for less. */
export function overRequestLimit(url: string, needed: number, cap: number, narrow: string): DataError {
  return new DataError(
    'request-limit',
    `Loading ${url} needs ${needed >= 1e6 ? 'millions of' : Math.ceil(needed).toLocaleString('en')} requests or more; pantau makes at most ${cap} per load. ${narrow} Or raise the cap (maxRequests, max-requests).`,
    { url },
  );
}

/** A duration for an English message: `30 s`, `2 min`, `28 h`. */
export function formatMs(ms: number): string {
  return ms < 12e4
    ? `${Math.round(ms / 100) / 10} s`
    : ms < 72e5
      ? `${Math.round(ms / 6e4)} min`
      : ms < 36e14
        ? `${Math.round(ms / 36e5).toLocaleString('en')} h`
        : 'an unlimited time';
}
