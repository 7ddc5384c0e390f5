import { DataError } from '../../data/errors.js';
import { tableTag } from '../../data/validate/number-reading.js';
import {
  ALL_DATE_KINDS,
  noRows,
  readDate,
  readNumber,
  validateRows,
  type Row,
  type RowSchema,
} from '../../data/validate/schema.js';
import { complaintRow, type ComplaintRecord } from '../../data/validate/schemas/complaints.js';
import type { DataNote, RowIssue } from '../../data/types.js';
import { valueList, type TrendFields } from './trend-validate.js';
import { shapeNote, tableShape } from './trend-wide.js';

/** The records the complaints schema accepted; `issues` carry the source's row numbers. */
export interface TrendRecords {
  records: ComplaintRecord[];
  counted: boolean;
  issues: RowIssue[];
  /** Indices of the rows the filter kept (usable plus rejected). */
  kept: number[];
  /** The date field the rows have (`requested_datetime` when `date` is meant and absent). */
  dateField: string;
  /** How the table was read when the attributes did not say (a wide table, numeric columns not summed), and numbers read two ways. */
  notes: DataNote[];
}

/** A wide table's row: one record per value column, a blank cell a gap. */
function wideRow(date: string, values: readonly string[]): RowSchema<ComplaintRecord[]> {
  return (row, ctx) => {
    const d = readDate(row, date, ctx, { required: true, kinds: ALL_DATE_KINDS });
    const out: ComplaintRecord[] = [];
    for (const series of values) {
      const value = readNumber(row, series, ctx);
      if (value !== undefined && d !== undefined) out.push({ date: d, series, value });
    }
    return d === undefined ? undefined : out;
  };
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
    const key = k.trim();
    wanted.set(key, (wanted.get(key) ?? new Set()).add(v.trim().toLowerCase()));
  }
  const checks = [...wanted];
  const text = (v: unknown) =>
    String(v ?? '')
      .trim()
      .toLowerCase();
  const keep: number[] = [];
  rows.forEach((r, i) => {
    if (!isRow(r) || checks.every(([k, vs]) => vs.has(text(r[k])))) keep.push(i);
  });
  return keep;
}

/**
 * Reads the rows a filter keeps with the complaints schema (`complaintRow`): a row with
 * an unreadable date or value is left out and reported with its row number in the source.
 * DataError 'no-rows' when none is usable.
 */
export function readRecords(rows: readonly unknown[], fields: TrendFields): TrendRecords {
  const kept = filterRows(rows, fields.filter);
  if (kept.length === 0 && fields.filter?.trim())
    throw new DataError('no-rows', `No record matches the filter "${fields.filter.trim()}".`);
  const has = (k: string) => rows.some((r) => isRow(r) && k in r);
  const first = rows.find(isRow);
  const value = fields.valueField || (first && 'value' in first ? 'value' : undefined);
  const toSource = (i: RowIssue): RowIssue => ({ ...i, row: kept[i.row - 1] + 1 });
  const dateField =
    fields.dateField === 'date' && !has('date') && has('requested_datetime')
      ? 'requested_datetime'
      : fields.dateField;
  const stated = valueList(fields.valueFields);
  const missing = stated.filter((c) => !has(c));
  if (missing.length)
    throw new DataError(
      'shape',
      `value-fields names ${missing.map((c) => `"${c}"`).join(', ')}, which the data has no column for. Its columns are: ${Object.keys(first ?? {}).join(', ')}.`,
    );
  const shape = tableShape(kept.map((i) => rows[i]).filter(isRow), {
    dateField,
    valueField: value,
    seriesField: fields.seriesField || undefined,
    values: stated,
  });
  const wide = shape.values && shape.date ? { date: shape.date, values: shape.values } : undefined;
  if (!wide && first && !has(dateField))
    throw new DataError(
      'shape',
      `The data has no date column "${dateField}"${shape.date ? ` (did you mean date-field="${shape.date}"?)` : ''}. Its columns are: ${Object.keys(first).join(', ')}.`,
    );
  // The rows are copied below: what their source said about numbers (a `;` file) goes along.
  const tag = tableTag(rows);
  const numbers = {
    locale: fields.numberLocale ?? tag?.locale,
    hint: tag?.hint,
    fallbackLocale: fields.fallbackLocale,
    what: 'complaints',
  };
  const note = shapeNote(shape, stated.length > 0);
  const schema = complaintRow({
    dateField: fields.dateField,
    valueField: value,
    seriesField: fields.seriesField || undefined,
    // Closing and promised dates under the names real exports use; Open311's are the defaults.
    closedField: has('closed') ? 'closed' : has('closed_datetime') ? 'closed_datetime' : undefined,
    expectedField: !has('expected_datetime') && has('expected') ? 'expected' : undefined,
  });
  try {
    // Its 'no-rows' error is rethrown below with the source's row numbers.
    const input = kept.map((i) => rows[i]);
    const r = wide
      ? validateRows(input, wideRow(wide.date, wide.values), numbers)
      : validateRows(input, schema, numbers);
    return {
      records: wide ? (r.value as ComplaintRecord[][]).flat() : (r.value as ComplaintRecord[]),
      counted: !value && !wide,
      issues: r.issues.map(toSource),
      kept,
      dateField: wide?.date ?? dateField,
      notes: [...(note ? [note] : []), ...(r.notes ?? [])],
    };
  } catch (e) {
    if (!(e instanceof DataError) || e.info.code !== 'no-rows') throw e;
    throw noRows(kept.length, (e.info.issues ?? []).map(toSource), 'complaints');
  }
}
