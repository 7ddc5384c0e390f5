import { ALL_KINDS, normalizeDate } from '../../time/dates.js';
import { isMissing, parseNumber } from '../../data/validate/numbers.js';
import type { Row } from '../../data/validate/schema.js';
import type { DataNote } from '../../data/types.js';

/** How a table's columns are read: a wide table (one series per numeric column) or records to count. */
export interface TableShape {
  /** The date column, when the rows say which it is. */
  date?: string;
  /** Wide: the columns summed as one series each. */
  values?: string[];
  /** Records counted one by one although these numeric columns could have been summed. */
  ignored?: string[];
}

/** Names of numeric columns that identify or place a record rather than count anything. */
const NOT_A_COUNT =
  /(?:^|[_\s-])(?:id|no|nomor|kode|code|lat|latitude|lon|long|lng|longitude|zip|zipcode|rank|peringkat|urut)$/i;
/** Names of the date column of a table written by hand. */
const DATE_NAME =
  /^(?:date|tanggal|tgl|bulan|month|tahun|year|periode|period|waktu|triwulan|quarter|minggu|week)$/i;

const isDate = (v: unknown) => normalizeDate(v, ALL_KINDS) !== undefined;
const isNumber = (v: unknown) => !Number.isNaN(parseNumber(v, 'id')) || !Number.isNaN(parseNumber(v, 'en'));

/** Whether every present value of a column passes `test` (and one is present). */
function every(rows: readonly Row[], column: string, test: (v: unknown) => boolean): boolean {
  let any = false;
  for (const r of rows) {
    const v = r[column];
    if (isMissing(v)) continue;
    if (!test(v)) return false;
    any = true;
  }
  return any;
}

/** The numeric columns that could be counts (not identifiers or coordinates). */
export function countable(columns: readonly string[]): string[] {
  return columns.filter((c) => !NOT_A_COUNT.test(c.trim()));
}

/** The columns of the rows, in order of first appearance. */
function columnsOf(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const r of rows.slice(0, 100)) for (const k of Object.keys(r)) seen.add(k);
  return [...seen];
}

/**
 * Reads a table's shape. `values` named: a wide table of those columns. Otherwise, with no
 * value or series field: a table of one date column and numeric columns only is wide (the
 * spreadsheet and Datawrapper shape, `bulan,Infrastruktur,Kesehatan`); a table with text
 * columns too is counted, and the numeric columns that were not summed are named.
 */
export function tableShape(
  rows: readonly Row[],
  o: { dateField: string; valueField?: string; seriesField?: string; values?: readonly string[] },
): TableShape {
  const columns = columnsOf(rows);
  const dates = columns.filter((c) => every(rows, c, isDate));
  const named = columns.includes(o.dateField) ? o.dateField : undefined;
  const date =
    named ??
    (dates.length === 1
      ? dates[0]
      : dates.filter((c) => DATE_NAME.test(c.trim())).length === 1
        ? dates.find((c) => DATE_NAME.test(c.trim()))
        : undefined);
  if (o.values?.length) return { date, values: [...o.values] };
  if (o.valueField || columns.includes('value')) return { date };
  const numeric = columns.filter((c) => c !== date && c !== o.seriesField && every(rows, c, isNumber));
  const text = columns.filter((c) => c !== date && c !== o.seriesField && !numeric.includes(c));
  if (date && !o.seriesField && numeric.length && !text.length) return { date, values: numeric };
  const ignored = countable(numeric).filter((c) => !dates.includes(c));
  return { date, ...(ignored.length && { ignored }) };
}

/** The note that says how a table's shape was read, when the attributes did not say. */
export function shapeNote(shape: TableShape, stated: boolean): DataNote | undefined {
  if (shape.values && !stated) {
    const fields = shape.values.join(', ');
    return {
      code: 'wide-table',
      params: { fields, date: shape.date ?? '' },
      message: `The table was read as one series per column (${fields}) with dates from column "${shape.date}". Set value-fields to choose other columns.`,
    };
  }
  if (shape.ignored) {
    const fields = shape.ignored.join(', ');
    return {
      code: 'wide-ignored',
      params: { fields },
      message: `Rows were counted one by one; the numeric columns ${fields} were not summed. Set value-field (one column) or value-fields (one series per column) to sum them.`,
    };
  }
  return undefined;
}
