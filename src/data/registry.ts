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

/** Formats whose plugins load on first use (issue 18): a bundle's first paint carries only their signatures. */
const onFirstUse = new Map<FormatName, () => Promise<void>>();

/**
 * Makes formats readable through plugins that `load` imports on first use (an element's side
 * file). A read that needs one throws {@link FormatNotLoaded} until then; `withFormats` awaits
 * the load and reads again. A failed load is tried again by the next read.
 */
export function registerFormatOnFirstUse(
  names: readonly FormatName[],
  load: () => Promise<readonly FormatPlugin[]>,
): void {
  let loading: Promise<void> | undefined;
  const once = (): Promise<void> =>
    (loading ??= load().then(
      (loaded) => {
        loaded.forEach(registerFormat);
        for (const name of names) onFirstUse.delete(name);
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  for (const name of names) if (!plugins.has(name)) onFirstUse.set(name, once);
}

/** Thrown by a synchronous read that needs a plugin not loaded yet; `withFormats` catches it. */
export class FormatNotLoaded extends Error {
  constructor(readonly load: () => Promise<void>) {
    super('format not loaded yet');
  }
}

/**
 * Runs a read, first loading any format plugin it needs (see `registerFormatOnFirstUse`).
 * `parseText` and `normalizeValue` stay synchronous: a read that finds its plugin missing is
 * run again once it has loaded (JSON text is then parsed twice, on a format's first use only).
 */
export function withFormats<T>(run: () => T): T | Promise<T> {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof FormatNotLoaded)) throw e;
    // Synchronous when nothing is missing, so a read of loaded formats keeps its timing.
    return e.load().then(() => withFormats(run));
  }
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
  const plugin = plugins.get(name);
  if (plugin) return plugin;
  const load = onFirstUse.get(name);
  if (load) throw new FormatNotLoaded(load);
  throw new DataError(
    'format',
    `This pantau bundle does not read "${name}" data. Load pantau.js (every format) instead of a single element's file, or with npm import 'pantau/data'.`,
  );
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
