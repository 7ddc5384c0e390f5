import { stackSeries } from '../stack.js';
import type { Mark, SeriesDrawing } from './mark.js';

type Edge = (i: number) => number;

/** Path data of one stacked layer between its edges, over `n` periods from `x0`, `step` px apart. */
export type LayerShape = (top: Edge, bottom: Edge, n: number, x0: number, step: number) => string;

/**
 * A fill mark whose series sit on top of each other, first at the bottom: the stack is made
 * here once, for the shapes and the points alike. `shape` draws one layer.
 */
export function stackedMark(shape: LayerShape): Mark {
  return {
    paint: 'fill',
    stacked: true,
    draw({ values, visible, count, left, step, y }): SeriesDrawing[] {
      return stackSeries(values, visible, count).map(({ series, lower, upper }) => {
        const top = (i: number) => y(upper[i]);
        const own = values[series];
        return {
          series,
          d: shape(top, (i) => y(lower[i]), count, left, step),
          // A missing value has no point, though the layers above still stand on the stack.
          y: (p) => (own[p] === own[p] ? top(p) : NaN),
        };
      });
    },
  };
}
