import { DataError } from './errors.js';
import { csvSignature } from './formats/csv/detect.js';
import { geojsonSignature, topojsonSignature } from './formats/geojson/detect.js';
import { ckanSignature } from './formats/ckan/detect.js';
import { open311Signature, open311XmlSignature } from './formats/open311/detect.js';
import { ndjsonSignature } from './formats/ndjson/detect.js';
import type { FormatName, FormatPlugin, FormatSignature } from './formats/plugin.js';
import type { LoadOptions, ParseOptions } from './options.js';
import type { SourceFormat } from './types.js';
import { tagTable } from './validate/number-reading.js';

/**
 * Every format, in detection order: the first whose URL pattern, JSON test or text kind
 * matches wins. Only signatures, in every bundle: a format's code comes with its
 * `formats/<name>/index.ts`. A way of reading another format (`of`, CSV counting) is
 * not detected, so it is not listed: its plugin registers it.
 */
const FORMATS: readonly FormatSignature[] = [
  csvSignature,
  topojsonSignature,
  geojsonSignature,
  ckanSignature,
  open311XmlSignature,
  open311Signature,
  ndjsonSignature,
];

const plugins = new Map<FormatName, FormatPlugin>();

/** Makes a format readable; its `formats/<name>/index.ts` calls this when imported. */
export function registerFormat(plugin: FormatPlugin): void {
  plugins.set(plugin.name, plugin);
}

/**
 * How reads run, and what a read of a format without a plugin does. By default a read runs as
 * is and a missing plugin is a DataError 'format'; an element that loads plugins on first use
 * (`registerFormatOnFirstUse`, first-use.ts) replaces both, so bundles that never do (the stat,
 * the card, `pantau/data`) carry none of that machinery.
 */
export const reads = {
  run: <T>(read: () => T): T | Promise<T> => read(),
  missing(name: FormatName): never {
    throw new DataError(
      'format',
      `This pantau bundle does not read "${name}" data. Load pantau.js (every format) instead of a single element's file, or with npm import 'pantau/data'.`,
    );
  },
};

/**
 * Runs a read, first loading any format plugin it needs when this bundle loads some on first
 * use (see `registerFormatOnFirstUse`). `parseText` and `normalizeValue` stay synchronous.
 */
export function withFormats<T>(run: () => T): T | Promise<T> {
  return reads.run(run);
}

/** A named format's signature: none for `auto` and plain `json`, DataError 'format' for a name no format has. */
function signature(name: SourceFormat | FormatName): FormatSignature | undefined {
  if (name === 'auto' || name === 'json') return undefined;
  return FORMATS.find((f) => f.name === name) ?? formatPlugin(name);
}

/** The plugin that reads `name` with these options: one registered as a way of reading it whose `when` holds, else its own. */
function reading(name: FormatName, o: ParseOptions): FormatPlugin {
  for (const p of plugins.values()) if (p.of === name && p.when?.(o)) return p;
  return formatPlugin(name);
}

/** The plugin of a format; DataError 'format' naming what to load when this bundle has none. */
export function formatPlugin(name: FormatName): FormatPlugin {
  return plugins.get(name) ?? reads.missing(name);
}

/** The `load` of a format that loads a URL itself (paging, streaming); a missing plugin fails before any request. */
export function formatLoader(format: SourceFormat, o: LoadOptions): FormatPlugin['load'] {
  const f = signature(format);
  return f && reading(f.name, o).load;
}

/** The format a URL's path names, when it names one. */
export function formatFromUrl(url: string): SourceFormat | undefined {
  let path: string;
  try {
    path = new URL(url, 'http://x/').pathname.toLowerCase();
  } catch {
    return undefined;
  }
  return FORMATS.find((f) => f.url?.test(path))?.name as SourceFormat | undefined;
}

/** The format of parsed JSON: the first whose JSON test holds, else plain `json`. */
export function formatOfJson(value: unknown): SourceFormat {
  return (FORMATS.find((f) => f.json?.(value))?.name as SourceFormat | undefined) ?? 'json';
}

/** What the body looks like: JSON, XML, CSV; an HTML page (a CMS error page, a login wall) is an error. */
export function sniffText(text: string, contentType: string, url?: string): 'json' | 'xml' | 'csv' {
  const head = text.slice(0, 512).trimStart();
  const type = contentType.toLowerCase();
  if (
    /^<(!doctype html|html|head|body)\b/i.test(head) ||
    (type.includes('text/html') && head.startsWith('<'))
  )
    throw new DataError(
      'parse',
      `Expected data${url ? ` from ${url}` : ''} but the server sent an HTML page (content type "${contentType || 'none'}"). The address may be wrong, or the server shows an error or login page.`,
      url ? { url } : {},
    );
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<')) return 'xml';
  return 'csv';
}

/** JSON.parse with an error that says where the data came from and what to check. */
export function parseJSON(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DataError(
      'parse',
      `The data${url ? ` at ${url}` : ''} is not valid JSON (${why}). The file may be cut off, or not be JSON.`,
      url ? { url } : {},
    );
  }
}

export interface Parsed {
  data: unknown;
  /** The format the text turned out to be. */
  format: SourceFormat;
}

/** Reads text of a known or guessed format: CSV, JSON (plain, CKAN, Open311, GeoJSON, TopoJSON) or Open311 XML. */
export function parseText(text: string, format: SourceFormat = 'auto', o: ParseOptions = {}): Parsed {
  let f: FormatSignature | undefined;
  if (format === 'auto') {
    const kind = sniffText(text, o.contentType ?? '', o.url);
    f = FORMATS.find((s) => s.text === kind);
  } else f = signature(format);
  if (f?.text) return { data: reading(f.name, o).read(text, o), format: f.name as SourceFormat };
  // Any other format is JSON text.
  const parsed = normalizeValue(parseJSON(text, o.url), format, o);
  if (Array.isArray(parsed.data)) tagTable(parsed.data, { locale: o.numberLocale });
  return parsed;
}

/** A parsed JSON value (or a `.data` property) normalised by its format: CKAN records, Open311 rows, a FeatureCollection. */
export function normalizeValue(value: unknown, format: SourceFormat = 'auto', o: ParseOptions = {}): Parsed {
  const detected = format === 'auto' || format === 'json' ? formatOfJson(value) : format;
  const f = signature(detected);
  // Plain JSON; or a value already parsed, which a text format only said how to read as text.
  if (!f || f.text) return { data: value, format: 'json' };
  // The source's own structure: a map picks the TopoJSON object and converts it in slices.
  if (o.records === false && !f.rowsOnly) return { data: value, format: detected };
  return { data: formatPlugin(f.name).read(value, o), format: detected };
}
