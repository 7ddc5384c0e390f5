import type { AggregatePlan } from './aggregate/plan.js';
import { formatOfJson, parseJSON, sniffText } from './detect.js';
import { formatReader } from './registry.js';
import { tagTable } from './validate/number-reading.js';
import type { NumberLocale } from './validate/numbers.js';
import type { SourceFormat } from './types.js';

export interface ParseOptions {
  contentType?: string;
  url?: string;
  /** Normalise tables to an array of row objects (default true); false keeps the source's own structure. */
  records?: boolean;
  /** TopoJSON object to read (default: the first). */
  objectName?: string;
  /** Aggregate CSV straight into a period table instead of returning rows. */
  aggregate?: AggregatePlan;
  /** Open311 XML given as text: most characters read in one go (default `MAX_SYNC_XML`, 1 MiB). */
  maxXmlSize?: number;
  /** How the numbers are written (`id`: `1.234,5`; `en`: `1,234.5`); unstated, inferred per column when rows are validated. */
  numberLocale?: NumberLocale;
}

export interface Parsed {
  data: unknown;
  /** The format the text turned out to be. */
  format: SourceFormat;
}

/** Reads text of a known or guessed format: CSV, JSON (plain, CKAN, Open311, GeoJSON, TopoJSON) or Open311 XML. */
export function parseText(text: string, format: SourceFormat = 'auto', o: ParseOptions = {}): Parsed {
  const kind =
    format === 'csv' || format === 'open311-xml'
      ? format
      : format === 'auto'
        ? sniffText(text, o.contentType ?? '', o.url)
        : 'json';
  if (kind === 'json') {
    const parsed = normalizeValue(parseJSON(text, o.url), format, o);
    if (Array.isArray(parsed.data)) tagTable(parsed.data, { locale: o.numberLocale });
    return parsed;
  }
  if (kind === 'csv')
    return { data: formatReader(o.aggregate ? 'aggregate' : 'csv').read(text, o), format: 'csv' };
  return { data: formatReader('open311-xml').read(text, o), format: 'open311-xml' };
}

/** A parsed JSON value (or a `.data` property) normalised by its format: CKAN records, Open311 rows, a FeatureCollection. */
export function normalizeValue(value: unknown, format: SourceFormat = 'auto', o: ParseOptions = {}): Parsed {
  const detected = format === 'auto' || format === 'json' ? formatOfJson(value) : format;
  // A value is already parsed: a CSV or XML format only said how its text would have been read.
  if (detected === 'json' || detected === 'auto' || detected === 'csv' || detected === 'open311-xml')
    return { data: value, format: 'json' };
  // The source's own structure: a map picks the TopoJSON object and converts it in slices.
  if (o.records === false && detected !== 'open311') return { data: value, format: detected };
  return { data: formatReader(detected).read(value, o), format: detected };
}
