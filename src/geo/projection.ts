import {
  geoAlbersUsa,
  geoEqualEarth,
  geoIdentity,
  geoMercator,
  geoPath,
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

/**
 * A projection measured once for a set of features, then fitted to any box without another
 * pass over the coordinates: fitting only changes scale and translation, and projected
 * bounds move linearly with both (what d3's own `fitExtent` relies on).
 */
export interface PreparedFit {
  /** Height over width of the features, clamped to [0.3, 1.2]: Indonesia gets a wide box. */
  ratio: number;
  fitted(width: number, height: number, margin?: number): Fittable;
}

export function prepareFit(name: ProjectionName, features: readonly Feature[]): PreparedFit {
  const ref = fitProjection(name, features, 1000, 1000, 0) as Fittable & {
    scale(): number;
    translate(): [number, number];
  };
  const [[x0, y0], [x1, y1]] = geoPath(ref).bounds({
    type: 'FeatureCollection',
    features: features as Feature[],
  });
  const [bw, bh] = [Math.max(1e-9, x1 - x0), Math.max(1e-9, y1 - y0)];
  const [s0, [tx, ty]] = [ref.scale(), ref.translate()];
  const raw = bh / bw;
  return {
    ratio: Number.isFinite(raw) ? Math.min(1.2, Math.max(0.3, raw)) : 0.6,
    fitted(width, height, margin = 4) {
      const m = Math.min(margin, width / 4, height / 4);
      const k = Math.min((width - 2 * m) / bw, (height - 2 * m) / bh);
      const p = make(name) as Fittable & {
        scale(s: number): Fittable;
        translate(t: [number, number]): Fittable;
      };
      p.scale(s0 * k);
      p.translate([
        m + (width - 2 * m - k * bw) / 2 - k * (x0 - tx),
        m + (height - 2 * m - k * bh) / 2 - k * (y0 - ty),
      ]);
      return p;
    },
  };
}
