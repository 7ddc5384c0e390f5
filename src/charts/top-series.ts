import type { PeriodTable } from '../data/aggregate/period-table.js';

/** How many series a chart shows before the smallest are grouped: one per series colour. */
export const DEFAULT_MAX_SERIES = 8;

/** A table whose smallest series may have been summed into one "other" series. */
export interface GroupedTable extends PeriodTable {
  /** Names of the series summed into the last one, in the table's order; empty when none were. */
  grouped: string[];
}

/**
 * Keeps the `limit - 1` series with the largest totals, in their order, and sums the rest
 * per period into one series named `other` ("Lainnya"), so a chart with 13 categories shows a
 * legend a phone can hold. A period where every grouped series is missing stays missing. A
 * series already named `other` joins the group. `limit` below 2 (or 0) groups nothing.
 */
export function groupSmallest(table: PeriodTable, limit: number, other: string): GroupedTable {
  const n = table.series.length;
  if (!(limit >= 2) || n <= limit) return { ...table, grouped: [] };
  const totals = table.values.map((row) => row.reduce((sum, v) => (v === v ? sum + v : sum), 0));
  const ranked = table.series
    .map((name, s) => ({ name, s }))
    .filter((x) => x.name !== other)
    .sort((a, b) => totals[b.s]! - totals[a.s]! || a.s - b.s);
  const keep = new Set(ranked.slice(0, limit - 1).map((x) => x.s));
  const rest = table.series.map((_, s) => s).filter((s) => !keep.has(s));
  const sum = table.periods.map((_, p) => {
    let v = NaN;
    for (const s of rest) {
      const x = table.values[s]![p]!;
      if (x === x) v = v === v ? v + x : x;
    }
    return v;
  });
  const kept = table.series.map((_, s) => s).filter((s) => keep.has(s));
  return {
    ...table,
    series: [...kept.map((s) => table.series[s]!), other],
    values: [...kept.map((s) => table.values[s]!), sum],
    grouped: rest.map((s) => table.series[s]!),
  };
}
