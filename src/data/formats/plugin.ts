import type { FetchedText, FetchOptions } from '../net/fetch.js';
import type { LoadOptions, ParseOptions } from '../options.js';
import type { SourceFormat } from '../types.js';

/** The formats with plugins: every `SourceFormat` but `auto` and plain `json`, plus CSV counted while it streams. */
export type FormatName = Exclude<SourceFormat, 'auto' | 'json'> | 'aggregate';

/**
 * The part of a format every bundle carries (see `FORMATS` in `registry.ts`): its name and how
 * it is recognised, so that a bundle without the format's code can name what is missing.
 */
export interface FormatSignature {
  name: FormatName;
  /** A URL path (lower case) that names the format; decided before any request, so a format that pages (`load`) is asked first. */
  url?: RegExp;
  /** Parsed JSON of this format (a value or a `.data` property). */
  json?(value: unknown): boolean;
  /**
   * The format is text of this kind, and `read` takes the text. `sniffText` tells `csv` and
   * `xml` apart: the first format in the list of such a kind is what text of it is read as.
   * A format of another kind (NDJSON's `lines`) is chosen by its URL or by name only.
   */
  text?: 'csv' | 'xml' | 'lines';
  /** A way of reading another format, chosen over it when `when` holds: a CSV with an `aggregate` plan is counted, not turned into rows. */
  of?: FormatName;
  when?(o: ParseOptions): boolean;
  /** Read even when `records: false` asks for the source's own structure: the rows are the only one (Open311 JSON). */
  rowsOnly?: boolean;
}

/** What a format's own `load` returns. */
export interface Loaded {
  data: unknown;
  /** Set when a row cap cut the source short. */
  truncated?: { total: number; kept: number };
}

/**
 * A format: its signature plus the code that reads it. Importing a format's `index.ts`
 * registers it, so a bundle carries the code of the formats its element can be fed.
 */
export interface FormatPlugin extends FormatSignature {
  /** Reads parsed JSON (or a `.data` value), or for a format of `text`, the text. */
  read(input: unknown, o: ParseOptions): unknown;
  /** Loads a URL itself when one URL is not one response (paging, streaming); else it is fetched as text and read. */
  load?(url: string, o: LoadOptions): Promise<Loaded>;
}

/**
 * The fetch a format's paging uses: the page's `fetchText` (its cache, retries and budgets),
 * passed in so that plugins loaded from a side file share them rather than carry a copy.
 */
export type FetchText = (url: string, o: FetchOptions) => Promise<FetchedText>;

export { isObject } from '../row.js';
