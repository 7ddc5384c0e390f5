import type { ReactiveControllerHost } from 'lit';
import type { Period, PeriodTable } from '../../data/aggregate/period-table.js';
import { DataController } from '../shared/data-controller.js';
import { DataError } from '../../data/errors.js';
import type { LoadOptions } from '../../data/load.js';
import type { ResolvedSource } from '../../data/source.js';
import { toNumberLocale, type NumberLocale } from '../../data/validate/numbers.js';
import type { DataErrorInfo, DataNote, RowIssue, SourceFormat } from '../../data/types.js';
import { PantauDataIssuesEvent, type RowIssuesDetail } from '../../events/data-issues.js';
import { PantauErrorEvent } from '../../events/error.js';
import { trendPlan, validateTrend, type TrendFields, type TrendSource } from './trend-validate.js';
import type { Measure } from './trend-model.js';
import { readRecords, type TrendRecords } from './trend-records.js';
import { recordsTable } from './trend-aggregate.js';
import { countable, shapeNote } from './trend-wide.js';

/** What the data of `<pantau-complaint-trend>` depends on. */
export interface TrendSourceHost extends ReactiveControllerHost, HTMLElement, TrendFields {
  src?: string;
  format?: SourceFormat;
  data?: unknown;
  refresh?: number;
  period: Period;
  timeZone: string;
  measure?: Measure;
  /** The page language: a number that reads two ways is read its way. */
  readonly language: NumberLocale;
}

/** The attributes rows are read with; a change reads them again. */
function pickFields(h: TrendSourceHost): TrendFields {
  const { dateField, seriesField, valueField, valueFields, filter } = h;
  return {
    dateField,
    seriesField,
    valueField,
    valueFields,
    filter,
    numberLocale: toNumberLocale(h.numberLocale),
  };
}

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function attempt<T>(run: () => T): T | DataErrorInfo {
  try {
    return run();
  } catch (e) {
    if (e instanceof DataError) return e.info;
    throw e;
  }
}

/**
 * The chart's data: loaded by a `DataController` (a CSV `src` counted while it streams, in a
 * worker when large), then read with the complaints schema for the current fields. Rows are
 * read again only when the data or a field changes (fields may change after loading, with no
 * reload), and aggregated again when the period, time zone or measure changes.
 */
export class TrendSourceController {
  readonly store: DataController<TrendSource>;
  table?: PeriodTable;
  /** The second measure per period, when one is asked for. */
  measure?: number[];
  /** Every row left out, by row number. */
  issues: RowIssue[] = [];
  /** How many rows were left out (the issue list is capped). */
  skipped = 0;
  /** Readings chosen without the data or the attributes settling them. */
  notes: DataNote[] = [];
  /** Set when the loaded data has no usable row with these fields. */
  error?: DataErrorInfo;
  readonly #host: TrendSourceHost;
  #read?: TrendRecords | DataErrorInfo;
  #readKey: unknown[] = [];
  #tableKey: unknown[] = [];
  #reported?: DataErrorInfo;
  /** A new dataset or field was read: `pantau-data-issues` reports it once the table is made. */
  #announce = false;
  /** A CSV `src` found to have a `value` column to sum: read as rows instead, so gaps stay gaps. */
  #sumsIn?: string;

  constructor(host: TrendSourceHost, load: LoadOptions) {
    this.#host = host;
    this.store = new DataController<TrendSource>(host, {
      // The host's `src`, `format`, `data` and `refresh` are the source itself.
      source: () => host,
      validate: validateTrend,
      aggregate: (source) => this.#plan(source),
      load,
    });
  }

  /** Read on every host update: a new plan (period, field, time zone) makes the store reload. */
  #plan(source: ResolvedSource) {
    const h = this.#host;
    return source.kind === 'src' && h.src !== this.#sumsIn
      ? trendPlan(source.src, source.format, h)
      : undefined;
  }

  /** Brings the table up to date; call after the store's `hostUpdate`. True when it changed. */
  sync(): boolean {
    const h = this.#host;
    let source = this.store.value;
    if (source?.kind === 'table' && source.columns?.includes('value') && !h.valueField && h.src) {
      // Counted, but meant to be summed: nothing is shown until the rows arrive.
      this.#sumsIn = h.src;
      source = undefined;
      // Inside the host's update a request would be dropped: ask once this update is done.
      queueMicrotask(() => h.requestUpdate());
    }
    const fields = { ...pickFields(h), fallbackLocale: h.language };
    const readKey = [source, ...Object.values(fields)];
    const loadIssues = this.store.issues;
    const tableKey = [...readKey, loadIssues, h.period, h.timeZone, h.measure];
    if (same(tableKey, this.#tableKey)) return false;
    if (!same(readKey, this.#readKey)) {
      this.#readKey = readKey;
      this.#announce = true;
      this.#read = source?.kind === 'rows' ? attempt(() => readRecords(source.rows, fields)) : undefined;
    }
    this.#tableKey = tableKey;
    this.table = this.measure = this.error = undefined;
    this.issues = loadIssues;
    this.skipped = 0;
    this.notes = [];
    const read = this.#read;
    if (source?.kind === 'table') {
      this.table = source.table;
      this.skipped = source.table.skipped ?? loadIssues.length;
      const ignored = countable(source.numericColumns ?? []);
      const note = shapeNote({ ignored: ignored.length ? ignored : undefined }, false);
      this.notes = [...(note ? [note] : []), ...(source.notes ?? [])];
    } else if (read) {
      const made =
        'records' in read ? attempt(() => recordsTable(read, h.period, h.timeZone, h.measure)) : read;
      if ('code' in made) {
        this.error = made;
        if (made !== this.#reported) {
          this.#reported = made;
          queueMicrotask(() => h.dispatchEvent(new PantauErrorEvent(made)));
        }
      } else {
        Object.assign(this, made);
        this.skipped += loadIssues.length;
      }
      this.issues = [...loadIssues, ...(made.issues ?? [])];
      if ('records' in read) this.notes = read.notes;
    }
    if (this.table && this.#announce) {
      this.#announce = false;
      const detail = { rowIssues: this.issues, skipped: this.skipped, notes: this.notes };
      queueMicrotask(() => h.dispatchEvent(new PantauDataIssuesEvent<RowIssuesDetail>(detail)));
    }
    return true;
  }
}
