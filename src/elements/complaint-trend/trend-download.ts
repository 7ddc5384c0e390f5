import { toCsv } from '../../charts/export.js';
import { loadSide } from '../shared/side-module.js';
import { tableOf, type TrendModel } from './trend-model.js';

/** The displayed table as CSV, with period keys (machine-readable) in the first column. */
export function trendCsv(m: TrendModel): string {
  const table = tableOf(m);
  return toCsv({ columns: table.columns, rows: table.rows.map((r, p) => [m.table.periods[p], ...r.cells]) });
}

/** The trend's downloads, from the side file `pantau-complaint-trend.export.js` in the CDN build. */
export const loadTrendExport = (): Promise<typeof import('./trend-export.js')> =>
  loadSide('pantau-complaint-trend.export.js', () => import('./trend-export.js'));
