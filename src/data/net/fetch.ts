import { LoadBudget } from './budget.js';
import { cacheGet, cachePut, type CacheEntry } from './cache.js';
import { cancelled, DataError, isAbort } from '../errors.js';
import { requestWithRetry, type Attempt, type RequestOptions } from './request.js';
import { isRetryable, type RetryOptions } from './retry.js';
import type { DataProgress } from '../types.js';

export { clearCache } from './cache.js';

export interface FetchOptions extends RequestOptions, RetryOptions {
  /** How long a cached body is used without asking the server, in ms (default 60000). */
  ttl?: number;
  /** How long after that a cached body is still shown while it is revalidated in the background (default 300000). */
  staleWhileRevalidate?: number;
  /** Ask the server even when the cached body is fresh (a conditional request when possible). */
  revalidate?: boolean;
  /** Use the in-memory cache (default true). */
  cache?: boolean;
}

export interface FetchedText extends CacheEntry {
  fromCache: boolean;
}

interface Flight {
  promise: Promise<CacheEntry>;
  controller: AbortController;
  users: number;
  listeners: Set<(p: DataProgress) => void>;
  background: boolean;
}
const flights = new Map<string, Flight>();

/** The URL made absolute, so `data.csv` and `./data.csv` share one request and one cache entry. */
export function absoluteUrl(url: string): string {
  const base = (globalThis as { document?: Document }).document?.baseURI ?? globalThis.location?.href;
  return new URL(url, base).href;
}

/**
 * Origins whose CORS refused a conditional request. `If-None-Match` and `If-Modified-Since` are
 * not CORS-safelisted headers, so a cross-origin revalidation needs a preflight that a portal
 * allowing only simple requests fails: such an origin is revalidated with simple requests.
 */
const noConditional = new Set<string>();

function crossOrigin(url: string): string | undefined {
  const here = (globalThis as { location?: Location }).location?.origin;
  const there = new URL(url).origin;
  return here && there !== here ? there : undefined;
}

/**
 * Requests `url`, conditionally when a cached copy has validators. A cross-origin conditional
 * request that fails on the network (a refused preflight) is sent again as a simple request,
 * once, and the origin remembered.
 */
async function request<T>(
  url: string,
  o: FetchOptions & { signal: AbortSignal },
  cached: CacheEntry | undefined,
  read: (request: Attempt, res: Response) => Promise<T>,
): Promise<T> {
  const origin = crossOrigin(url);
  const conditional: Record<string, string> = {};
  if (cached?.etag) conditional['if-none-match'] = cached.etag;
  if (cached?.lastModified) conditional['if-modified-since'] = cached.lastModified;
  const simple = !Object.keys(conditional).length || (origin !== undefined && noConditional.has(origin));
  if (!simple) {
    try {
      // A cross-origin conditional request is tried once: its failure may be the preflight.
      const retries = origin ? 0 : o.retries;
      return await requestWithRetry(url, { ...o, retries, headers: { ...o.headers, ...conditional } }, read);
    } catch (e) {
      if (!origin || isAbort(e) || !isRetryable(e)) throw e;
      if (e instanceof DataError && e.code === 'network') noConditional.add(origin);
    }
  }
  return requestWithRetry(url, o, read);
}

function start(url: string, o: FetchOptions, cached: CacheEntry | undefined, background: boolean): Flight {
  const controller = new AbortController();
  const listeners = new Set<(p: DataProgress) => void>();
  const flight: Flight = { controller, users: 0, listeners, background, promise: undefined! };
  // A background revalidation has no caller waiting: it gets a deadline of its own.
  const own = background ? new LoadBudget({ signal: controller.signal }) : undefined;
  const options = {
    ...o,
    ...(own && { budget: own }),
    signal: own?.signal ?? controller.signal,
    onProgress: (p: DataProgress) => listeners.forEach((l) => l(p)),
  };
  flight.promise = request(url, options, cached, async (request, res): Promise<CacheEntry> => {
    if (res.status === 304) {
      request.done();
      if (!cached)
        throw new DataError(
          'http',
          `The server answered 304 Not Modified for ${url} without a cached copy.`,
          { status: 304, url },
        );
      return { ...cached, storedAt: Date.now() };
    }
    const text = await request.text(res);
    return {
      url,
      text,
      contentType: res.headers.get('content-type') ?? '',
      etag: res.headers.get('etag') ?? undefined,
      lastModified: res.headers.get('last-modified') ?? undefined,
      storedAt: Date.now(),
    };
  }).then((entry) => {
    if (o.cache !== false) cachePut(entry);
    return entry;
  });
  void flight.promise
    .catch(() => undefined)
    .finally(() => {
      own?.end();
      if (flights.get(url) === flight) flights.delete(url);
    });
  flights.set(url, flight);
  return flight;
}

// Many callers share one flight; it is cancelled only when every one of them has given up.
function join(flight: Flight, o: FetchOptions): Promise<CacheEntry> {
  flight.users++;
  if (o.onProgress) flight.listeners.add(o.onProgress);
  return new Promise((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      o.signal?.removeEventListener('abort', onAbort);
      if (o.onProgress) flight.listeners.delete(o.onProgress);
      flight.users--;
    };
    const onAbort = () => {
      leave();
      if (flight.users === 0 && !flight.background) flight.controller.abort();
      reject(cancelled());
    };
    if (o.signal?.aborted) return onAbort();
    o.signal?.addEventListener('abort', onAbort, { once: true });
    flight.promise.then(
      (v) => (leave(), resolve(v)),
      (e: unknown) => (leave(), reject(e)),
    );
  });
}

/**
 * Fetches a URL as text with timeouts, retries, a size cap, one shared request per URL,
 * an in-memory cache (TTL, stale-while-revalidate) and ETag/Last-Modified revalidation.
 */
export async function fetchText(input: string, o: FetchOptions = {}): Promise<FetchedText> {
  const url = absoluteUrl(input);
  const useCache = o.cache !== false;
  const cached = useCache ? cacheGet(url) : undefined;
  if (cached && !o.revalidate) {
    const age = Date.now() - cached.storedAt;
    const ttl = o.ttl ?? 60_000;
    if (age < ttl + (o.staleWhileRevalidate ?? 300_000)) {
      // Past the TTL: still served at once, while it is revalidated in the background.
      if (age >= ttl && !flights.has(url)) start(url, o, cached, true).promise.catch(() => undefined);
      return { ...cached, fromCache: true };
    }
  }
  const flight = flights.get(url) ?? start(url, o, cached, false);
  return { ...(await join(flight, o)), fromCache: false };
}
