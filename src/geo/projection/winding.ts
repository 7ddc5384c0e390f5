import { geoArea } from 'd3-geo';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

const HEMISPHERE = 2 * Math.PI;

/**
 * d3-geo reads a spherical polygon's exterior ring clockwise; RFC 7946 files wind it
 * counter-clockwise, which d3 takes as "the globe minus this region" (area > 2π sr). No
 * real administrative region covers half the Earth, so such a polygon is reversed.
 */
function fixPolygon(rings: Position[][]): { rings: Position[][]; changed: boolean } {
  if (rings.length === 0) return { rings, changed: false };
  const polygon: Polygon = { type: 'Polygon', coordinates: rings };
  if (geoArea(polygon) <= HEMISPHERE) return { rings, changed: false };
  return { rings: rings.map((ring) => ring.slice().reverse()), changed: true };
}

/** Whether any polygon of the geometry is wound the way d3-geo reads as inverted. */
export function isInverted(geometry: Geometry | null): boolean {
  return rewindGeometry(geometry).changed;
}

/** The geometry with every inverted polygon reversed, and whether anything changed. */
export function rewindGeometry(geometry: Geometry | null): { geometry: Geometry | null; changed: boolean } {
  if (!geometry) return { geometry, changed: false };
  switch (geometry.type) {
    case 'Polygon': {
      const r = fixPolygon(geometry.coordinates);
      return { geometry: r.changed ? { ...geometry, coordinates: r.rings } : geometry, changed: r.changed };
    }
    case 'MultiPolygon': {
      const parts = geometry.coordinates.map(fixPolygon);
      const changed = parts.some((p) => p.changed);
      return {
        geometry: changed ? { ...geometry, coordinates: parts.map((p) => p.rings) } : geometry,
        changed,
      };
    }
    case 'GeometryCollection': {
      const parts = geometry.geometries.map((g) => rewindGeometry(g));
      const changed = parts.some((p) => p.changed);
      return {
        geometry: changed ? { ...geometry, geometries: parts.map((p) => p.geometry as Geometry) } : geometry,
        changed,
      };
    }
    default:
      return { geometry, changed: false };
  }
}

/**
 * Returns features that d3-geo fills correctly whatever winding their source used, and how
 * many had to be rewound. Input features are not modified.
 */
export function rewindFeatures<F extends Feature>(
  features: readonly F[],
): { features: F[]; rewound: number } {
  let rewound = 0;
  const out = features.map((f) => {
    const r = rewindGeometry(f.geometry);
    if (!r.changed) return f;
    rewound++;
    return { ...f, geometry: r.geometry } as F;
  });
  return { features: out, rewound };
}

/**
 * Whether a polygon's exterior ring runs counter-clockwise on the map (RFC 7946), which
 * d3-geo would read as the globe minus the region: the shoelace sign on longitudes
 * unwrapped across the antimeridian. A planar test, so it needs no spherical pipeline.
 */
function counterClockwise(ring: Position[] | undefined): boolean {
  if (!ring || ring.length < 3) return false;
  const first = ring[0]!;
  const [x00, y00] = [first[0]!, first[1]!];
  let [x0, y0, lon0] = [x00, y00, x00];
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i]!;
    const lon = p[0]!;
    const y1 = p[1]!;
    let dx = lon - lon0;
    if (dx > 180) dx -= 360;
    else if (dx < -180) dx += 360;
    const x1 = x0 + dx;
    sum += x0 * y1 - x1 * y0;
    x0 = x1;
    y0 = y1;
    lon0 = lon;
  }
  return sum + (x0 * y00 - x00 * y0) > 0;
}

/** How many features have a polygon wound the RFC 7946 way (as `rewindFeatures` would count them). */
export function countInverted(features: readonly Feature[]): number {
  const inverted = (g: Geometry | null): boolean => {
    if (!g) return false;
    if (g.type === 'Polygon') return counterClockwise(g.coordinates[0]);
    if (g.type === 'MultiPolygon') return g.coordinates.some((p) => counterClockwise(p[0]));
    if (g.type === 'GeometryCollection') return g.geometries.some(inverted);
    return false;
  };
  return features.filter((f) => inverted(f.geometry)).length;
}
