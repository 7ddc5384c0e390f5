import type { LoadBudget } from './budget.js';
import { DataError, toDataError } from '../errors.js';
import { retryAfterMs, withRetry, type RetryOptions } from './retry.js';
import type { DataProgress } from '../types.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Ms to wait for the response to start, and between two chunks of its body (default 15000). */
  timeout?: number;
  /** Largest body accepted, in bytes (default 64 MiB). */
  maxBytes?: number;
  onProgress?: (p: DataProgress) => void;
  headers?: Record<string, string>;
  /**
   * The browser HTTP cache mode. Retries and revalidations pass `no-cache`, so a cached error
   * or a long `max-age` never answers a "Retry" or a dashboard refresh.
   */
  httpCache?: RequestCache;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
  /** The load's request cap and deadline, shared by every request it makes (see `LoadBudget`). */
  budget?: LoadBudget;
  /** How redirects are treated (default `follow`); `manual` is how a failed redirect chain is recognised. */
  redirect?: RequestRedirect;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The body size the server announced, when it did. */
export function contentLength(res: Response): number | undefined {
  const length = Number(res.headers.get('content-length') ?? NaN);
  return Number.isFinite(length) ? length : undefined;
}

/** One request: its response, then its body, under one idle timer and the caller's signal. */
export interface Attempt {
  /** Sends the request; a non-2xx answer (other than 304) becomes DataError 'http'. */
  open(): Promise<Response>;
  /** Reads the body chunk by chunk, enforcing the size cap and the idle timeout, reporting progress. */
  chunks(res: Response): AsyncGenerator<Uint8Array>;
  /** The whole body as text (UTF-8, BOM removed). */
  text(res: Response): Promise<string>;
  /** Stops the timer and lets go of the caller's signal. */
  done(): void;
}

/** A fetch whose own timer and the caller's signal both cancel it. */
export function attempt(url: string, o: RequestOptions): Attempt {
  const controller = new AbortController();
  const timeout = o.timeout ?? DEFAULT_TIMEOUT;
  const max = o.maxBytes ?? DEFAULT_MAX_BYTES;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const onAbort = () => controller.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });

  // (Re)starts the idle timer: each chunk of a slow but live body buys another `timeout`.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
  };
  const done = () => {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  };
  const fail = (e: unknown): DataError => {
    done();
    if (timedOut)
      return new DataError(
        'timeout',
        `The server at ${url} did not answer within ${Math.round(timeout / 1000)} s. Try again later, or check the address.`,
        { url },
      );
    return toDataError(e, url);
  };
  const tooLarge = (bytes: number): DataError => {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return new DataError(
      'too-large',
      `The file at ${url} is larger than the ${mb(max)} limit (${mb(bytes)} or more). Publish a smaller extract, or raise the limit.`,
      { url },
    );
  };
  const discard = (res: Response) => void res.body?.cancel().catch(() => undefined);

  // The start of an error body, for the message: a server that asks to wait often says why.
  const said = async (res: Response): Promise<string> => {
    if (!res.body || !/^text\/|json|xml/.test(res.headers.get('content-type') ?? 'text/')) return '';
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const stop = setTimeout(() => void reader.cancel().catch(() => undefined), 2000);
    try {
      while (text.length < 300) {
        const { done: end, value } = await reader.read();
        if (end) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // Nothing more to say than the status.
    } finally {
      clearTimeout(stop);
      void reader.cancel().catch(() => undefined);
    }
    const line = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
  };

  async function* chunks(res: Response): AsyncGenerator<Uint8Array> {
    const totalBytes = contentLength(res);
    if (totalBytes !== undefined && totalBytes > max) {
      discard(res);
      done();
      throw tooLarge(totalBytes);
    }
    if (!res.body) return done();
    const reader = res.body.getReader();
    let bytes = 0;
    let finished = false;
    try {
      for (;;) {
        arm();
        const { done: end, value } = await reader.read();
        if (end) break;
        bytes += value.byteLength;
        if (bytes > max) throw tooLarge(bytes);
        o.onProgress?.({ bytes, totalBytes, rows: 0 });
        yield value;
      }
      finished = true;
    } catch (e) {
      throw e instanceof DataError ? e : fail(e);
    } finally {
      // Also reached when the consumer stops early: release the connection.
      if (!finished) void reader.cancel().catch(() => undefined);
      done();
    }
  }

  return {
    done,
    chunks,
    async open() {
      if (o.signal?.aborted) throw fail(new DOMException('Aborted', 'AbortError'));
      try {
        o.budget?.spend(url);
      } catch (e) {
        done();
        throw e;
      }
      arm();
      let res: Response;
      try {
        res = await (o.fetch ?? fetch)(url, {
          signal: controller.signal,
          headers: o.headers,
          cache: o.httpCache,
          redirect: o.redirect,
        });
      } catch (e) {
        throw fail(e);
      }
      // Headers are in: from here the idle timer runs per body chunk (see `chunks`).
      clearTimeout(timer);
      if (res.ok || res.status === 304 || res.type === 'opaqueredirect') return res;
      const retryAfter = retryAfterMs(res.headers.get('retry-after'));
      const body = retryAfter !== undefined ? await said(res) : (discard(res), '');
      done();
      const hint =
        res.status === 404
          ? ' Check the address.'
          : res.status >= 500 || res.status === 429
            ? ' Try again later.'
            : '';
      throw new DataError(
        'http',
        `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}.${hint}`,
        { status: res.status, url, retryAfter, ...(body && { said: body }) },
      );
    },
    async text(res) {
      const decoder = new TextDecoder();
      const parts: string[] = [];
      for await (const chunk of chunks(res)) parts.push(decoder.decode(chunk, { stream: true }));
      parts.push(decoder.decode());
      return parts.join('');
    },
  };
}

/** Most redirects a browser follows for one fetch (the Fetch standard's limit). */
export const MAX_REDIRECTS = 20;

/**
 * Opens `url` and reads the answer with `read`, the two retried together as `withRetry` says.
 * Retries and revalidations pass `no-cache`, so a cached error or a long `max-age` never
 * answers a "Retry" or a dashboard refresh.
 *
 * The browser follows redirects out of sight and a loop ends in a bare network error: after a
 * network error the next attempt does not follow redirects, so a URL that redirects is known
 * (and not asked again, redirects and all) while any other answer is used as usual.
 */
export function requestWithRetry<T>(
  url: string,
  o: RequestOptions & RetryOptions & { revalidate?: boolean },
  read: (request: Attempt, res: Response) => T | Promise<T>,
): Promise<T> {
  let failedOnNetwork = false;
  return withRetry(async (n) => {
    const probe = failedOnNetwork && o.redirect === undefined;
    const a = attempt(url, {
      ...o,
      httpCache: o.revalidate || n > 0 ? 'no-cache' : undefined,
      ...(probe && { redirect: 'manual' as const }),
    });
    let res: Response;
    try {
      res = await a.open();
    } catch (e) {
      failedOnNetwork = e instanceof DataError && e.code === 'network';
      throw e;
    }
    if (res.type === 'opaqueredirect') {
      a.done();
      throw new DataError(
        'request-limit',
        `The server at ${url} redirects the request, and following its redirects failed: a redirect loop, more than the ${MAX_REDIRECTS} redirects a browser follows, or a target that does not allow cross-origin requests (CORS). Link to the final address of the data instead.`,
        { url },
      );
    }
    return read(a, res);
  }, o);
}
