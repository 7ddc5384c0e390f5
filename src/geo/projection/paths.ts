import { LINE, POINT, RING, type PlanarFeature } from './planar.js';
import type { Transform } from './projection.js';

/** Planar features by index: a list of them, or a `PackedPlanar`. */
export interface PlanarList {
  readonly length: number;
  at(i: number): PlanarFeature | undefined;
}

/** Drawing data of one feature at one size on screen. */
export interface ProjectedShape {
  d: string;
  /** Centroid in screen pixels; NaN when the feature has no area on screen. */
  cx: number;
  cy: number;
  /** Screen bounds width and height, to find regions too small to hit. */
  w: number;
  h: number;
}

// Rounding to 0.1 px keeps path strings short without visible change; points that round
// onto the previous one are dropped, so a small map does not carry a large one's detail.
const round = (v: number) => Math.round(v * 10) / 10;

/** The SVG path of one planar feature under a transform (d3's geoPath output, rescaled). */
export function planarPath(f: PlanarFeature, t: Transform): string {
  const { xy, ends, kinds } = f;
  let d = '';
  let start = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r]!;
    const kind = kinds[r];
    let px = NaN;
    let py = NaN;
    let kept = 0;
    for (let i = start; i < end; i++) {
      const x = round(t.x + t.k * xy[2 * i]!);
      const y = round(t.y + t.k * xy[2 * i + 1]!);
      if (kind === POINT) {
        // d3 draws a point as a circle of radius 4.5.
        d += `M${x},${y + 4.5}a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z`;
        continue;
      }
      if (x === px && y === py && i < end - 1) continue;
      d += `${kept++ ? 'L' : 'M'}${x},${y}`;
      [px, py] = [x, y];
    }
    if (kind === RING && kept) d += 'Z';
    else if (kind === LINE && kept === 1) d += `L${px},${py}`;
    start = end;
  }
  return d;
}

/**
 * Shapes of planar features `from` (inclusive) to `to` (exclusive) under a transform, into
 * `out`: a resize costs string building only, never another projection.
 */
export function shapesAt(
  planar: PlanarList,
  t: Transform,
  out: ProjectedShape[],
  from = 0,
  to = planar.length,
): void {
  for (let i = from; i < to; i++) {
    const f = planar.at(i)!;
    out[i] = {
      d: planarPath(f, t),
      cx: t.x + t.k * f.cx,
      cy: t.y + t.k * f.cy,
      w: t.k * (f.x1 - f.x0),
      h: t.k * (f.y1 - f.y0),
    };
  }
}

/** A region smaller than this on both sides gets a dot so it can still be seen, hovered and clicked. */
export const MIN_TARGET = 6;
