import { stackSeries, valueMax } from '../stack.js';
import type { Mark, MarkInput, SeriesDrawing } from './mark.js';

type Edge = (i: number) => number;

/**
 * A fill mark whose series sit on top of each other, first at the bottom: the stack is made
 * here once, for the value axis, the shapes and the points alike. `shape` draws one layer
 * between its top and bottom edges.
 */
export function stackedMark(shape: (top: Edge, bottom: Edge, o: MarkInput) => string): Mark {
  return {
    paint: 'fill',
    extent: (values, visible, count) => valueMax(values, visible, count, true),
    draw(o): SeriesDrawing[] {
      const { values, y } = o;
      return stackSeries(values, o.visible, o.count).map(({ series, lower, upper }) => {
        const top = (i: number) => y(upper[i]);
        const own = values[series];
        return {
          series,
          d: shape(top, (i) => y(lower[i]), o),
          dash: '',
          markers: '',
          // A missing value has no point, though the layers above still stand on the stack.
          pointY: (p) => (own[p] === own[p] ? top(p) : NaN),
        };
      });
    },
  };
}
