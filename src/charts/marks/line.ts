import { cueIndex, DASHES, markerKind, markersPath } from '../cues.js';
import { polyline, scaled } from '../downsample.js';
import type { Mark } from './mark.js';

/**
 * Periods closer than this (px) make a line a dense zigzag on which a dash pattern cannot be
 * seen, yet dashing it costs two to three times the raster time: such lines are solid and
 * carry their marker shape every MARK_GAP px instead, so colour is still not the only cue.
 */
const DENSE_STEP = 3;
const MARK_GAP = 60;

/** One line per series, each with its own dash and marker shape. */
export const line: Mark = {
  paint: 'line',
  stacked: false,
  draw({ values, visible, count, left, step, y }) {
    const dense = step < DENSE_STEP;
    const every = dense ? Math.ceil(MARK_GAP / step) : 1;
    return values.flatMap((row, s) => {
      if (!visible[s]) return [];
      const ys = scaled(row, y);
      // Series' markers are staggered along the axis so they do not pile up on one column.
      const first = Math.floor(((s % 8) * every) / 8);
      return {
        series: s,
        d: polyline(ys, 0, Math.min(count, row.length), left, step),
        dash: dense ? '' : DASHES[cueIndex(s)],
        marks: markersPath(markerKind(s), ys, row.length, left, step, every, first),
        y: ys,
      };
    });
  },
};
