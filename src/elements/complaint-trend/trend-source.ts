import type { ReactiveControllerHost } from 'lit';
import type { Period, PeriodTable } from '../../data/aggregate/period-table.js';
import { DataController } from '../shared/data-controller.js';
import { derive } from '../shared/derive.js';
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

function attempt<T>(run: () => T): T | DataErrorInfo {
  try {
    return run();
  } catch (e) {
    if (e instanceof DataError) return e.info;
    throw e;
  }
}

/** The chart's data for the current source, fields, period, time zone and measure. */
export interface TrendData {
  table?: PeriodTable;
  /** The second measure per period, when one is asked for. */
  measure?: number[];
  /** Every row left out, by row number. */
  issues: RowIssue[];
  /** How many rows were left out (the issue list is capped). */
  skipped: number;
  /** Readings chosen without the data or the attributes settling them. */
  notes: DataNote[];
  /** Set when the loaded data has no usable row with these fields. */
  error?: DataErrorInfo;
}

type ReadFields = TrendFields & { fallbackLocale: NumberLocale };

/**
 * The chart's data: loaded by a `DataController` (a CSV `src` counted while it streams, in a
 * worker when large), then read with the complaints schema for the current fields. Rows are
 * read again only when the data or a field changes (fields may change after loading, with no
 * reload), and aggregated again when the period, time zone or measure changes.
 */
export class TrendSourceController implements TrendData {
  readonly store: DataController<TrendSource>;
  table?: PeriodTable;
  measure?: number[];
  issues: RowIssue[] = [];
  skipped = 0;
  notes: DataNote[] = [];
  error?: DataErrorInfo;
  readonly #host: TrendSourceHost;
  /** The rows read under the current fields (or why they cannot be): once per data and fields. */
  readonly #read = derive(
    (source: TrendSource | undefined, fields: ReadFields): TrendRecords | DataErrorInfo | undefined => {
      this.#announce = true;
      return source?.kind === 'rows' ? attempt(() => readRecords(source.rows, fields)) : undefined;
    },
    (source, fields) => [source, ...Object.values(fields)],
  );
  /** The table and what was left out: once per read rows, load issues, period, time zone and measure. */
  readonly #data = derive(
    (
      source: TrendSource | undefined,
      fields: ReadFields,
      loadIssues: RowIssue[],
      period: Period,
      timeZone: string,
      measure?: Measure,
    ): TrendData => {
      const data = this.#make(source, fields, loadIssues, period, timeZone, measure);
      // Kept on the controller too: the issues note and the element's `issues` read it.
      Object.assign(this, data);
      return data;
    },
    (source, fields, ...rest) => [source, ...Object.values(fields), ...rest],
  );
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

  /**
   * The data for the host's current attributes, from `willUpdate`: starts a load when the
   * source changed, and returns the same object until an input of the table changes.
   */
  sync(): TrendData {
    const h = this.#host;
    this.store.hostUpdate();
    let source = this.store.value;
    if (source?.kind === 'table' && source.columns?.includes('value') && !h.valueField && h.src) {
      // Counted, but meant to be summed: nothing is shown until the rows arrive.
      this.#sumsIn = h.src;
      source = undefined;
      // Inside the host's update a request would be dropped: ask once this update is done.
      queueMicrotask(() => h.requestUpdate());
    }
    const fields = { ...pickFields(h), fallbackLocale: h.language };
    return this.#data(source, fields, this.store.issues, h.period, h.timeZone, h.measure);
  }

  #make(
    source: TrendSource | undefined,
    fields: ReadFields,
    loadIssues: RowIssue[],
    period: Period,
    timeZone: string,
    measure?: Measure,
  ): TrendData {
    const h = this.#host;
    const read = this.#read(source, fields);
    // Every field set, so that copying it onto the controller clears the last table's.
    const data: TrendData = {
      table: undefined,
      measure: undefined,
      error: undefined,
      issues: loadIssues,
      skipped: 0,
      notes: [],
    };
    if (source?.kind === 'table') {
      data.table = source.table;
      data.skipped = source.table.skipped ?? loadIssues.length;
      const ignored = countable(source.numericColumns ?? []);
      const note = shapeNote({ ignored: ignored.length ? ignored : undefined }, false);
      data.notes = [...(note ? [note] : []), ...(source.notes ?? [])];
    } else if (read) {
      const made = 'records' in read ? attempt(() => recordsTable(read, period, timeZone, measure)) : read;
      if ('code' in made) {
        data.error = made;
        if (made !== this.#reported) {
          this.#reported = made;
          queueMicrotask(() => h.dispatchEvent(new PantauErrorEvent(made)));
        }
      } else {
        data.table = made.table;
        data.measure = made.measure;
        data.skipped = made.skipped + loadIssues.length;
      }
      data.issues = [...loadIssues, ...(made.issues ?? [])];
      if ('records' in read) data.notes = read.notes;
    }
    if (data.table && this.#announce) {
      this.#announce = false;
      const detail = { rowIssues: data.issues, skipped: data.skipped, notes: data.notes };
      queueMicrotask(() => h.dispatchEvent(new PantauDataIssuesEvent<RowIssuesDetail>(detail)));
    }
    return data;
  }
}
