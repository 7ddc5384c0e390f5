import { ckanPage } from './ckan.js';
import { CsvAggregator, type AggregatePlan } from './csv-aggregate.js';
import { parseCSV } from './csv-table.js';
import { formatOfJson, parseJSON, sniffText } from './detect.js';
import { toFeatureCollection } from './geo.js';
import { open311Rows, parseOpen311Xml } from './open311.js';
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
}

export interface Parsed {
  data: unknown;
  /** The format the text turned out to be. */
  format: SourceFormat;
}

/** Reads text of a known or guessed format: CSV, JSON (plain, CKAN, Open311, GeoJSON, TopoJSON) or Open311 XML. */
export function parseText(text: string, format: SourceFormat = 'auto', o: ParseOptions = {}): Parsed {
  const records = o.records !== false;
  const kind =
    format === 'csv'
      ? 'csv'
      : format === 'open311-xml'
        ? 'xml'
        : format === 'auto'
          ? sniffText(text, o.contentType ?? '', o.url)
          : 'json';
  if (kind === 'csv') {
    if (o.aggregate) {
      const agg = new CsvAggregator(o.aggregate);
      agg.push(text);
      return { data: agg.end(), format: 'csv' };
    }
    const table = parseCSV(text);
    return { data: records ? table.rows : table, format: 'csv' };
  }
  if (kind === 'xml') return { data: parseOpen311Xml(text), format: 'open311-xml' };
  return normalizeValue(parseJSON(text, o.url), format, o);
}

/** A parsed JSON value (or a `.data` property) normalised by its format: CKAN records, Open311 rows, a FeatureCollection. */
export function normalizeValue(value: unknown, format: SourceFormat = 'auto', o: ParseOptions = {}): Parsed {
  const records = o.records !== false;
  const detected = format === 'auto' || format === 'json' ? formatOfJson(value) : format;
  switch (detected) {
    case 'ckan':
      return { data: records ? ckanPage(value).records : value, format: 'ckan' };
    case 'open311':
      return { data: open311Rows(value), format: 'open311' };
    case 'geojson':
    case 'topojson':
      return { data: toFeatureCollection(value, o.objectName), format: detected };
    default:
      return { data: value, format: 'json' };
  }
}
