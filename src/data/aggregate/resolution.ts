import { DAY_MS, daysFromCivil } from '../../time/civil.js';
import { newDateParts, type DateParts } from '../../time/dates.js';
import { isMissing } from '../validate/numbers.js';
import { DEFAULT_TIME_ZONE, instantOf, localDay } from '../../time/timezone.js';

/** A field name or a function reading the value from a record. */
export type Accessor<R> = string | ((r: R) => unknown);

export interface ResolutionOptions<R> {
  /** When the complaint was made (Open311 `requested_datetime`). */
  opened: Accessor<R>;
  /** When it was resolved; records without one are still open. */
  closed: Accessor<R>;
  /** The promised completion (Open311 `expected_datetime`); used before `limitDays`. */
  expected?: Accessor<R>;
  /** The service standard's time limit in days, for records without an expected date. */
  limitDays?: number;
  /** Calendar for date-only and zone-less values (default Asia/Jakarta). */
  timeZone?: string;
}

export interface ResolutionStats {
  /** Resolved records measured. */
  count: number;
  /** Median days from opened to closed; undefined when nothing was resolved. */
  medianDays?: number;
  p90Days?: number;
  /** Share of judged records resolved on time; undefined when none could be judged. */
  onTimeRate?: number;
  onTimeCount: number;
  /** Resolved records that had a promise to judge them by. */
  judged: number;
  /** Records without a closing date. */
  open: number;
  /** Records with an unreadable date, or closed before they were opened. */
  skipped: number;
}

interface Moment {
  ms: number;
  /** Calendar day, or NaN for periods (which cannot be measured). */
  day: number;
  dateOnly: boolean;
}

function moment(value: unknown, p: DateParts, tz: string): Moment | undefined {
  const ms = instantOf(value, p, tz);
  if (Number.isNaN(ms)) return undefined;
  if (value instanceof Date || p.kind === 'instant') return { ms, day: localDay(ms, tz), dateOnly: false };
  // A wall-clock reading falls on its own calendar day, whatever the zone.
  const dateOnly = p.kind === 'date';
  return { ms, day: dateOnly ? daysFromCivil(p.y, p.m, p.d) : Math.floor(p.ms / DAY_MS), dateOnly };
}

/** Quantile with linear interpolation between order statistics (as d3-array's `quantile`). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const i = (n - 1) * q;
  const lo = Math.floor(i);
  const a = sorted[lo]!;
  return lo + 1 < n ? a + (sorted[lo + 1]! - a) * (i - lo) : a;
}

const accessor = <R>(a: Accessor<R>) =>
  typeof a === 'string' ? (r: R) => (r as Record<string, unknown>)[a] : a;

/** Collects resolution times one record at a time (the streaming CSV path uses it directly). */
export class ResolutionAccumulator {
  readonly #p = newDateParts();
  readonly #durations: number[] = [];
  #open = 0;
  #skipped = 0;
  #judged = 0;
  #onTime = 0;

  readonly #timeZone: string;
  readonly #limitDays?: number;

  constructor(timeZone = DEFAULT_TIME_ZONE, limitDays?: number) {
    this.#timeZone = timeZone;
    this.#limitDays = limitDays;
  }

  /** Adds one record; returns false when its dates could not be used. */
  add(opened: unknown, closed: unknown, expected?: unknown): boolean {
    const start = moment(opened, this.#p, this.#timeZone);
    if (!start) return (this.#skipped++, false);
    if (isMissing(closed)) return (this.#open++, true);
    const end = moment(closed, this.#p, this.#timeZone);
    const days = end
      ? end.dateOnly || start.dateOnly
        ? end.day - start.day
        : (end.ms - start.ms) / DAY_MS
      : NaN;
    if (!end || !(days >= 0)) return (this.#skipped++, false);
    this.#durations.push(days);
    const promise = isMissing(expected) ? undefined : moment(expected, this.#p, this.#timeZone);
    if (promise) {
      this.#judged++;
      if (promise.dateOnly || end.dateOnly ? end.day <= promise.day : end.ms <= promise.ms) this.#onTime++;
    } else if (this.#limitDays !== undefined) {
      this.#judged++;
      if (days <= this.#limitDays) this.#onTime++;
    }
    return true;
  }

  result(): ResolutionStats {
    // A typed array sorts numerically.
    const sorted = Float64Array.from(this.#durations).sort();
    return {
      count: sorted.length,
      medianDays: quantileSorted(sorted, 0.5),
      p90Days: quantileSorted(sorted, 0.9),
      onTimeRate: this.#judged ? this.#onTime / this.#judged : undefined,
      onTimeCount: this.#onTime,
      judged: this.#judged,
      open: this.#open,
      skipped: this.#skipped,
    };
  }
}

/** Resolution time (median, p90, in days) and on-time rate against the promise or a time limit. */
export function resolutionStats<R>(records: readonly R[], o: ResolutionOptions<R>): ResolutionStats {
  const acc = new ResolutionAccumulator(o.timeZone, o.limitDays);
  const [opened, closed] = [accessor(o.opened), accessor(o.closed)];
  const expected = o.expected ? accessor(o.expected) : undefined;
  for (const r of records) acc.add(opened(r), closed(r), expected?.(r));
  return acc.result();
}
