import { geoPath, type GeoStreamWrapper } from 'd3-geo';
import type { Feature } from 'geojson';

/** Projected drawing data of one feature, computed once per size. */
export interface ProjectedShape {
  d: string;
  /** Centroid in screen pixels; NaN when the feature has no area on screen. */
  cx: number;
  cy: number;
  /** Screen bounds width and height, to find regions too small to hit. */
  w: number;
  h: number;
}

/**
 * Projects features `from` (inclusive) `to` (exclusive) into `out`, so a caller can split
 * 3,000+ features across several tasks and keep each one short.
 */
export function projectShapes(
  features: readonly Feature[],
  projection: GeoStreamWrapper,
  out: ProjectedShape[],
  from = 0,
  to = features.length,
): void {
  // Rounding to 0.1 px keeps path strings short without visible change.
  const path = geoPath(projection).digits(1);
  for (let i = from; i < Math.min(to, features.length); i++) {
    const f = features[i]!;
    const d = path(f) ?? '';
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const [cx, cy] = path.centroid(f);
    out[i] = { d, cx, cy, w: x1 - x0, h: y1 - y0 };
  }
}

/** A region smaller than this on both sides gets a dot so it can still be seen, hovered and clicked. */
export const MIN_TARGET = 6;

export function isTiny(s: ProjectedShape): boolean {
  return s.d !== '' && s.w < MIN_TARGET && s.h < MIN_TARGET;
}
