import { DataError, toDataError } from './errors.js';
import { retryAfterMs } from './retry.js';
import type { DataProgress } from './types.js';

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
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** A fetch whose own timer and the caller's signal both cancel it. */
export class Attempt {
  private readonly controller = new AbortController();
  private timer?: ReturnType<typeof setTimeout>;
  private timedOut = false;
  private readonly onAbort = () => this.controller.abort();

  constructor(
    readonly url: string,
    private readonly o: RequestOptions,
  ) {
    o.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** (Re)starts the idle timer: each chunk of a slow but live body buys another `timeout`. */
  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, this.o.timeout ?? DEFAULT_TIMEOUT);
  }

  done(): void {
    clearTimeout(this.timer);
    this.o.signal?.removeEventListener('abort', this.onAbort);
  }

  fail(e: unknown): DataError {
    this.done();
    if (this.timedOut)
      return new DataError(
        'timeout',
        `The server at ${this.url} did not answer within ${Math.round((this.o.timeout ?? DEFAULT_TIMEOUT) / 1000)} s. Try again later, or check the address.`,
        { url: this.url },
      );
    return toDataError(e, this.url);
  }

  /** Sends the request; a non-2xx answer (other than 304) becomes DataError 'http'. */
  async open(): Promise<Response> {
    this.arm();
    if (this.o.signal?.aborted) throw this.fail(new DOMException('Aborted', 'AbortError'));
    let res: Response;
    try {
      res = await (this.o.fetch ?? fetch)(this.url, {
        signal: this.controller.signal,
        headers: this.o.headers,
        cache: this.o.httpCache,
      });
    } catch (e) {
      throw this.fail(e);
    }
    // Headers are in: from here the idle timer runs per body chunk (see `chunks`).
    clearTimeout(this.timer);
    if (res.ok || res.status === 304) return res;
    void res.body?.cancel().catch(() => undefined);
    this.done();
    const hint =
      res.status === 404
        ? ' Check the address.'
        : res.status >= 500 || res.status === 429
          ? ' Try again later.'
          : '';
    throw new DataError(
      'http',
      `The server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${this.url}.${hint}`,
      {
        status: res.status,
        url: this.url,
        retryAfter: retryAfterMs(res.headers.get('retry-after')),
      },
    );
  }

  private tooLarge(bytes: number): DataError {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return new DataError(
      'too-large',
      `The file at ${this.url} is larger than the ${mb(this.o.maxBytes ?? DEFAULT_MAX_BYTES)} limit (${mb(bytes)} or more). Publish a smaller extract, or raise the limit.`,
      { url: this.url },
    );
  }

  /** Reads the body chunk by chunk, enforcing the size cap and the idle timeout, reporting progress. */
  async *chunks(res: Response): AsyncGenerator<Uint8Array> {
    const max = this.o.maxBytes ?? DEFAULT_MAX_BYTES;
    const length = Number(res.headers.get('content-length') ?? NaN);
    const totalBytes = Number.isFinite(length) ? length : undefined;
    if (totalBytes !== undefined && totalBytes > max) {
      void res.body?.cancel().catch(() => undefined);
      this.done();
      throw this.tooLarge(totalBytes);
    }
    if (!res.body) return this.done();
    const reader = res.body.getReader();
    let bytes = 0;
    let finished = false;
    try {
      for (;;) {
        this.arm();
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
        if (bytes > max) throw this.tooLarge(bytes);
        this.o.onProgress?.({ bytes, totalBytes, rows: 0 });
        yield value;
      }
      finished = true;
    } catch (e) {
      throw e instanceof DataError ? e : this.fail(e);
    } finally {
      // Also reached when the consumer stops early: release the connection.
      if (!finished) void reader.cancel().catch(() => undefined);
      this.done();
    }
  }

  /** The whole body as text (UTF-8, BOM removed). */
  async text(res: Response): Promise<string> {
    const decoder = new TextDecoder();
    const parts: string[] = [];
    for await (const chunk of this.chunks(res)) parts.push(decoder.decode(chunk, { stream: true }));
    parts.push(decoder.decode());
    return parts.join('');
  }
}
