import {
  PeriodAccumulator,
  resolutionStats,
  type Period,
  type PeriodTable,
} from '../../data/aggregate/period-table.js';
import { expectedText } from '../../data/validate/issue-codes.js';
import { periodIndex } from '../../time/periods.js';
import { MAX_ISSUES, noRows } from '../../data/validate/schema.js';
import type { ComplaintRecord } from '../../data/validate/schemas/complaints.js';
import type { RowIssue } from '../../data/types.js';
import type { TrendRecords } from './trend-records.js';
import type { Measure } from './trend-model.js';

/** A period table made from records, with every row left out and how many. */
export interface RecordsTable {
  table: PeriodTable;
  issues: RowIssue[];
  /** Rows left out (may exceed `issues.length`, which is capped). */
  skipped: number;
  /** The second measure per period, when one was asked for. */
  measure?: number[];
}

/** Each record's source row number, when every rejected row was reported (the issue list is capped). */
function recordRows(t: TrendRecords): number[] | undefined {
  const bad = new Set(t.issues.map((i) => i.row));
  if (bad.size !== t.kept.length - t.records.length) return undefined;
  return t.kept.map((i) => i + 1).filter((row) => !bad.has(row));
}

/**
 * Counts or sums records per period, each record's period found once. When values are summed,
 * a period no record speaks of is a gap (NaN), not a zero: a missing year in a published
 * series is unknown, not "no complaints". A record whose date does not fit the period (a year,
 * counted per month) is left out and reported. With `measure`, the on-time rate (0–1) or the
 * median days to resolve per period as well (NaN where unknown). DataError 'no-rows' when
 * nothing could be placed.
 */
export function recordsTable(
  t: TrendRecords,
  period: Period,
  timeZone: string,
  measure?: Measure,
): RecordsTable {
  const acc = new PeriodAccumulator(period);
  const index = t.records.map((r) => {
    const i = periodIndex(r.date, period, timeZone);
    acc.add(i, r.series ?? 'total', r.value);
    return i;
  });
  const table = acc.table();
  let issues = t.issues;
  if (acc.skipped) {
    const rows = recordRows(t);
    issues = [...t.issues];
    index.forEach((i, k) => {
      if (rows && issues.length < MAX_ISSUES && Number.isNaN(i))
        issues.push({
          row: rows[k],
          field: t.dateField,
          value: t.records[k].date,
          expected: expectedText({ code: 'period-date', params: { period } }),
          code: 'period-date',
          params: { period },
        });
    });
    issues.sort((a, b) => a.row - b.row);
  }
  if (table.periods.length === 0) throw noRows(t.kept.length, issues, 'complaints');
  const skipped = t.kept.length - t.records.length + acc.skipped;
  // Period p of the table has index `first + p`.
  let first = Infinity;
  for (const i of index) if (i < first) first = i;
  const made: RecordsTable = { table, issues, skipped };
  if (!t.counted) {
    const seen = new Set<string>();
    index.forEach((i, k) => seen.add(`${t.records[k].series ?? 'total'}\u0000${i - first}`));
    const values = table.values.map((row, s) =>
      row.map((v, p) => (seen.has(`${table.series[s]}\u0000${p}`) ? v : NaN)),
    );
    made.table = { ...table, values };
  }
  if (measure) {
    const groups = table.periods.map((): ComplaintRecord[] => []);
    // A record left out (NaN index) has no group.
    index.forEach((i, k) => groups[i - first]?.push(t.records[k]));
    made.measure = groups.map((g) => {
      if (!g.length) return NaN;
      const s = resolutionStats(g, { opened: 'date', closed: 'closed', expected: 'expected', timeZone });
      return (measure === 'on-time' ? s.onTimeRate : s.medianDays) ?? NaN;
    });
  }
  return made;
}
