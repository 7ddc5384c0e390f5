import { CsvParser, type Delimiter } from './csv.js';

export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
  delimiter: Delimiter;
}

/** Header names made unique (`name`, `name_2`) and trimmed, so no column silently replaces another. */
export function uniqueColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw) => {
    const name = raw.trim();
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}_${n}`;
  });
}

/**
 * Parses CSV text into row objects keyed by the header. Missing trailing fields read as
 * `''` (a missing value); fields beyond the header are ignored.
 */
export function parseCSV(text: string, o?: { delimiter?: Delimiter }): CsvTable {
  let columns: string[] | undefined;
  const rows: Record<string, string>[] = [];
  const parser = new CsvParser((fields) => {
    if (!columns) {
      columns = uniqueColumns(fields);
      return;
    }
    const row: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = fields[i] ?? '';
    rows.push(row);
  }, o?.delimiter);
  parser.push(text);
  parser.end();
  return { columns: columns ?? [], rows, delimiter: parser.delimiter ?? ',' };
}
