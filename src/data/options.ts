import type { BudgetOptions } from './net/budget.js';
import type { FetchOptions } from './net/fetch.js';
import type { AggregatePlan } from './aggregate/plan.js';
import type { NumberLocale } from './validate/numbers.js';
import type { SourceFormat } from './types.js';

// The option bags of parsing and loading, in a file of their own: format plugins take them,
// and the registry and the loader call the plugins, so neither may hold them (a cycle).

/** How `parseText` and `normalizeValue` read a source. */
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

/** How `load` fetches and reads a source. */
export interface LoadOptions extends FetchOptions, BudgetOptions {
  /** The source's format; `auto` (default) goes by the URL, the content type and the content. */
  format?: SourceFormat;
  /** Normalise tables to row objects (default true). */
  records?: boolean;
  /** CKAN: most rows read (default 100000); `truncated` says when the cap applied. */
  maxRows?: number;
  /** TopoJSON object to read. */
  objectName?: string;
  /** CSV: count into a period table while streaming instead of returning rows. */
  aggregate?: AggregatePlan;
  /** With `aggregate`: `true` always uses a worker, `false` never, `auto` (default) above `workerThreshold` or an unknown size. */
  worker?: boolean | 'auto';
  /** Bytes above which an aggregated CSV goes to the worker (default 2 MiB). */
  workerThreshold?: number;
  /** How the numbers are written (`id`: `1.234,5`; `en`: `1,234.5`); unstated, inferred per column when rows are validated. */
  numberLocale?: NumberLocale;
}
