// d3-geo's full spherical pipeline as the oracle for pantau's planar projector: the same
// features drawn both ways at the same size must agree within a pixel.
import { geoAlbersUsa, geoEqualEarth, geoIdentity, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { shapesAt, type ProjectedShape } from '../../src/geo/projection/paths.js';
import { projectPlanar, type PlanarFeature } from '../../src/geo/projection/planar.js';
import {
  fitPlanar,
  referenceProjector,
  type ProjectionName,
  type Transform,
} from '../../src/geo/projection/projection.js';
import { rewindFeatures } from '../../src/geo/projection/winding.js';

export interface Drawn {
  shapes: ProjectedShape[];
  transform: Transform;
}

/** pantau's way: project once at the reference scale, then fit a box. */
export function drawPlanar(name: ProjectionName, features: readonly Feature[], w: number, h: number): Drawn {
  const planar: PlanarFeature[] = [];
  projectPlanar(features, referenceProjector(name, features), planar);
  const transform = fitPlanar(planar).fitted(w, h);
  const shapes: ProjectedShape[] = [];
  shapesAt(planar, transform, shapes);
  return { shapes, transform };
}

function d3Projection(name: ProjectionName): GeoProjection {
  if (name === 'albers-usa') return geoAlbersUsa() as unknown as GeoProjection;
  if (name === 'none') return geoIdentity() as unknown as GeoProjection;
  return name === 'equal-earth' ? geoEqualEarth() : geoMercator();
}

/**
 * d3's way: rewound features, fitted with fitExtent and the same 4 px margin. Its precision
 * is set to match pantau's at this size (0.5 units at the reference scale), so both insert
 * the same resampling points and their vertices can be compared one by one.
 */
export function drawD3(name: ProjectionName, features: readonly Feature[], w: number, h: number, k: number) {
  const rewound = rewindFeatures(features).features;
  const p = d3Projection(name);
  if (name !== 'none') p.precision(0.5 * k);
  const m = Math.min(4, w / 4, h / 4);
  const fc: FeatureCollection = { type: 'FeatureCollection', features: rewound };
  p.fitExtent(
    [
      [m, m],
      [w - m, h - m],
    ],
    fc,
  );
  const path = geoPath(p);
  return { path, features: rewound, bounds: path.bounds(fc) };
}

type Pt = [number, number];

/** The rings (or lines) of an SVG path of M/L/Z commands, as vertex lists. */
export function rings(d: string | null | undefined): Pt[][] {
  return (d ?? '')
    .split('M')
    .filter(Boolean)
    .map((part) =>
      [...('M' + part).matchAll(/[ML](-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g)].map((m): Pt => [
        +m[1]!,
        +m[2]!,
      ]),
    )
    .filter((r) => r.length > 0);
}

function toSegment(p: Pt, a: Pt, b: Pt): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

const CELL = 2;

/**
 * The largest distance from a vertex of `a` to the outline of `b` (its segments, rings
 * closed): how far apart two drawings of one shape are, whichever points each resampled.
 */
export function farthest(a: Pt[][], b: Pt[][]): number {
  const grid = new Map<string, [Pt, Pt][]>();
  for (const ring of b)
    ring.forEach((p, i) => {
      const q = ring[(i + 1) % ring.length]!;
      for (let x = Math.floor(Math.min(p[0], q[0]) / CELL); x <= Math.floor(Math.max(p[0], q[0]) / CELL); x++)
        for (
          let y = Math.floor(Math.min(p[1], q[1]) / CELL);
          y <= Math.floor(Math.max(p[1], q[1]) / CELL);
          y++
        ) {
          const key = `${x},${y}`;
          const cell = grid.get(key);
          if (cell) cell.push([p, q]);
          else grid.set(key, [[p, q]]);
        }
    });
  let worst = 0;
  for (const ring of a)
    for (const p of ring) {
      let best = Infinity;
      const [cx, cy] = [Math.floor(p[0] / CELL), Math.floor(p[1] / CELL)];
      for (let i = -1; i <= 1; i++)
        for (let j = -1; j <= 1; j++)
          for (const [s, t] of grid.get(`${cx + i},${cy + j}`) ?? [])
            best = Math.min(best, toSegment(p, s, t));
      worst = Math.max(worst, best);
    }
  return worst;
}

/** The area a nonzero fill covers, for rings wound consistently (holes against exteriors). */
export function areaOf(rs: Pt[][]): number {
  let sum = 0;
  for (const r of rs)
    r.forEach((p, i) => (sum += p[0] * r[(i + 1) % r.length]![1] - r[(i + 1) % r.length]![0] * p[1]));
  return Math.abs(sum / 2);
}

/** The length of every ring's outline. */
export function perimeterOf(rs: Pt[][]): number {
  let sum = 0;
  for (const r of rs)
    r.forEach(
      (p, i) => (sum += Math.hypot(r[(i + 1) % r.length]![0] - p[0], r[(i + 1) % r.length]![1] - p[1])),
    );
  return sum;
}

/** Bounds [[x0, y0], [x1, y1]] of a list of vertices. */
export function boundsOf(pts: Pt[]): [[number, number], [number, number]] {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/**
 * Compares every feature drawn both ways: every vertex of each within `tol` px of the
 * other's outline (both directions; with `seams`, only d3's vertices, since pantau's cut
 * rings may run along the antimeridian twice where d3 joined the pieces), the same
 * features empty, the same filled area (outlines a quarter pixel apart on average) and
 * centroids within `tol` px.
 */
export function compare(
  name: ProjectionName,
  features: readonly Feature[],
  w: number,
  h: number,
  { tol = 1, seams = false } = {},
) {
  const ours = drawPlanar(name, features, w, h);
  const d3 = drawD3(name, features, w, h, ours.transform.k);
  let worst = 0;
  const problems: string[] = [];
  d3.features.forEach((f, i) => {
    const a = rings(ours.shapes[i]?.d);
    const b = rings(d3.path(f));
    if (!a.length || !b.length) {
      if (a.length !== b.length) problems.push(`feature ${i}: ${a.length} vs d3 ${b.length} vertices`);
      return;
    }
    const dist = Math.max(seams ? 0 : farthest(a, b), farthest(b, a));
    worst = Math.max(worst, dist);
    if (dist > tol) problems.push(`feature ${i} (${f.id ?? ''}): outlines ${dist.toFixed(2)} px apart`);
    const area = d3.path.area(f);
    // Outlines a quarter pixel apart on average: 0.1 px rounding, and where d3 ends a
    // resampled stretch at a vertex that pantau does not have (the hole's cut).
    if (Math.abs(areaOf(a) - area) > Math.max(2, 0.25 * perimeterOf(b)))
      problems.push(`feature ${i}: area ${areaOf(a).toFixed(1)} vs d3 ${area.toFixed(1)} px²`);
    const [cx, cy] = d3.path.centroid(f);
    const s = ours.shapes[i]!;
    // A shape cut at the antimeridian has its pieces at opposite edges of the world, and its
    // centroid in the empty middle moves with any sliver of area: compared only when whole.
    if (!seams && (Math.abs(s.cx - cx) > tol || Math.abs(s.cy - cy) > tol))
      problems.push(`feature ${i}: centroid ${s.cx},${s.cy} vs d3 ${cx},${cy}`);
  });
  const all = ours.shapes.flatMap((s) => rings(s?.d).flat());
  return { worst, problems, bounds: all.length ? boundsOf(all) : undefined, d3Bounds: d3.bounds, ours, d3 };
}
