import { barsPath, scaled } from '../downsample.js';
import type { Mark } from './mark.js';

/** Bars side by side in each period, from zero, sharing 80% of the period's band. */
export const grouped: Mark = {
  paint: 'fill',
  stacked: false,
  draw({ values, visible, count, left, step, bottom, y }) {
    const shown = values.flatMap((_, s) => (visible[s] ? [s] : []));
    const w = (step * 0.8) / Math.max(1, shown.length);
    return shown.map((s, k) => {
      const ys = scaled(values[s], y);
      const d = barsPath(ys, () => bottom, count, left, step, w - (w > 3 ? 1 : 0), step * 0.1 + k * w);
      return { series: s, d, y: ys };
    });
  },
};
