/**
 * Why a feature was left out of a map: not an object; a geometry of no known type or
 * shape; a coordinate that is not a finite number; one outside the sane range (longitude
 * −360…360 and latitude −90…90 for geographic data, ±1e12 for pre-projected data); a polygon
 * ring of fewer than 4 positions; a TopoJSON arc index that points to no arc.
 */
export type InvalidReason = 'feature' | 'geometry' | 'coordinates' | 'range' | 'ring' | 'arcs';

/** A feature left out before projection, by its index in the input and its `id` when it has one. */
export interface InvalidFeature {
  index: number;
  id?: string;
  reason: InvalidReason;
}

/** Largest magnitude a pre-projected coordinate may have: far beyond any map unit, far below overflow. */
export const PLANAR_LIMIT = 1e12;
/** GeometryCollections nested deeper than this are refused (a hostile file could nest thousands). */
export const MAX_DEPTH = 8;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Check = (pos: unknown) => InvalidReason | undefined;

function positionCheck(geographic: boolean): Check {
  return (p) => {
    if (!Array.isArray(p) || p.length < 2) return 'coordinates';
    const [x, y] = p as unknown[];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
      return 'coordinates';
    if (
      geographic
        ? Math.abs(x) > 360 || Math.abs(y) > 90
        : Math.abs(x) > PLANAR_LIMIT || Math.abs(y) > PLANAR_LIMIT
    )
      return 'range';
    return undefined;
  };
}

/** The first problem of a list of positions (`min` of them at least), or undefined. */
function run(v: unknown, check: Check, min: number, short: InvalidReason): InvalidReason | undefined {
  if (!Array.isArray(v)) return 'coordinates';
  for (const p of v) {
    const bad = check(p);
    if (bad) return bad;
  }
  return v.length < min ? short : undefined;
}

/** The first problem of a list of lists (`inner` checks each), or undefined. */
function each(v: unknown, inner: (x: unknown) => InvalidReason | undefined): InvalidReason | undefined {
  if (!Array.isArray(v)) return 'coordinates';
  for (const x of v) {
    const bad = inner(x);
    if (bad) return bad;
  }
  return undefined;
}

function geometryProblem(g: Record<string, unknown>, check: Check, depth: number): InvalidReason | undefined {
  const c = g.coordinates;
  const line = (x: unknown) => run(x, check, 2, 'coordinates');
  const polygon = (x: unknown) => each(x, (r) => run(r, check, 4, 'ring'));
  switch (g.type) {
    case 'Point':
      return check(c);
    case 'MultiPoint':
      return run(c, check, 0, 'coordinates');
    case 'LineString':
      return line(c);
    case 'MultiLineString':
      return each(c, line);
    case 'Polygon':
      return polygon(c);
    case 'MultiPolygon':
      return each(c, polygon);
    case 'GeometryCollection':
      if (depth >= MAX_DEPTH || !Array.isArray(g.geometries)) return 'geometry';
      return each(g.geometries, (x) => (isObject(x) ? geometryProblem(x, check, depth + 1) : 'geometry'));
    default:
      return 'geometry';
  }
}

/**
 * Why a geometry cannot be projected, or undefined when it can: every position a pair of
 * finite numbers within range, every ring closed over at least 4 positions, lines of at
 * least 2. A `null` geometry is allowed (a region without a shape, as GeoJSON permits).
 */
export function geometryIssue(g: unknown, geographic: boolean): InvalidReason | undefined {
  if (g === null) return undefined;
  if (!isObject(g)) return 'geometry';
  return geometryProblem(g, positionCheck(geographic), 0);
}

/** A feature's `id` (or its properties' `id`) as short text, for the report. */
export function featureId(f: unknown): string | undefined {
  if (!isObject(f)) return undefined;
  const props = isObject(f.properties) ? f.properties : {};
  const id = f.id ?? props.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id).slice(0, 64) : undefined;
}

/** Why a feature cannot be drawn, or undefined when it can. */
export function featureIssue(f: unknown, geographic: boolean): InvalidReason | undefined {
  if (!isObject(f)) return 'feature';
  return geometryIssue(f.geometry ?? null, geographic);
}
