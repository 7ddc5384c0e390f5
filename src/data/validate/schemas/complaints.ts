import { aggregateByPeriod, type PeriodTable } from '../../aggregate/period-table.js';
import { DEFAULT_DATE_FIELDS, isAggregated } from '../../aggregate/plan.js';
import type { NumberLocale } from '../numbers.js';
import type { Period } from '../../../time/periods.js';
import type { ResolutionStats } from '../../aggregate/resolution.js';
import {
  ALL_DATE_KINDS,
  readDate,
  readNumber,
  readString,
  validateRows,
  type Field,
  type Row,
  type RowContext,
  type RowSchema,
} from '../schema.js';
import type { SourceFormat, Validated } from '../../types.js';

/** One complaint (a record, counted) or one value of a pre-aggregated series. */
export interface ComplaintRecord {
  /** A date, timestamp or period (`2024`, `2024-Q1`, `2024-03`). */
  date: string;
  /** Category, status or channel; absent when the data has no series field. */
  series?: string;
  /** 1 for a record that is counted; the given value for a series. */
  value: number;
  status?: string;
  /** When it was resolved (Open311: `updated_datetime` of a closed request). */
  closed?: string;
  /** The promised completion (Open311 `expected_datetime`). */
  expected?: string;
}

/** Complaints as records (to be counted or summed per period) or as an already aggregated table. */
export type ComplaintData =
  | { kind: 'records'; records: ComplaintRecord[]; counted: boolean }
  | { kind: 'table'; table: PeriodTable; resolution?: ResolutionStats };

export interface ComplaintFields {
  /** Date field, or names tried in order (default `date`, then Open311's `requested_datetime`). */
  dateField?: Field;
  /** Value field; absent: each record counts 1. */
  valueField?: string;
  /** Series field (category, status, channel); absent: one total. */
  seriesField?: string;
  /** Resolution date field (default for Open311: `updated_datetime` of closed requests). */
  closedField?: string;
  /** Promised completion field (default `expected_datetime`). */
  expectedField?: string;
  /** How numbers are written; unstated, inferred per column (see `validateRows`). */
  locale?: NumberLocale;
  /** The reading taken when a value reads two ways and nothing settles it (default `id`). */
  fallbackLocale?: NumberLocale;
}

/** The date fields tried: the one named, and Open311's `requested_datetime` when the default `date` is meant. */
export function dateFields(o: ComplaintFields): Field {
  const f = o.dateField ?? DEFAULT_DATE_FIELDS;
  return f === 'date' ? DEFAULT_DATE_FIELDS : f;
}

/** The row schema of complaints (for `validateRows`): a row with an unreadable date or value is left out. */
export function complaintRow(o: ComplaintFields): RowSchema<ComplaintRecord> {
  const dates = dateFields(o);
  return (row: Row, ctx: RowContext): ComplaintRecord | undefined => {
    const date = readDate(row, dates, ctx, { required: true, kinds: ALL_DATE_KINDS });
    const value = o.valueField ? readNumber(row, o.valueField, ctx, { required: true }) : 1;
    const record: ComplaintRecord = { date: date ?? '', value: value ?? NaN };
    if (o.seriesField) record.series = readString(row, o.seriesField, ctx) ?? '';
    const status = readString(row, 'status', ctx);
    if (status !== undefined) record.status = status;
    const closed = o.closedField
      ? readDate(row, o.closedField, ctx)
      : status?.toLowerCase() === 'closed'
        ? readDate(row, 'updated_datetime', ctx)
        : undefined;
    if (closed !== undefined) record.closed = closed;
    const expected = readDate(row, o.expectedField ?? 'expected_datetime', ctx);
    if (expected !== undefined) record.expected = expected;
    return date === undefined || value === undefined ? undefined : record;
  };
}

/** A validator for `DataController`: records (any tabular source) or a CSV aggregated while streaming. */
export function complaintsValidator(
  o: ComplaintFields = {},
): (input: unknown, format: SourceFormat) => Validated<ComplaintData> {
  return (input) => {
    if (isAggregated(input))
      return {
        value: { kind: 'table', table: input.table, resolution: input.resolution },
        issues: input.issues,
        rowCount: input.rowCount,
      };
    const r = validateRows(input, complaintRow(o), {
      locale: o.locale,
      fallbackLocale: o.fallbackLocale,
      what: 'complaints',
    });
    return { ...r, value: { kind: 'records', records: r.value, counted: !o.valueField } };
  };
}

/**
 * Complaints per period and series, whichever form they came in. An aggregated table comes
 * in the period of the plan it was made with: the controller reloads when the plan changes.
 */
export function complaintTable(data: ComplaintData, period: Period, timeZone?: string): PeriodTable {
  if (data.kind === 'table') return data.table;
  return aggregateByPeriod(data.records, {
    period,
    timeZone,
    date: (r) => r.date,
    value: (r) => r.value,
    series: data.records.some((r) => r.series !== undefined) ? (r) => r.series : undefined,
  });
}
