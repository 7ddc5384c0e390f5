import type { Delimiter } from '../formats/csv/csv.js';
import type { NumberLocale } from '../validate/numbers.js';
import type { Period } from '../../time/periods.js';
import type { PeriodTable } from './period-table.js';
import type { ResolutionStats } from './resolution.js';
import type { DataNote, RowIssue } from '../types.js';

/** What to count from a CSV without keeping its rows: the columns by name. */
export interface AggregatePlan {
  period: Period;
  /** Date column, or names tried in order (default `date`, then Open311's `requested_datetime`). */
  date?: string | readonly string[];
  /** Series column (category, status); absent: one series `total`. */
  series?: string;
  /** Value column to sum; absent: rows are counted. */
  value?: string;
  timeZone?: string;
  /** How the value column writes numbers; unstated, inferred from all its values (a `;` file is Indonesian). */
  locale?: NumberLocale;
  /** The reading of a value that reads two ways when nothing settles it (default `id`). */
  fallbackLocale?: NumberLocale;
  delimiter?: Delimiter;
  /** Also measure resolution time from the date column to `closed`. */
  resolution?: { closed: string; expected?: string; limitDays?: number };
  /**
   * A table the plan does not fit comes back as its rows (`AggregatedCsv.rows`) instead of a
   * count: one with none of the date columns, or (no series or value named) a wide table
   * whose every other column holds numbers.
   */
  rowsIfUnfit?: boolean;
}

/** The result of aggregating a CSV: a period table plus the rows left out and why. */
export interface AggregatedCsv {
  kind: 'aggregated';
  table: PeriodTable;
  /** Data rows read (the header not counted). */
  rowCount: number;
  issues: RowIssue[];
  columns: string[];
  resolution?: ResolutionStats;
  /** Readings chosen without the data settling them. */
  notes?: DataNote[];
  /** Columns the plan does not name whose first values are all numbers (a wide table's series). */
  numericColumns?: string[];
  /** The table's rows, not counted, when the plan did not fit it (see `AggregatePlan.rowsIfUnfit`). */
  rows?: Record<string, string>[];
  delimiter?: Delimiter;
}

export const DEFAULT_DATE_FIELDS = ['date', 'requested_datetime'] as const;

/** What streaming code feeds: UTF-8 chunks in, a table out. */
export interface ChunkAggregator {
  readonly rows: number;
  pushBytes(chunk: Uint8Array): void;
  end(): AggregatedCsv;
}

/** True for the result of a CSV aggregated by `CsvAggregator` (in a worker or not). */
export function isAggregated(v: unknown): v is AggregatedCsv {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'aggregated';
}
