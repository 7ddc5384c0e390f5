import { DataError } from './errors.js';
import type { LoadOptions } from './load.js';
import type { ParseOptions } from './parse.js';
import type { SourceFormat } from './types.js';

/** What a format's own loader returns. */
export interface Loaded {
  data: unknown;
  /** Set when a row cap cut the source short. */
  truncated?: { total: number; kept: number };
}

/**
 * A format the data client reads once its module in `src/data/formats/` is imported: an
 * element bundle carries only the readers of what it can be fed. JSON needs no reader.
 */
export interface FormatReader {
  /** Reads a parsed JSON value (or a `.data` value); for CSV and XML, the text. */
  read(input: unknown, o: ParseOptions): unknown;
  /** Loads a URL itself when one URL is not one response (paging, streaming); else it is fetched as text and read. */
  load?(url: string, o: LoadOptions): Promise<Loaded>;
}

/** The formats with readers, plus `aggregate`: a CSV counted while it streams. */
export type FormatName = Exclude<SourceFormat, 'auto' | 'json'> | 'aggregate';

const readers = new Map<FormatName, FormatReader>();

export function registerFormat(name: FormatName, reader: FormatReader): void {
  readers.set(name, reader);
}

/** The reader of a format; DataError 'format' naming what to load when this bundle has none. */
export function formatReader(name: FormatName): FormatReader {
  const reader = readers.get(name);
  if (reader) return reader;
  throw new DataError(
    'format',
    `This pantau bundle does not read "${name}" data. Load pantau.js (every format) instead of a single element's file, or with npm import 'pantau/data'.`,
  );
}
