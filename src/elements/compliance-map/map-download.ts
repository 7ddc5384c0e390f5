import { loadSide } from '../shared/side-module.js';

/** The map's downloads (CSV, SVG, PNG with their frame), from the side file `pantau-compliance-map.export.js` in the CDN build. */
export const loadMapExport = (): Promise<typeof import('./map-export.js')> =>
  loadSide('pantau-compliance-map.export.js', () => import('./map-export.js'));
