import { DataError } from './errors.js';

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
 * is cut short this way fails with `expired`, never with a bare "cancelled".
 */
export class LoadBudget {
  readonly signal: AbortSignal;
  readonly deadline: number;
  readonly maxRequests: number;
  readonly deadlineAt: number;
  requests = 0;
  #controller = new AbortController();
  #timer: ReturnType<typeof setTimeout>;
  #expired = false;

  constructor(o: BudgetOptions = {}) {
    this.deadline = o.deadline ?? defaults.deadline;
    this.maxRequests = o.maxRequests ?? defaults.maxRequests;
    this.deadlineAt = Date.now() + this.deadline;
    this.signal = this.#controller.signal;
    const outer = o.signal;
    const abort = () => this.#controller.abort();
    if (outer?.aborted) abort();
    else outer?.addEventListener('abort', abort, { once: true });
    // Timers above 2^31-1 ms fire at once: an "unlimited" deadline simply never fires.
    this.#timer = setTimeout(
      () => {
        this.#expired = true;
        abort();
      },
      Math.min(this.deadline, 2 ** 31 - 1),
    );
  }

  /** True once the deadline has passed. */
  get expired(): boolean {
    return this.#expired;
  }

  /** Ms left before the deadline. */
  remaining(now = Date.now()): number {
    return Math.max(0, this.deadlineAt - now);
  }

  /** Counts one request; DataError 'request-limit' when it would pass the cap. `narrow` says how to ask for less. */
  spend(url: string, narrow = ''): void {
    if (this.requests >= this.maxRequests) throw this.overLimit(url, this.requests + 1, narrow);
    this.requests++;
  }

  /** Throws up front when a load needs `n` more requests than the cap leaves. */
  plan(url: string, n: number, narrow = ''): void {
    if (this.requests + n > this.maxRequests) throw this.overLimit(url, this.requests + n, narrow);
  }

  overLimit(url: string, needed: number, narrow: string): DataError {
    return overRequestLimit(url, needed, this.maxRequests, narrow);
  }

  /** The error of a load that ran out of time. */
  expiredError(url?: string): DataError {
    return new DataError(
      'timeout',
      `Loading${url ? ` ${url}` : ' the data'} did not finish within ${formatMs(this.deadline)} (the deadline per load). The server may be very slow: try again later, publish a smaller file, or raise the deadline (deadline, the element's deadline attribute).`,
      url ? { url } : {},
    );
  }

  /** Stops the deadline timer: the load is over. */
  end(): void {
    clearTimeout(this.#timer);
  }
}

/** Requests a paging source may still make: what the load's budget leaves, else `maxRequests` or the default. */
export function requestsLeft(o: BudgetOptions & { budget?: LoadBudget }): number {
  return o.budget ? o.budget.maxRequests - o.budget.requests : (o.maxRequests ?? defaults.maxRequests);
}

/** DataError 'request-limit': what the source needs, the cap, and how to ask for less. */
export function overRequestLimit(url: string, needed: number, cap: number, narrow: string): DataError {
  const n = needed >= 1e6 ? 'millions of' : Math.ceil(needed).toLocaleString('en');
  return new DataError(
    'request-limit',
    `Loading ${url} needs ${n} requests or more; pantau makes at most ${cap.toLocaleString('en')} per load. ${narrow}${narrow ? ' ' : ''}Or raise the cap (the maxRequests option, or the element's max-requests attribute).`,
    { url },
  );
}

/** A duration for an English message: `30 s`, `2 min`, `28 h`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'an unlimited time';
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000).toLocaleString('en')} h`;
}
