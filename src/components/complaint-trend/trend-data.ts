import type { Period, PeriodTable } from '../../data/aggregate.js';
import { isAggregated, type AggregatePlan } from '../../data/csv-aggregate.js';
import { formatFromUrl } from '../../data/detect.js';
import { DataError } from '../../data/errors.js';
import { describe, noRows, type Row } from '../../data/schema.js';
import { complaintsValidator, dateFields, type ComplaintRecord } from '../../data/schemas/complaints.js';
import type { RowIssue, SourceFormat, Validated } from '../../data/types.js';

/** What the element holds after loading: rows to read with the complaints schema, or a ready table. */
export type TrendSource =
  | { kind: 'rows'; rows: readonly unknown[] }
  | { kind: 'table'; table: PeriodTable; columns?: readonly string[] };

/** Field names read from records, from the element's attributes. */
export interface TrendFields {
  date: string;
  series?: string;
  value?: string;
  /** Keep only records matching this URL-query-style filter (`category=total&period=full year`). */
  filter?: string;
}

/** The records the complaints schema accepted; `issues` carry the source's row numbers. */
export interface TrendRecords {
  records: ComplaintRecord[];
  counted: boolean;
  issues: RowIssue[];
  /** Indices of the rows the filter kept (usable plus rejected). */
  kept: number[];
  /** The date field the rows have (`requested_datetime` when `date` is meant and absent). */
  dateField: string;
}

const isRow = (r: unknown): r is Row => typeof r === 'object' && r !== null && !Array.isArray(r);

/**
 * Indices of the rows a filter keeps. A filter is written like a URL query, so it fits in an
 * HTML attribute: every named field must equal one of its values (`metric=a&metric=b` keeps
 * either); values compare trimmed and case-insensitively. Rows that are not objects are kept,
 * so the schema reports them.
 */
export function filterRows(rows: readonly unknown[], filter: string | undefined): number[] {
  const wanted = new Map<string, Set<string>>();
  for (const [k, v] of new URLSearchParams(filter?.trim() ?? '')) {
    if (!wanted.has(k.trim())) wanted.set(k.trim(), new Set());
    wanted.get(k.trim())!.add(v.trim().toLowerCase());
  }
  const keep: number[] = [];
  rows.forEach((r, i) => {
    const text = (k: string) =>
      isRow(r)
        ? String(r[k] ?? '')
            .trim()
            .toLowerCase()
        : '';
    if (!isRow(r) || [...wanted].every(([k, vs]) => vs.has(text(k)))) keep.push(i);
  });
  return keep;
}

function isTable(x: unknown): x is PeriodTable {
  const t = x as PeriodTable;
  return !!t && typeof t === 'object' && [t.periods, t.series, t.values].every(Array.isArray);
}

/**
 * The data controller's check: cheap and field-independent, since field attributes may change
 * after the data arrives without a reload. Rows are read by `readRecords` when fields are known.
 */
export function validateTrend(input: unknown): Validated<TrendSource> {
  if (isAggregated(input))
    return {
      value: { kind: 'table', table: input.table, columns: input.columns },
      issues: input.issues,
      rowCount: input.rowCount,
    };
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
  if (!Array.isArray(input))
    throw new DataError(
      'shape',
      `Expected complaint records (a JSON array of objects or a CSV table) or a period table, but got ${describe(input)}.`,
    );
  if (input.length === 0) throw noRows(0, [], 'complaints');
  return { value: { kind: 'rows', rows: input }, issues: [], rowCount: input.length };
}

/** Adapter for the data controller's `validate` option. */
export const trendValidator = (input: unknown, _format: SourceFormat) => validateTrend(input);

/**
 * Reads the rows a filter keeps with the complaints schema (`complaintsValidator`): a row with
 * an unreadable date or value is left out and reported with its row number in the source.
 * DataError 'no-rows' when none is usable.
 */
export function readRecords(rows: readonly unknown[], fields: TrendFields): TrendRecords {
  const kept = filterRows(rows, fields.filter);
  if (kept.length === 0 && fields.filter?.trim())
    throw new DataError('no-rows', `No record matches the filter "${fields.filter.trim()}".`);
  const has = (k: string) => rows.some((r) => isRow(r) && k in r);
  const first = rows.find(isRow);
  const value = fields.value || (first && 'value' in first ? 'value' : undefined);
  const toSource = (i: RowIssue): RowIssue => ({ ...i, row: kept[i.row - 1] + 1 });
  const validate = complaintsValidator({
    dateField: fields.date,
    valueField: value,
    seriesField: fields.series || undefined,
    // Closing and promised dates under the names real exports use; Open311's are the defaults.
    closedField: has('closed') ? 'closed' : has('closed_datetime') ? 'closed_datetime' : undefined,
    expectedField: !has('expected_datetime') && has('expected') ? 'expected' : undefined,
  });
  try {
    const r = validate(
      kept.map((i) => rows[i]),
      'json',
    );
    if (r.value.kind !== 'records') throw new DataError('shape', 'Expected complaint records.');
    const dateField =
      fields.date === 'date' && !has('date') && has('requested_datetime')
        ? 'requested_datetime'
        : fields.date;
    return { ...r.value, issues: r.issues.map(toSource), kept, dateField };
  } catch (e) {
    if (!(e instanceof DataError) || e.info.code !== 'no-rows') throw e;
    throw noRows(kept.length, (e.info.issues ?? []).map(toSource), 'complaints');
  }
}

/**
 * What to count from a CSV `src` while streaming (in a worker when large). Undefined when rows
 * are needed: a filter, a summed value (a period no record speaks of must stay a gap, which a
 * streamed count cannot tell from zero) or a second measure.
 */
export function trendPlan(
  src: string,
  format: SourceFormat | undefined,
  o: { period: Period; fields: TrendFields; timeZone: string; measure?: string },
): AggregatePlan | undefined {
  const csv = format && format !== 'auto' ? format === 'csv' : formatFromUrl(src) === 'csv';
  if (!csv || o.fields.filter?.trim() || o.fields.value || o.measure) return undefined;
  const series = o.fields.series || undefined;
  return { period: o.period, date: dateFields({ dateField: o.fields.date }), series, timeZone: o.timeZone };
}
