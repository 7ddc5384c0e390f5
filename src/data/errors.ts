import type { DataErrorCode, DataErrorInfo } from './types.js';

/**
 * Every failure of the data client. `info` is what elements show and what the
 * `pantau-error` event carries; `message` is English and says what to fix.
 */
export class DataError extends Error {
  readonly info: DataErrorInfo;

  constructor(code: DataErrorCode, message: string, extra?: Partial<DataErrorInfo>) {
    super(message);
    // Also how a side file's copy of this class is recognised (see first-use.ts).
    this.name = 'DataError';
    this.info = { ...extra, code, message };
  }

  /** Shortcut for `info.code`. */
  get code(): DataErrorCode {
    return this.info.code;
  }
}

/** The error of a cancelled request. */
export function cancelled(url?: string): DataError {
  return new DataError('aborted', 'The request was cancelled.', url ? { url } : {});
}

/** True for the error a cancelled fetch or an aborted signal produces. */
export function isAbort(e: unknown): boolean {
  return (
    (e instanceof DataError && e.code === 'aborted') ||
    (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError')
  );
}

/** Any thrown value as a DataError: fetch's TypeError is a network failure, abort stays abort. */
export function toDataError(e: unknown, url?: string): DataError {
  if (e instanceof DataError) {
    if (url && !e.info.url) (e.info as DataErrorInfo).url = url;
    return e;
  }
  const where = url ? { url } : {};
  if (isAbort(e)) return cancelled(url);
  if (e instanceof TypeError)
    return new DataError(
      'network',
      `The data could not be fetched${url ? ` from ${url}` : ''} (${e.message}). Check the address, the connection and that the server allows cross-origin requests (CORS).`,
      where,
    );
  const message = e instanceof Error ? e.message : String(e);
  return new DataError('parse', message, where);
}

/**
 * A failure no reader foresaw (a TypeError inside a parser, say) as a DataError 'parse' whose
 * message is a sentence; a DataError or an abort stays what it is.
 */
export function unexpected(e: unknown, url?: string): DataError {
  if (e instanceof DataError || isAbort(e)) return toDataError(e, url);
  const why = e instanceof Error ? e.message : String(e);
  return new DataError(
    'parse',
    `The data${url ? ` at ${url}` : ''} could not be read: it is not laid out the way its format says (${why}).`,
    url ? { url } : {},
  );
}
