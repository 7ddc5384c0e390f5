import { toCsv } from '../../charts/export.js';
import { tableOf, type TrendModel } from './trend-model.js';

/** The displayed table as CSV, with period keys (machine-readable) in the first column. */
export function trendCsv(m: TrendModel): string {
  const table = tableOf(m);
  return toCsv({ columns: table.columns, rows: table.rows.map((r, p) => [m.table.periods[p], ...r.cells]) });
}
