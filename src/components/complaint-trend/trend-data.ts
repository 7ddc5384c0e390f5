import { aggregateByPeriod, resolutionStats, type Period, type PeriodTable } from '../../data/aggregate.js';
import { DataError } from '../../data/errors.js';
import { keyOfIndex, periodIndex } from '../../data/periods.js';
import { validateRows, type Field, type Row } from '../../data/schema.js';
import { DEFAULT_TIME_ZONE } from '../../data/timezone.js';
import type { SourceFormat, Validated } from '../../data/types.js';

/** What the element holds after loading: raw records to count or sum, or a ready table. */
export type TrendSource = { kind: 'rows'; rows: Row[] } | { kind: 'table'; table: PeriodTable };

/** Field names read from records, from the element's attributes. */
export interface TrendFields {
  date: string;
  series?: string;
  value?: string;
  /** Keep only records matching this URL-query-style filter (`category=total&period=full year`). */
  filter?: string;
}

/**
 * The records a filter keeps. A filter is written like a URL query, so it fits in an HTML
 * attribute: every named field must equal one of its values (`metric=a&metric=b` keeps
 * either); values compare trimmed and case-insensitively.
 */
export function filterRows(rows: readonly Row[], filter: string | undefined): Row[] {
  if (!filter || !filter.trim()) return rows as Row[];
  const wanted = new Map<string, Set<string>>();
  for (const [k, v] of new URLSearchParams(filter.trim())) {
    const key = k.trim();
    if (!wanted.has(key)) wanted.set(key, new Set());
    wanted.get(key)!.add(v.trim().toLowerCase());
  }
  return rows.filter((r) =>
    [...wanted].every(([k, vs]) =>
      vs.has(
        String(r[k] ?? '')
          .trim()
          .toLowerCase(),
      ),
    ),
  );
}

/** `date` also finds Open311's `requested_datetime`, so an Open311 feed needs no attributes. */
export function dateField(name: string): Field {
  return name === 'date' ? ['date', 'requested_datetime'] : name;
}

/** A `value` column is summed when no `value-field` is named; otherwise records are counted. */
export function valueField(rows: readonly Row[], fields: TrendFields): string | undefined {
  if (fields.value) return fields.value;
  return rows.length && 'value' in rows[0] ? 'value' : undefined;
}

function isTable(x: unknown): x is PeriodTable {
  const t = x as PeriodTable;
  return (
    !!t &&
    typeof t === 'object' &&
    Array.isArray(t.periods) &&
    Array.isArray(t.series) &&
    Array.isArray(t.values)
  );
}

/**
 * Accepts a ready `PeriodTable` or a list of records. Fields are not read here: field
 * attributes may be set after the data arrives, and a change of field must not need a reload.
 * Records whose date or value cannot be read are counted as `skipped` when aggregating.
 */
export function validateTrend(input: unknown): Validated<TrendSource> {
  if (isTable(input)) {
    if (
      input.values.length !== input.series.length ||
      input.values.some((r) => r.length !== input.periods.length)
    )
      throw new DataError(
        'shape',
        'A period table needs one row of values per series, each with one value per period.',
      );
    return { value: { kind: 'table', table: input }, issues: [], rowCount: input.periods.length };
  }
  const checked = validateRows(input, (row) => row, { what: 'records' });
  return { ...checked, value: { kind: 'rows', rows: checked.value } };
}

/** Adapter for the data controller's `validate` option. */
export const trendValidator = (input: unknown, _format: SourceFormat) => validateTrend(input);

/**
 * Counts or sums records per period. When values are summed, a period no record speaks of is
 * a gap (NaN), not a zero: a missing year in a published series is unknown, not "no complaints".
 */
export function toPeriodTable(
  src: TrendSource,
  period: Period,
  fields: TrendFields,
  timeZone = DEFAULT_TIME_ZONE,
): PeriodTable {
  if (src.kind === 'table') return src.table;
  const rows = filterRows(src.rows, fields.filter);
  const df = dateField(fields.date);
  const readDateOf = (r: Row) => (typeof df === 'string' ? r[df] : (r[df[0]] ?? r[df[1]]));
  const vf = valueField(rows, fields);
  const sf = fields.series;
  const table = aggregateByPeriod(rows, {
    period,
    timeZone,
    date: readDateOf,
    series: sf ? (r) => r[sf] : undefined,
    value: vf ? (r) => r[vf] : undefined,
  });
  if (!vf) return table;
  const seen = new Set<string>();
  for (const r of rows) {
    const i = periodIndex(readDateOf(r), period, timeZone);
    if (Number.isNaN(i)) continue;
    const s = sf ? String(r[sf] ?? '').trim() : 'total';
    seen.add(`${s}\u0000${keyOfIndex(i, period)}`);
  }
  const values = table.values.map((row, s) =>
    row.map((v, p) => (seen.has(`${table.series[s]}\u0000${table.periods[p]}`) ? v : NaN)),
  );
  return { ...table, values };
}

/** The second measure per period from Open311-like records: on-time rate (0–1) or median days to resolve. */
export function measureByPeriod(
  src: TrendSource,
  table: PeriodTable,
  measure: 'on-time' | 'resolution',
  fields: TrendFields,
  timeZone = DEFAULT_TIME_ZONE,
): number[] {
  if (src.kind !== 'rows') return [];
  const df = dateField(fields.date);
  const opened = (r: Row) => (typeof df === 'string' ? r[df] : (r[df[0]] ?? r[df[1]]));
  const groups = new Map<string, Row[]>();
  for (const r of filterRows(src.rows, fields.filter)) {
    const i = periodIndex(opened(r), table.period, timeZone);
    if (Number.isNaN(i)) continue;
    const key = keyOfIndex(i, table.period);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(r);
  }
  // Open311 has no closing date field: a closed request's last update is when it was closed.
  const closed = (r: Row) =>
    r.closed ?? r.closed_datetime ?? (r.status === 'closed' ? r.updated_datetime : undefined);
  return table.periods.map((key) => {
    const g = groups.get(key);
    if (!g) return NaN;
    const s = resolutionStats(g, {
      opened,
      closed,
      expected: (r: Row) => r.expected_datetime ?? r.expected,
      timeZone,
    });
    const v = measure === 'on-time' ? s.onTimeRate : s.medianDays;
    return v === undefined ? NaN : v;
  });
}
