import { loadSide } from '../shared/side-module.js';

/** The trend's downloads, from the side file `pantau-complaint-trend.export.js` in the CDN build. */
export const loadTrendExport = (): Promise<typeof import('./trend-export.js')> =>
  loadSide('pantau-complaint-trend.export.js', () => import('./trend-export.js'));
