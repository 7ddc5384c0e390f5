import type { CalendarDate } from './civil.js';
import { civilFromDays, daysFromCivil, isoWeekOfIndex, weekIndexOfDay } from './civil.js';
import { newDateParts, parseDateInto, type DateParts } from './dates.js';
import { localDay } from './timezone.js';

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'quarter', 'year'];

/*
 * Periods are counted as integers so that a sequence is contiguous by construction:
 * day = day number, week = ISO week index (Mondays), month = y*12 + m-1,
 * quarter = y*4 + q-1, year = y.
 */

const tmp: [number, number, number] = [0, 0, 0];

// The rows of a file fall on a few hundred distinct days: a direct-mapped memo of the last
// day per slot spares a million rows the calendar arithmetic.
const MEMO = 1024;
const memoDay = new Float64Array(MEMO).fill(NaN);
const memoValue = new Float64Array(MEMO);
const memoPeriod: (Period | undefined)[] = new Array<Period | undefined>(MEMO).fill(undefined);

// Month `m` of year `y` as an index of a period of a month or longer; NaN for shorter periods.
function ofMonth(y: number, m: number, period: Period): number {
  return period === 'month'
    ? y * 12 + m - 1
    : period === 'quarter'
      ? y * 4 + Math.floor((m - 1) / 3)
      : period === 'year'
        ? y
        : NaN;
}

function ofDay(days: number, period: Period): number {
  if (period === 'day') return days;
  if (period === 'week') return weekIndexOfDay(days);
  const slot = days & (MEMO - 1);
  if (memoDay[slot] === days && memoPeriod[slot] === period) return memoValue[slot]!;
  const [y, m] = civilFromDays(days, tmp);
  const value = ofMonth(y, m, period);
  memoDay[slot] = days;
  memoPeriod[slot] = period;
  memoValue[slot] = value;
  return value;
}

/** Period index of parsed date parts; NaN when the value is coarser than the period (a month counted per day). */
export function indexOfParts(p: DateParts, period: Period, timeZone: string): number {
  switch (p.kind) {
    case 'date':
      return ofDay(daysFromCivil(p.y, p.m, p.d), period);
    case 'local':
      return ofDay(Math.floor(p.ms / 86_400_000), period);
    case 'instant':
      return ofDay(localDay(p.ms, timeZone), period);
    case 'month':
      return ofMonth(p.y, p.m, period);
    case 'quarter':
      return period === 'quarter' ? p.y * 4 + p.n - 1 : period === 'year' ? p.y : NaN;
    case 'year':
      return period === 'year' ? p.y : NaN;
    case 'week':
      return period === 'week' ? p.n : NaN;
  }
}

const scratch = newDateParts();

/** Period index of a date value (accepted text forms, a `Date`, or a year as a number); NaN if unusable. */
export function periodIndex(value: unknown, period: Period, timeZone: string): number {
  if (typeof value === 'string')
    return parseDateInto(value, scratch) ? indexOfParts(scratch, period, timeZone) : NaN;
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? NaN : ofDay(localDay(ms, timeZone), period);
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999)
    return period === 'year' ? value : NaN;
  return NaN;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The key of a period index: `2024-03-01`, `2024-W09`, `2024-03`, `2024-Q1`, `2024`. */
export function keyOfIndex(index: number, period: Period): string {
  switch (period) {
    case 'day': {
      const [y, m, d] = civilFromDays(index, tmp);
      return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    }
    case 'week': {
      const [y, w] = isoWeekOfIndex(index);
      return `${pad(y, 4)}-W${pad(w)}`;
    }
    case 'month':
      return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
    case 'quarter':
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    case 'year':
      return pad(index, 4);
  }
}

/** The key of the period containing a calendar date. */
export function periodKey(date: CalendarDate, period: Period): string {
  return keyOfIndex(ofDay(daysFromCivil(date.year, date.month, date.day), period), period);
}

/** Index of a period key of the given period (inverse of `keyOfIndex`); NaN for a key of another kind. */
export function indexOfKey(key: string, period: Period): number {
  if (!parseDateInto(key, scratch)) return NaN;
  // A day's key is a date; every other period's key is of the kind of that name.
  return scratch.kind === (period === 'day' ? 'date' : period) ? indexOfParts(scratch, period, 'UTC') : NaN;
}

/** Every period from `first` to `last` inclusive, contiguous; throws RangeError on keys of another kind. */
export function periodSequence(first: string, last: string, period: Period): string[] {
  const a = indexOfKey(first, period);
  const b = indexOfKey(last, period);
  if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError(`Not ${period} keys: "${first}", "${last}".`);
  const out: string[] = [];
  for (let i = a; i <= b; i++) out.push(keyOfIndex(i, period));
  return out;
}
