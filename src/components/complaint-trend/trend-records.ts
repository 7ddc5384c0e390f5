import { DataError } from '../../data/errors.js';
import { noRows, validateRows, type Row } from '../../data/schema.js';
import { complaintRow, type ComplaintRecord } from '../../data/schemas/complaints.js';
import type { RowIssue } from '../../data/types.js';
import type { TrendFields } from './trend-data.js';

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
    const r = validateRows(
      kept.map((i) => rows[i]),
      schema,
    );
    const dateField =
      fields.dateField === 'date' && !has('date') && has('requested_datetime')
        ? 'requested_datetime'
        : fields.dateField;
    return { records: r.value, counted: !value, issues: r.issues.map(toSource), kept, dateField };
  } catch (e) {
    if (!(e instanceof DataError) || e.info.code !== 'no-rows') throw e;
    throw noRows(kept.length, (e.info.issues ?? []).map(toSource), 'complaints');
  }
}
