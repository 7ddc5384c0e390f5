import {
  geoAlbersUsa,
  geoEqualEarth,
  geoIdentity,
  geoMercator,
  type GeoProjection,
  type GeoStreamWrapper,
} from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';

export type ProjectionName = 'mercator' | 'equal-earth' | 'albers-usa' | 'none';

export const PROJECTIONS: readonly ProjectionName[] = ['mercator', 'equal-earth', 'albers-usa', 'none'];

/** Reads a `projection` attribute; unknown values fall back to Mercator. */
export function parseProjection(value: unknown): ProjectionName {
  return (PROJECTIONS as readonly unknown[]).includes(value) ? (value as ProjectionName) : 'mercator';
}

type Fittable = GeoStreamWrapper & {
  fitSize(size: [number, number], object: FeatureCollection): Fittable;
  fitExtent(extent: [[number, number], [number, number]], object: FeatureCollection): Fittable;
};

function make(name: ProjectionName): Fittable {
  switch (name) {
    case 'equal-earth':
      return geoEqualEarth() as GeoProjection & Fittable;
    case 'albers-usa':
      return geoAlbersUsa() as unknown as Fittable;
    // Pre-projected geometry (such as us-atlas's *-albers files) is already in screen
    // coordinates, y down: it only needs scaling into the box.
    case 'none':
      return geoIdentity() as unknown as Fittable;
    default:
      return geoMercator() as GeoProjection & Fittable;
  }
}

/** A projection fitted to a box with a margin, so outlines are not cut at the edge. */
export function fitProjection(
  name: ProjectionName,
  features: readonly Feature[],
  width: number,
  height: number,
  margin = 4,
): Fittable {
  const fc: FeatureCollection = { type: 'FeatureCollection', features: features as Feature[] };
  const p = make(name);
  const m = Math.min(margin, width / 4, height / 4);
  return p.fitExtent(
    [
      [m, m],
      [Math.max(m + 1, width - m), Math.max(m + 1, height - m)],
    ],
    fc,
  );
}

// The reference box projected into once: about a screen's width, so a precision of half a
// unit stays under a pixel at the sizes maps are shown at.
const REFERENCE = 1000;
const PRECISION = 0.5;

type Scalable = Fittable & {
  (point: [number, number]): [number, number] | null;
  scale(k: number): Scalable;
  translate(t: [number, number]): Scalable;
  precision?: (p: number) => Scalable;
};

interface Walk {
  points: number[][];
  i: number;
  /** Whether a ring reaches or crosses the antimeridian (so d3's spherical clip matters). */
  crosses: boolean;
}

function walk(c: unknown, w: Walk): void {
  if (!Array.isArray(c) || c.length === 0) return;
  if (typeof c[0] === 'number') {
    if (w.i++ % 8 === 0) w.points.push(c as number[]);
    return;
  }
  if (typeof (c[0] as unknown[])[0] === 'number') {
    let prev = NaN;
    for (const pos of c as number[][]) {
      const lon = pos[0]!;
      if (Math.abs(lon) > 179.99 || Math.abs(lon - prev) > 180) w.crosses = true;
      prev = lon;
    }
  }
  for (const child of c) walk(child, w);
}

/**
 * The projection features are streamed through once: scaled so they span about REFERENCE
 * units (measured on a sample of their points, no pass through the spherical pipeline),
 * with adaptive resampling tuned to that scale. d3's spherical clip (which tests every polygon
 * against the pole) is skipped only for Mercator and Equal Earth when no ring reaches the
 * antimeridian: then it would cut nothing. Rings must already be wound as d3 reads them.
 */
export function referenceProjection(name: ProjectionName, features: readonly Feature[]): Fittable {
  const p = make(name) as Scalable;
  p.scale(1).translate([0, 0]);
  const w: Walk = { points: [], i: 0, crosses: false };
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'GeometryCollection')
      for (const part of g.geometries) walk(part.type === 'GeometryCollection' ? [] : part.coordinates, w);
    else if (g) walk(g.coordinates, w);
  }
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const pt of w.points) {
    const xy = p([pt[0]!, pt[1]!]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    [x0, y0, x1, y1] = [Math.min(x0, xy[0]), Math.min(y0, xy[1]), Math.max(x1, xy[0]), Math.max(y1, xy[1])];
  }
  const span = Math.max(x1 - x0, y1 - y0);
  const k = Number.isFinite(span) && span > 0 ? REFERENCE / span : 1;
  p.scale(k).translate(Number.isFinite(span) ? [-k * x0, -k * y0] : [0, 0]);
  p.precision?.(PRECISION);
  if (!w.crosses && (name === 'mercator' || name === 'equal-earth'))
    (p as unknown as GeoProjection).preclip((stream) => stream);
  return p;
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
  fitted(width: number, height: number, margin?: number): Transform;
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
    fitted(width, height, margin = 4) {
      const m = Math.min(margin, width / 4, height / 4);
      const k = Math.min((width - 2 * m) / bw, (height - 2 * m) / bh);
      return {
        k,
        x: m + (width - 2 * m - k * bw) / 2 - k * x0,
        y: m + (height - 2 * m - k * bh) / 2 - k * y0,
      };
    },
  };
}
