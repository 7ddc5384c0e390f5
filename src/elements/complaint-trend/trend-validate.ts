import type { Period, PeriodTable } from '../../data/aggregate/period-table.js';
import { isAggregated, type AggregatePlan } from '../../data/aggregate/plan.js';
import { formatFromUrl } from '../../data/registry.js';
import { DataError } from '../../data/errors.js';
import { describe, noRows } from '../../data/validate/schema.js';
import { dateFields } from '../../data/validate/schemas/complaints.js';
import type { NumberLocale } from '../../data/validate/numbers.js';
import { tagTable } from '../../data/validate/number-reading.js';
import type { DataNote, SourceFormat, Validated } from '../../data/types.js';

/** What the element holds after loading: rows to read with the complaints schema, or a ready table. */
export type TrendSource =
  | { kind: 'rows'; rows: readonly unknown[] }
  | {
      kind: 'table';
      table: PeriodTable;
      columns?: readonly string[];
      /** Readings the count chose (a summed value read two ways). */
      notes?: DataNote[];
      /** Numeric columns the count did not sum. */
      numericColumns?: readonly string[];
    };

/** Field names read from records: the element's attributes of the same names. */
export interface TrendFields {
  dateField: string;
  seriesField?: string;
  valueField?: string;
  /** Columns summed as one series each (a wide table), comma-separated. */
  valueFields?: string;
  /** How numbers are written; unset: inferred per column. */
  numberLocale?: NumberLocale;
  /** The reading of a number that reads two ways when nothing settles it: the page language. */
  fallbackLocale?: NumberLocale;
  /** Keep only records matching this URL-query-style filter (`category=total&period=full year`). */
  filter?: string;
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
  if (isAggregated(input) && input.rows) {
    // A table the count did not fit, passed on as rows (from a worker, so the file's `;` is said again).
    tagTable(input.rows, { hint: input.delimiter === ';' ? 'id' : undefined });
    return { value: { kind: 'rows', rows: input.rows }, issues: [], rowCount: input.rowCount };
  }
  if (isAggregated(input))
    return {
      value: {
        kind: 'table',
        table: input.table,
        columns: input.columns,
        notes: input.notes,
        numericColumns: input.numericColumns,
      },
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

/** The `value-fields` attribute as column names. */
export function valueList(attr: string | undefined): string[] {
  return (attr ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * What to count from a CSV `src` while streaming (in a worker when large). Undefined when rows
 * are needed: a filter, a summed value (a period no record speaks of must stay a gap, which a
 * streamed count cannot tell from zero) or a second measure.
 */
export function trendPlan(
  src: string,
  format: SourceFormat | undefined,
  o: TrendFields & { period: Period; timeZone: string; measure?: string },
): AggregatePlan | undefined {
  const csv = format && format !== 'auto' ? format === 'csv' : formatFromUrl(src) === 'csv';
  if (!csv || o.filter?.trim() || o.valueField || valueList(o.valueFields).length || o.measure)
    return undefined;
  return {
    period: o.period,
    date: dateFields(o),
    series: o.seriesField || undefined,
    timeZone: o.timeZone,
    // A table the count cannot use (no date column; a wide table) comes back as rows.
    rowsIfUnfit: true,
  };
}
