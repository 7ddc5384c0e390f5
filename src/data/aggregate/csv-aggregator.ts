import { PeriodAccumulator } from './period-table.js';
import { CsvParser, type Delimiter } from '../formats/csv/csv.js';
import { uniqueColumns } from '../formats/csv/csv-table.js';
import { DataError } from '../errors.js';
import { ReadingVote, readingNote, type ColumnReading } from '../validate/number-reading.js';
import { isMissing, numberEvidence, parseNumber, type NumberLocale } from '../validate/numbers.js';
import { periodIndex } from '../../time/periods.js';
import { ResolutionAccumulator } from './resolution.js';
import type { IssueSpec } from '../validate/issue-codes.js';
import { addIssue, noRows } from '../validate/schema.js';
import { DEFAULT_TIME_ZONE } from '../../time/timezone.js';
import type { RowIssue } from '../types.js';
import { DEFAULT_DATE_FIELDS, type AggregatePlan, type AggregatedCsv, type ChunkAggregator } from './plan.js';

/** Rows whose unnamed columns are looked at for numbers (`numericColumns`). */
const PROBE_ROWS = 50;

/**
 * What every CSV aggregator shares: the plan's columns found in the header, each row's
 * period, series and value counted (or the row left out with an issue), the result. The
 * readers differ only in how a row's fields are read.
 */
export abstract class AggregatorCore {
  readonly #acc: PeriodAccumulator;
  /** Values that read two ways (`10.846`), summed both ways until all values have had their say. */
  readonly #either: Record<NumberLocale, PeriodAccumulator>;
  readonly #vote = new ReadingVote();
  /** Per column: true while every probed value is a number, false once one is not; absent: no value yet. */
  readonly #numeric = new Map<number, boolean>();
  /** The rows as objects: kept while probing a plan that may not fit, and all of them once it does not. */
  #rows?: Record<string, string>[];
  /** The plan does not fit: rows are kept, not counted. */
  protected passing = false;
  readonly #resolution?: ResolutionAccumulator;
  readonly #issues: RowIssue[] = [];
  protected readonly timeZone: string;
  protected columns: string[] = [];
  protected idx = { date: -1, series: -1, value: -1, closed: -1, expected: -1 };
  #dateName = '';
  rows = 0;

  constructor(protected readonly plan: AggregatePlan) {
    this.#acc = new PeriodAccumulator(plan.period);
    this.#either = { id: new PeriodAccumulator(plan.period), en: new PeriodAccumulator(plan.period) };
    this.timeZone = plan.timeZone ?? DEFAULT_TIME_ZONE;
    if (plan.resolution)
      this.#resolution = new ResolutionAccumulator(this.timeZone, plan.resolution.limitDays);
  }

  /** Finds the plan's columns; returns the indexes used. */
  protected header(fields: string[]): number[] {
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
    this.#dateName = dates.find((d) => this.columns.includes(d)) ?? '';
    if (this.plan.rowsIfUnfit) this.#rows = [];
    if (!this.#dateName && this.plan.rowsIfUnfit) this.passing = true;
    else if (!this.#dateName)
      throw new DataError(
        'shape',
        `The CSV has no date column (${dates.join(' or ')}). Its columns are: ${this.columns.join(', ')}.`,
      );
    const r = this.plan.resolution;
    this.idx = {
      date: this.#dateName ? find(this.#dateName, 'date') : -1,
      series: find(this.plan.series, 'series'),
      value: find(this.plan.value, 'value'),
      closed: find(r?.closed, 'closing date'),
      expected: find(r?.expected, 'expected date'),
    };
    return Object.values(this.idx);
  }

  /** Counts one row: its period index (NaN: no usable date), series and fields by index. */
  protected tally(index: number, series: string, field: (i: number) => string | undefined): void {
    this.rows++;
    if (this.rows <= PROBE_ROWS) this.#probe(field);
    if (this.#rows) {
      const row: Record<string, string> = {};
      this.columns.forEach((c, i) => (row[c] = field(i) ?? ''));
      this.#rows.push(row);
      if (this.passing) return;
      if (this.rows === PROBE_ROWS) this.#fits();
    }
    const { date, value, closed, expected } = this.idx;
    if (Number.isNaN(index))
      return this.#skip(this.#dateName, field(date), {
        code: 'period-date',
        params: { period: this.plan.period },
      });
    if (value < 0) this.#acc.add(index, series, 1);
    else if (!this.#value(index, series, field(value))) return;
    this.#resolution?.add(field(date), field(closed) ?? '', expected < 0 ? undefined : field(expected));
  }

  /** Adds one value text; false (after reporting it) when no reading can read it. */
  #value(index: number, series: string, text: string | undefined): boolean {
    const locale = this.plan.locale;
    if (locale || numberEvidence(text) !== 'either') {
      if (!locale) this.#vote.add(text);
      const v = parseNumber(text, locale ?? (numberEvidence(text) === 'en' ? 'en' : 'id'));
      if (Number.isNaN(v)) {
        const other = locale ? parseNumber(text, locale === 'id' ? 'en' : 'id') : NaN;
        const params = { locale: locale ?? '', other: Number.isNaN(other) ? undefined : other };
        this.#skip(this.plan.value!, text, { code: 'number', params });
        return false;
      }
      this.#acc.add(index, series, v);
      return true;
    }
    this.#vote.add(text);
    this.#either.id.add(index, series, parseNumber(text, 'id'));
    this.#either.en.add(index, series, parseNumber(text, 'en'));
    return true;
  }

  /** Notes, for the first rows, which columns the plan does not name hold only numbers. */
  #probe(field: (i: number) => string | undefined): void {
    const used = Object.values(this.idx);
    for (let i = 0; i < this.columns.length; i++) {
      if (used.includes(i) || this.#numeric.get(i) === false) continue;
      const v = field(i);
      if (isMissing(v)) continue;
      this.#numeric.set(i, !Number.isNaN(parseNumber(v, 'id')) || !Number.isNaN(parseNumber(v, 'en')));
    }
  }

  /** Whether the probe still wants every field of the coming rows. */
  protected get probing(): boolean {
    return this.passing || this.rows < PROBE_ROWS;
  }

  /** After the probe: a wide table passes its rows on, any other stops keeping them. */
  #fits(): void {
    const { date, series, value } = this.idx;
    const others = this.columns.map((_, i) => i).filter((i) => i !== date);
    this.passing =
      series < 0 && value < 0 && others.length > 0 && others.every((i) => this.#numeric.get(i) === true);
    if (!this.passing) this.#rows = undefined;
  }

  #skip(field: string, value: string | undefined, expected: string | IssueSpec): void {
    this.#acc.skipped++;
    addIssue(this.#issues, this.rows, field, value ?? '', expected);
  }

  /** The table; DataError 'no-rows' when no row could be counted. */
  protected result(delimiter?: Delimiter): AggregatedCsv {
    if (this.#rows && !this.passing) this.#fits();
    if (this.passing) {
      const rows = this.#rows ?? [];
      if (!rows.length) throw noRows(0, []);
      const table = { period: this.plan.period, periods: [], series: [], values: [], total: 0 };
      return {
        kind: 'aggregated',
        table,
        rowCount: this.rows,
        issues: [],
        columns: this.columns,
        rows,
        delimiter,
      };
    }
    const reading: ColumnReading = this.#vote.result({
      locale: this.plan.locale,
      hint: delimiter === ';' ? 'id' : undefined,
      fallback: this.plan.fallbackLocale,
    });
    this.#acc.merge(this.#either[reading.locale ?? 'id']);
    const table = this.#acc.table();
    if (table.periods.length === 0) throw noRows(this.rows, this.#issues);
    const note = this.plan.value ? readingNote(this.plan.value, reading) : undefined;
    const numeric = [...this.#numeric].filter(([, yes]) => yes).map(([i]) => this.columns[i]!);
    return {
      kind: 'aggregated',
      table,
      rowCount: this.rows,
      issues: this.#issues,
      columns: this.columns,
      resolution: this.#resolution?.result(),
      ...(note && { notes: [note] }),
      ...(numeric.length && { numericColumns: numeric }),
    };
  }
}

/**
 * Aggregates CSV text fed in chunks straight into a period table, copying out only the
 * columns the plan names: no row objects. The main thread's reader (inline CSV, and files
 * too small for a worker); `CsvByteAggregator` reads bytes faster, for the worker.
 */
export class CsvAggregator extends AggregatorCore implements ChunkAggregator {
  readonly #parser: CsvParser;
  readonly #decoder = new TextDecoder();
  #current: string[] = [];
  #used?: number[];
  readonly #field = (i: number): string | undefined => this.#current[i];

  constructor(plan: AggregatePlan) {
    super(plan);
    this.#parser = new CsvParser((f) => {
      if (!this.columns.length) {
        this.#used = this.header(f);
        return;
      }
      // Every field while probing the first rows for numeric columns; then only the plan's.
      if (!this.probing && this.#used) {
        const used = this.#used;
        this.#parser.select(this.columns.map((_, i) => used.includes(i)));
        this.#used = undefined;
      }
      this.#current = f;
      const { date, series } = this.idx;
      const index = periodIndex(f[date] ?? '', this.plan.period, this.timeZone);
      this.tally(index, series < 0 ? 'total' : (f[series] ?? '').trim(), this.#field);
    }, plan.delimiter);
  }

  /** A chunk of text; a surrogate pair may be split across chunks. */
  push(text: string): void {
    this.#parser.push(text);
  }

  /** A chunk of the file's UTF-8 bytes; a character may be split across chunks. */
  pushBytes(chunk: Uint8Array): void {
    this.#parser.push(this.#decoder.decode(chunk, { stream: true }));
  }

  /** Finishes; DataError 'no-rows' when no row could be counted. */
  end(): AggregatedCsv {
    this.#parser.push(this.#decoder.decode());
    this.#parser.end();
    return this.result(this.#parser.delimiter);
  }
}
