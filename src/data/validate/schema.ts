import { DataError } from '../errors.js';
import { expectedText, type IssueSpec } from './issue-codes.js';
import { inferReading, readingNote, tableTag, type ColumnReading } from './number-reading.js';
import type { NumberLocale } from './numbers.js';
import type { Row, RowContext } from '../row.js';
import type { DataNote, RowIssue, Validated } from '../types.js';

export { isMissing, parseNumber, type NumberLocale } from './numbers.js';
export { pick, type Row, type Field, type RowContext, type ReadOptions } from '../row.js';
export type { IssueSpec, IssueCode, IssueParams } from './issue-codes.js';
export {
  readString,
  readNumber,
  readDate,
  readCode,
  readEnum,
  POINT_KINDS,
  ALL_DATE_KINDS,
} from './field-readers.js';

/** Turns a row into a typed record, reporting through `ctx`; undefined drops the row. */
export type RowSchema<T> = (row: Row, ctx: RowContext) => T | undefined;

/** At most this many issues are kept; `rowCount - value.length` still counts every rejected row. */
export const MAX_ISSUES = 1000;

/** Adds an issue unless `MAX_ISSUES` are kept already. */
export function addIssue(
  issues: RowIssue[],
  row: number,
  field: string,
  value: unknown,
  expected: string | IssueSpec,
): void {
  if (issues.length >= MAX_ISSUES) return;
  const v = valueText(value);
  issues.push(
    typeof expected === 'string'
      ? { row, field, value: v, expected }
      : { row, field, value: v, expected: expectedText(expected), ...expected },
  );
}

export function valueText(value: unknown): string {
  let s: string;
  if (value === undefined) s = '';
  else if (typeof value === 'string') s = value;
  else if (typeof value === 'object' && value !== null) s = JSON.stringify(value) ?? '';
  else s = String(value);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}

/** `o` without its undefined fields, so records compare and serialise by what they hold. */
export function dropUndefined<T extends object>(o: T): T {
  // Copied rather than deleted from: an object a field was deleted from turns into a
  // dictionary, about 400 bytes a record (1.3 MB kept by a map of 3,231 rated counties).
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

export function describe(input: unknown): string {
  if (input === null || input === undefined) return 'nothing';
  if (Array.isArray(input)) return `a list of ${input.length} items`;
  if (typeof input === 'object') {
    const keys = Object.keys(input).slice(0, 5);
    return keys.length ? `an object with the keys ${keys.join(', ')}` : 'an empty object';
  }
  return `a ${typeof input}`;
}

/** A DataError 'no-rows' that says what to fix. */
export function noRows(rowCount: number, issues: RowIssue[], what = 'rows'): DataError {
  if (rowCount === 0)
    return new DataError('no-rows', `The data has no ${what}: add at least one.`, { issues });
  const first = issues[0];
  const why = first
    ? ` First problem: row ${first.row}, field "${first.field}": "${first.value}" is not ${first.expected}.`
    : '';
  return new DataError('no-rows', `None of the ${rowCount} ${what} could be used.${why}`, { issues });
}

/** How `validateRows` reads a dataset's numbers. */
export interface NumberReadOptions {
  /** How numbers are written (`number-locale`); unstated, each column's way is inferred from its values. */
  locale?: NumberLocale;
  /** The reading taken when a column's values could be read two ways and nothing settles it (the page language; default `id`). */
  fallbackLocale?: NumberLocale;
  /** What the source says (a `;`-separated CSV is Indonesian); default: what its reader remembered. */
  hint?: NumberLocale;
}

/**
 * Checks every row: a row with any issue is left out and reported (row number, field,
 * value, expected). Numbers are read per column (see `readNumber`): a guessed reading is
 * said in `notes`. Not a list → DataError 'shape'; no usable row → DataError 'no-rows'.
 */
export function validateRows<T>(
  rows: unknown,
  schema: RowSchema<T>,
  o?: NumberReadOptions & { what?: string },
): Validated<T[]> {
  if (!Array.isArray(rows))
    throw new DataError(
      'shape',
      `Expected a list of ${o?.what ?? 'rows'} (a JSON array of objects or a CSV table) but got ${describe(rows)}.`,
    );
  const issues: RowIssue[] = [];
  const notes: DataNote[] = [];
  const value: T[] = [];
  let bad: boolean;
  let row = 0;
  const tag = tableTag(rows);
  const readings = new Map<string, ColumnReading>();
  const ctx: RowContext = {
    get row() {
      return row;
    },
    locale: o?.locale ?? tag?.locale,
    reading(field) {
      let r = readings.get(field);
      if (!r) {
        const values = rows.map((x: unknown) =>
          x !== null && typeof x === 'object' ? (x as Row)[field] : undefined,
        );
        r = inferReading(values, { hint: o?.hint ?? tag?.hint, fallback: o?.fallbackLocale });
        readings.set(field, r);
        const note = readingNote(field, r);
        if (note) notes.push(note);
      }
      return r;
    },
    issue(field, v, expected) {
      bad = true;
      addIssue(issues, row, field, v, expected);
    },
  };
  for (let i = 0; i < rows.length; i++) {
    row = i + 1;
    bad = false;
    const input: unknown = rows[i];
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      ctx.issue('', input, { code: 'object' });
      continue;
    }
    const out = schema(input as Row, ctx);
    // A schema that drops a row without saying why would hide data: report it anyway.
    if (out === undefined && !bad) ctx.issue('', input, { code: 'row' });
    if (!bad && out !== undefined) value.push(out);
  }
  if (value.length === 0) throw noRows(rows.length, issues, o?.what);
  return { value, issues, rowCount: rows.length, ...(notes.length && { notes }) };
}
