import { DataError } from '../errors.js';
import { keyOfIndex, periodIndex, type Period } from '../../time/periods.js';
import { inferReading, readAs } from '../validate/number-reading.js';
import type { NumberLocale } from '../validate/numbers.js';
import { DEFAULT_TIME_ZONE } from '../../time/timezone.js';

export { periodKey, periodSequence, PERIODS, type Period } from '../../time/periods.js';
export { resolutionStats, type ResolutionOptions, type ResolutionStats } from './resolution.js';

/** Counts or sums per period and series; `values[s][p]`, zero-filled, periods contiguous. */
export interface PeriodTable {
  period: Period;
  periods: string[];
  series: string[];
  values: number[][];
  total: number;
  /** Records left out because their date or value could not be read (absent when not counted). */
  skipped?: number;
}

/**
 * Most periods a table is built with: 10,000 days is 27 years, 10,000 months 833. Two
 * records dated 0001-01-01 and 9999-12-31 would otherwise make 3.65 million days (seconds of
 * work and half a gigabyte) for a chart no one can read.
 */
export const MAX_PERIODS = 10_000;

/**
 * Collects (period index, series, value) triples and builds a `PeriodTable`. Shared by
 * `aggregateByPeriod` and the streaming CSV path, so both count the same way.
 */
export class PeriodAccumulator {
  readonly #bySeries = new Map<string, Map<number, number>>();
  #min = Infinity;
  #max = -Infinity;
  skipped = 0;

  constructor(readonly period: Period) {}

  add(index: number, series: string, value: number): void {
    if (Number.isNaN(index) || !Number.isFinite(value)) {
      this.skipped++;
      return;
    }
    let cells = this.#bySeries.get(series);
    if (!cells) this.#bySeries.set(series, (cells = new Map()));
    cells.set(index, (cells.get(index) ?? 0) + value);
    if (index < this.#min) this.#min = index;
    if (index > this.#max) this.#max = index;
  }

  /** Adds everything `other` collected (its skipped records too). */
  merge(other: PeriodAccumulator): void {
    for (const [series, cells] of other.#bySeries) for (const [i, v] of cells) this.add(i, series, v);
    this.skipped += other.skipped;
  }

  /** Series ordered by total, largest first, then by name: legends read in order of weight. */
  table(): PeriodTable {
    const span = this.#max - this.#min + 1;
    if (span > MAX_PERIODS)
      throw new DataError(
        'too-many-periods',
        `The dates span ${span} periods of one ${this.period}, more than the ${MAX_PERIODS} a table is built with: set a coarser period (period="month" or "year") or filter the dates.`,
      );
    const periods: string[] = [];
    for (let i = this.#min; i <= this.#max; i++) periods.push(keyOfIndex(i, this.period));
    const rows = [...this.#bySeries].map(([name, cells]) => {
      const values = new Array<number>(periods.length).fill(0);
      let sum = 0;
      for (const [i, v] of cells) {
        values[i - this.#min] = v;
        sum += v;
      }
      return { name, values, sum };
    });
    rows.sort((a, b) => b.sum - a.sum || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const total = rows.reduce((t, r) => t + r.sum, 0);
    return {
      period: this.period,
      periods,
      series: rows.map((r) => r.name),
      values: rows.map((r) => r.values),
      total,
      skipped: this.skipped,
    };
  }
}

export interface AggregateOptions<R> {
  period: Period;
  /** The record's date: an accepted date text, a `Date`, or a year number. */
  date: (r: R) => unknown;
  /** The record's series (category, status); absent: one series named `total`. Missing values form the series `''`. */
  series?: (r: R) => unknown;
  /** The record's value; absent: each record counts 1. */
  value?: (r: R) => unknown;
  /** Calendar used for timestamps (default Asia/Jakarta); date-only values never shift. */
  timeZone?: string;
  /** How value texts write numbers; unstated, inferred from all of them (see `inferReading`). */
  locale?: NumberLocale;
  /** The reading of a value that reads two ways when nothing settles it (default `id`). */
  fallbackLocale?: NumberLocale;
}

/** Counts (or sums) records per period and series. Records with an unreadable date or value are counted in `skipped`. */
export function aggregateByPeriod<R>(records: readonly R[], o: AggregateOptions<R>): PeriodTable {
  const acc = new PeriodAccumulator(o.period);
  const tz = o.timeZone ?? DEFAULT_TIME_ZONE;
  const valueOf = o.value;
  const reading = valueOf
    ? inferReading(
        (function* () {
          for (const r of records) yield valueOf(r);
        })(),
        { locale: o.locale, fallback: o.fallbackLocale },
      )
    : undefined;
  for (const r of records) {
    const index = periodIndex(o.date(r), o.period, tz);
    const s = o.series ? o.series(r) : 'total';
    const value = valueOf && reading ? readAs(reading, valueOf(r)) : 1;
    acc.add(index, s === undefined || s === null ? '' : String(s).trim(), value);
  }
  return acc.table();
}
