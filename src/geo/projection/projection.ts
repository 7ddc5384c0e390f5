import type { Feature } from 'geojson';
import { Projector } from './project.js';
import { projectionParts, scalePart, type ProjectionName } from './projectors.js';

export type { ProjectionName };

export const PROJECTIONS: readonly ProjectionName[] = ['mercator', 'equal-earth', 'albers-usa', 'none'];

/** Reads a `projection` attribute; unknown values fall back to Mercator. */
export function parseProjection(value: unknown): ProjectionName {
  return (PROJECTIONS as readonly unknown[]).includes(value) ? (value as ProjectionName) : 'mercator';
}

// The reference box projected into once: about a screen's width, so a precision of half a
// unit stays under a pixel at the sizes maps are shown at.
const REFERENCE = 1000;
const PRECISION = 0.5;
/** The smallest span of projected features scaled up to REFERENCE (below it: scale 1). */
const MIN_SPAN = 1e-9;
/** Space kept around the features in a fitted box, in pixels. */
const MARGIN = 4;

/**
 * The projector features are projected with once: scaled so they span about REFERENCE
 * units (measured on a sample of their points), with d3's adaptive resampling tuned to that
 * scale. Winding does not matter here: nothing is clipped but rings crossing the
 * antimeridian, and fills use the nonzero rule.
 */
export function referenceProjector(name: ProjectionName, features: readonly Feature[]): Projector {
  const parts = projectionParts(name);
  const [x0, y0, x1, y1] = new Projector(parts, 0).sampleBounds(
    features.map((f) => f.geometry),
    // A few thousand points in all: the span only tunes resampling, the fit is exact.
    Math.ceil(4096 / Math.max(1, features.length)),
  );
  const span = Math.max(x1 - x0, y1 - y0);
  // A span near zero (every point in one place, or denormal coordinates) would scale to
  // Infinity and every path to NaN: such features are drawn at the projection's own scale.
  const k = Number.isFinite(span) && span > MIN_SPAN ? REFERENCE / span : 1;
  return new Projector(
    parts.map((p) => scalePart(p, k)),
    PRECISION,
  );
}

/** Scale and offset from reference coordinates to a box: screen = offset + k × reference. */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** Features projected once, fitted to any box without another pass over the coordinates. */
export interface PlanarFit {
  /** Height over width of the features, clamped to [0.3, 1.2]: Indonesia gets a wide box. */
  ratio: number;
  /** The transform fitting the features into a box with a margin, as d3's fitExtent would. */
  fitted(width: number, height: number): Transform;
}

export function fitPlanar(shapes: readonly { x0: number; y0: number; x1: number; y1: number }[]): PlanarFit {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of shapes) {
    // NaN (nothing visible) fails every comparison, so it never widens the bounds.
    if (s.x0 < x0) x0 = s.x0;
    if (s.y0 < y0) y0 = s.y0;
    if (s.x1 > x1) x1 = s.x1;
    if (s.y1 > y1) y1 = s.y1;
  }
  if (!(x0 <= x1)) [x0, y0, x1, y1] = [0, 0, 1, 1];
  const [bw, bh] = [Math.max(1e-9, x1 - x0), Math.max(1e-9, y1 - y0)];
  const raw = bh / bw;
  return {
    ratio: Number.isFinite(raw) ? Math.min(1.2, Math.max(0.3, raw)) : 0.6,
    fitted(width, height) {
      const m = Math.min(MARGIN, width / 4, height / 4);
      const k = Math.min((width - 2 * m) / bw, (height - 2 * m) / bh);
      return {
        k,
        x: m + (width - 2 * m - k * bw) / 2 - k * x0,
        y: m + (height - 2 * m - k * bh) / 2 - k * y0,
      };
    },
  };
}
