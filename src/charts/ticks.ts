import { parsePeriodKey, type PeriodUnit } from './period-label.js';

/** Strides that read naturally for each unit (every month, every quarter, every half year, ...). */
const NICE_STRIDES: Record<PeriodUnit, readonly number[]> = {
  day: [1, 2, 7, 14, 28],
  week: [1, 2, 4, 13, 26, 52],
  month: [1, 2, 3, 6, 12],
  quarter: [1, 2, 4],
  year: [1, 2, 5, 10, 20, 50],
};

/** How many periods lie between two labelled ticks so labels of `labelWidth` px never touch. */
export function tickStride(count: number, plotWidth: number, labelWidth: number, unit: PeriodUnit): number {
  if (count <= 1 || plotWidth <= 0) return 1;
  const step = plotWidth / count;
  const needed = Math.max(1, Math.ceil((labelWidth + 6) / step));
  const nice = NICE_STRIDES[unit];
  for (const s of nice) if (s >= needed) return s;
  // Past the last nice stride, keep multiples of it so ticks stay aligned with years.
  const last = nice[nice.length - 1];
  return Math.ceil(needed / last) * last;
}

/** True when a key starts a natural group for the stride (January for yearly month ticks, ...). */
function aligned(key: string, unit: PeriodUnit, stride: number): boolean {
  const p = parsePeriodKey(key);
  if (!p) return false;
  switch (unit) {
    case 'month':
      return (p.sub - 1) % stride === 0 || (stride > 12 && p.sub === 1);
    case 'quarter':
      return (p.sub - 1) % Math.min(stride, 4) === 0;
    case 'year':
      return p.year % stride === 0;
    default:
      return false;
  }
}

/**
 * Indices of the periods that get a labelled tick. Months, quarters and years snap to
 * calendar boundaries (January, Q1, round years); days and weeks count from the first period.
 */
export function tickIndices(keys: readonly string[], unit: PeriodUnit, stride: number): number[] {
  const start = keys.slice(0, stride).findIndex((k) => aligned(k, unit, stride));
  const out: number[] = [];
  for (let i = Math.max(0, start); i < keys.length; i += stride) out.push(i);
  return out;
}

const wholeCache = new WeakMap<readonly ArrayLike<number>[], boolean>();

/** Whether every known value is a whole number (counts), read once per values array. */
export function wholeValued(values: readonly ArrayLike<number>[]): boolean {
  let whole = wholeCache.get(values);
  if (whole === undefined) {
    whole = values.every((row) => {
      for (let i = 0; i < row.length; i++) if (row[i] === row[i] && !Number.isInteger(row[i])) return false;
      return true;
    });
    wholeCache.set(values, whole);
  }
  return whole;
}

/**
 * Value-axis ticks for data of whole numbers: only whole ticks, since "0,2 complaints" means
 * nothing (a small count, 0 to 1, otherwise gets 0,2, 0,4, …). Other data keeps its ticks.
 */
export function valueTicks(ticks: readonly number[], whole: boolean): number[] {
  return whole ? ticks.filter((v) => Number.isInteger(v)) : [...ticks];
}
