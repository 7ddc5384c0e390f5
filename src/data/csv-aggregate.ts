import { PeriodAccumulator, type PeriodTable } from './aggregate.js';
import { CsvParser, type Delimiter } from './csv.js';
import { uniqueColumns } from './csv-table.js';
import { DataError } from './errors.js';
import { parseNumber, numberExpectation, type NumberLocale } from './numbers.js';
import { periodIndex, type Period } from './periods.js';
import { ResolutionAccumulator, type ResolutionStats } from './resolution.js';
import { MAX_ISSUES, noRows, valueText } from './schema.js';
import { DEFAULT_TIME_ZONE } from './timezone.js';
import type { RowIssue } from './types.js';

/** What to count from a CSV without keeping its rows: the columns by name. */
export interface AggregatePlan {
  period: Period;
  /** Date column, or names tried in order (default `date`, then Open311's `requested_datetime`). */
  date?: string | readonly string[];
  /** Series column (category, status); absent: one series `total`. */
  series?: string;
  /** Value column to sum; absent: rows are counted. */
  value?: string;
  timeZone?: string;
  locale?: NumberLocale;
  delimiter?: Delimiter;
  /** Also measure resolution time from the date column to `closed`. */
  resolution?: { closed: string; expected?: string; limitDays?: number };
}

/** The result of aggregating a CSV: a period table plus the rows left out and why. */
export interface AggregatedCsv {
  kind: 'aggregated';
  table: PeriodTable;
  /** Data rows read (the header not counted). */
  rowCount: number;
  issues: RowIssue[];
  columns: string[];
  resolution?: ResolutionStats;
}

export const DEFAULT_DATE_FIELDS = ['date', 'requested_datetime'] as const;

/**
 * Aggregates CSV text fed in chunks straight into a period table, copying out only the
 * columns the plan names: no row objects, so a million rows cost a few hundred ms.
 */
export class CsvAggregator {
  private readonly parser: CsvParser;
  private readonly acc: PeriodAccumulator;
  private readonly resolution?: ResolutionAccumulator;
  private readonly issues: RowIssue[] = [];
  private columns: string[] = [];
  private idx = { date: -1, series: -1, value: -1, closed: -1, expected: -1 };
  private dateName = '';
  rows = 0;

  constructor(private readonly plan: AggregatePlan) {
    this.acc = new PeriodAccumulator(plan.period);
    if (plan.resolution)
      this.resolution = new ResolutionAccumulator(
        plan.timeZone ?? DEFAULT_TIME_ZONE,
        plan.resolution.limitDays,
      );
    this.parser = new CsvParser((f) => (this.columns.length ? this.row(f) : this.header(f)), plan.delimiter);
  }

  private header(fields: string[]): void {
    this.columns = uniqueColumns(fields);
    const find = (name: string | undefined, role: string): number => {
      if (name === undefined) return -1;
      const i = this.columns.indexOf(name);
      if (i < 0)
        throw new DataError(
          'shape',
          `The CSV has no ${role} column "${name}". Its columns are: ${this.columns.join(', ')}.`,
        );
      return i;
    };
    const dates =
      typeof this.plan.date === 'string' ? [this.plan.date] : (this.plan.date ?? DEFAULT_DATE_FIELDS);
    this.dateName = dates.find((d) => this.columns.includes(d)) ?? '';
    if (!this.dateName)
      throw new DataError(
        'shape',
        `The CSV has no date column (${dates.join(' or ')}). Its columns are: ${this.columns.join(', ')}.`,
      );
    const r = this.plan.resolution;
    this.idx = {
      date: find(this.dateName, 'date'),
      series: find(this.plan.series, 'series'),
      value: find(this.plan.value, 'value'),
      closed: find(r?.closed, 'closing date'),
      expected: find(r?.expected, 'expected date'),
    };
    this.parser.select(this.columns.map((_, i) => Object.values(this.idx).includes(i)));
  }

  private issue(field: string, value: string, expected: string): void {
    if (this.issues.length < MAX_ISSUES)
      this.issues.push({ row: this.rows, field, value: valueText(value), expected });
  }

  private row(f: string[]): void {
    this.rows++;
    const { date, series, value, closed, expected } = this.idx;
    const tz = this.plan.timeZone ?? DEFAULT_TIME_ZONE;
    const index = periodIndex(f[date] ?? '', this.plan.period, tz);
    if (Number.isNaN(index))
      return void (
        this.acc.skipped++,
        this.issue(
          this.dateName,
          f[date] ?? '',
          `a date usable per ${this.plan.period}, like 2024-03-01 or 2024-03-01T10:00:00+07:00`,
        )
      );
    const v = value < 0 ? 1 : parseNumber(f[value], this.plan.locale);
    if (Number.isNaN(v))
      return void (
        this.acc.skipped++,
        this.issue(this.plan.value!, f[value] ?? '', numberExpectation(this.plan.locale))
      );
    this.acc.add(index, series < 0 ? 'total' : (f[series] ?? '').trim(), v);
    this.resolution?.add(f[date], f[closed] ?? '', expected < 0 ? undefined : f[expected]);
  }

  push(text: string): void {
    this.parser.push(text);
  }

  /** Finishes; DataError 'no-rows' when no row could be counted. */
  end(): AggregatedCsv {
    this.parser.end();
    const table = this.acc.table();
    if (table.periods.length === 0) throw noRows(this.rows, this.issues);
    return {
      kind: 'aggregated',
      table,
      rowCount: this.rows,
      issues: this.issues,
      columns: this.columns,
      resolution: this.resolution?.result(),
    };
  }
}

/** True for the result of a CSV aggregated by `CsvAggregator` (in a worker or not). */
export function isAggregated(v: unknown): v is AggregatedCsv {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'aggregated';
}
