import type { IssueSpec } from './validate/issue-codes.js';
import type { ColumnReading } from './validate/number-reading.js';
import { isMissing, type NumberLocale } from './validate/numbers.js';

/** One input row: a CSV record, a JSON object, an Open311 request. */
export type Row = Record<string, unknown>;
/** A JSON object that is not an array: a row, and what most formats' `json` test looks at. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A field name, or names tried in order (`['date', 'requested_datetime']`). */
export type Field = string | readonly string[];

/** Where a field reader reports a problem; given to a row schema by `validateRows`. */
export interface RowContext {
  /** 1-based data row number. */
  readonly row: number;
  /** How numbers are written, when the dataset says. */
  readonly locale?: NumberLocale;
  /** How a column's numbers are read, inferred from all its values (`validateRows` gives it; see `inferReading`). */
  reading?(field: string): ColumnReading;
  /** Reports a value: `expected` in English, or as a code (`IssueSpec`) that each page can say in its language. */
  issue(field: string, value: unknown, expected: string | IssueSpec): void;
}

export interface ReadOptions {
  /** A missing value is an issue (default: it is just missing). */
  required?: boolean;
}

/** The field's name and value: the first alias that has a value, else the first one present. */
export function pick(row: Row, field: Field): [string, unknown] {
  if (typeof field === 'string') return [field, row[field]];
  let present: string | undefined;
  for (const f of field) {
    if (!isMissing(row[f])) return [f, row[f]];
    if (present === undefined && f in row) present = f;
  }
  const name = present ?? field[0] ?? '';
  return [name, row[name]];
}
