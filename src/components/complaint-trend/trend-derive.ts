import type { Period, PeriodTable } from '../../data/aggregate.js';
import { DataError } from '../../data/errors.js';
import type { DataErrorInfo, RowIssue } from '../../data/types.js';
import type { TrendFields, TrendSource } from './trend-data.js';
import { readRecords, type TrendRecords } from './trend-records.js';
import type { Measure } from './trend-model.js';
import { measureByPeriod, recordsTable } from './trend-table.js';

export interface TrendInput {
  source?: TrendSource;
  /** Rows the data controller left out while loading (a streamed CSV reports its own). */
  loadIssues: RowIssue[];
  period: Period;
  fields: TrendFields;
  timeZone: string;
  measure?: Measure;
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
 * The table behind the chart, recomputed only for what changed: rows are read with the
 * complaints schema when the data or a field changes (fields may change after loading, with
 * no reload), and aggregated again when the period, time zone or measure changes.
 */
export class TrendDerivation {
  table?: PeriodTable;
  /** The second measure per period, when one is asked for. */
  measure?: number[];
  /** Every row left out, by row number. */
  issues: RowIssue[] = [];
  /** How many rows were left out (the issue list is capped). */
  skipped = 0;
  /** Set when the loaded data has no usable row with these fields. */
  error?: DataErrorInfo;
  private read?: TrendRecords | DataErrorInfo;
  private readKey: unknown[] = [];
  private tableKey: unknown[] = [];

  /** Brings the result up to date; true when it changed. */
  update(i: TrendInput): boolean {
    const f = i.fields;
    const readKey = [i.source, f.date, f.series, f.value, f.filter];
    const tableKey = [...readKey, i.loadIssues, i.period, i.timeZone, i.measure];
    if (same(tableKey, this.tableKey)) return false;
    const src = i.source;
    if (!same(readKey, this.readKey)) {
      this.readKey = readKey;
      this.read = src?.kind === 'rows' ? attempt(() => readRecords(src.rows, f)) : undefined;
    }
    this.tableKey = tableKey;
    this.table = this.measure = this.error = undefined;
    this.issues = i.loadIssues;
    this.skipped = 0;
    if (src?.kind === 'table') {
      this.table = src.table;
      this.skipped = src.table.skipped ?? i.loadIssues.length;
      return true;
    }
    const read = this.read;
    if (!read) return true;
    const made = 'records' in read ? attempt(() => recordsTable(read, i.period, i.timeZone)) : read;
    if ('code' in made) {
      this.error = made;
      this.issues = [...i.loadIssues, ...(made.issues ?? [])];
      return true;
    }
    this.table = made.table;
    this.issues = i.loadIssues.length ? [...i.loadIssues, ...made.issues] : made.issues;
    this.skipped = made.skipped + i.loadIssues.length;
    if (i.measure && 'records' in read)
      this.measure = measureByPeriod(read.records, made.table, i.measure, i.timeZone);
    return true;
  }
}
