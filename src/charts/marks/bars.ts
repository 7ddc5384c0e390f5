import { barsPath } from '../downsample.js';
import { stackedMark } from './stacked.js';

/** Stacked bars, with a gap between periods while bars are wider than 4 px. */
export const bars = stackedMark((top, bottom, n, x0, step) =>
  barsPath(top, bottom, n, x0, step, step * (step > 4 ? 0.8 : 1), step > 4 ? step * 0.1 : 0),
);
