import { resolutionStats, type Period, type PeriodTable } from '../../data/aggregate.js';
import { keyOfIndex, periodIndex } from '../../data/periods.js';
import { MAX_ISSUES, noRows } from '../../data/schema.js';
import { complaintTable, type ComplaintRecord } from '../../data/schemas/complaints.js';
import type { RowIssue } from '../../data/types.js';
import type { TrendRecords } from './trend-records.js';
import type { Measure } from './trend-model.js';

/** A period table made from records, with every row left out and how many. */
export interface RecordsTable {
  table: PeriodTable;
  issues: RowIssue[];
  /** Rows left out (may exceed `issues.length`, which is capped). */
  skipped: number;
}

/** Each record's source row number, when every rejected row was reported (the issue list is capped). */
function recordRows(t: TrendRecords): number[] | undefined {
  const bad = new Set(t.issues.map((i) => i.row));
  if (bad.size !== t.kept.length - t.records.length) return undefined;
  return t.kept.map((i) => i + 1).filter((row) => !bad.has(row));
}

/**
 * Counts or sums records per period. When values are summed, a period no record speaks of is
 * a gap (NaN), not a zero: a missing year in a published series is unknown, not "no complaints".
 * A record whose date does not fit the period (a year, counted per month) is left out and
 * reported. DataError 'no-rows' when nothing could be placed.
 */
export function recordsTable(t: TrendRecords, period: Period, timeZone: string): RecordsTable {
  const table = complaintTable({ kind: 'records', records: t.records, counted: t.counted }, period, timeZone);
  const misfits = table.skipped ?? 0;
  let issues = t.issues;
  if (misfits) {
    const rows = recordRows(t);
    issues = [...t.issues];
    t.records.forEach((r, k) => {
      if (rows && issues.length < MAX_ISSUES && Number.isNaN(periodIndex(r.date, period, timeZone)))
        issues.push({
          row: rows[k],
          field: t.dateField,
          value: r.date,
          expected: `a date usable per ${period}, like 2024-03-01`,
        });
    });
    issues.sort((a, b) => a.row - b.row);
  }
  if (table.periods.length === 0) throw noRows(t.kept.length, issues, 'complaints');
  const skipped = t.kept.length - t.records.length + misfits;
  if (t.counted) return { table, issues, skipped };
  const seen = new Set<string>();
  for (const r of t.records) {
    const i = periodIndex(r.date, period, timeZone);
    if (!Number.isNaN(i)) seen.add(`${r.series ?? 'total'}\u0000${keyOfIndex(i, period)}`);
  }
  const values = table.values.map((row, s) =>
    row.map((v, p) => (seen.has(`${table.series[s]}\u0000${table.periods[p]}`) ? v : NaN)),
  );
  return { table: { ...table, values }, issues, skipped };
}

/** The second measure per period: on-time rate (0–1) or median days to resolve; NaN where unknown. */
export function measureByPeriod(
  records: readonly ComplaintRecord[],
  table: PeriodTable,
  measure: Measure,
  timeZone: string,
): number[] {
  const groups = new Map<string, ComplaintRecord[]>();
  for (const r of records) {
    const i = periodIndex(r.date, table.period, timeZone);
    if (Number.isNaN(i)) continue;
    const key = keyOfIndex(i, table.period);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }
  return table.periods.map((key) => {
    const g = groups.get(key);
    if (!g) return NaN;
    const s = resolutionStats(g, { opened: 'date', closed: 'closed', expected: 'expected', timeZone });
    const v = measure === 'on-time' ? s.onTimeRate : s.medianDays;
    return v === undefined ? NaN : v;
  });
}
