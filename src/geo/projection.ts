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
 * Height over width of the features under a projection, so a wide country (Indonesia is
 * about 2.6 times wider than tall) gets a wide box, clamped to [min, max].
 */
export function aspectRatio(
  name: ProjectionName,
  features: readonly Feature[],
  min = 0.3,
  max = 1.2,
): number {
  const p = fitProjection(name, features, 1000, 1000, 0);
  const [[x0, y0], [x1, y1]] = geoPath(p).bounds({
    type: 'FeatureCollection',
    features: features as Feature[],
  });
  const ratio = (y1 - y0) / Math.max(1e-9, x1 - x0);
  return Number.isFinite(ratio) ? Math.min(max, Math.max(min, ratio)) : 0.6;
}
