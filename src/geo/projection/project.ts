import type { Geometry, Position } from 'geojson';
import { splitLine, splitRing, type Ring } from './antimeridian.js';
import { LINE, POINT, RING, type GeometryProjector, type PlanarStream, type RunKind } from './planar.js';
import type { Part } from './projectors.js';

const RAD = Math.PI / 180;
const TAU = 2 * Math.PI;
const EPS = 1e-6;
const MAX_DEPTH = 16;
const COS_MIN_DISTANCE = Math.cos(30 * RAD);

/**
 * Projects GeoJSON geometry onto the plane as d3-geo's projection stream does, without
 * its generic pipeline: each ring is rotated, cut at the antimeridian only when it crosses
 * it, and resampled adaptively along great circles with d3's own rule and `precision`
 * (in output units), so the output matches d3's within a fraction of a unit.
 */
export class Projector implements GeometryProjector {
  private part!: Part;
  private readonly delta2: number;
  private px = 0;
  private py = 0;
  private out!: PlanarStream;

  constructor(
    private readonly parts: readonly Part[],
    precision: number,
  ) {
    this.delta2 = parts[0]?.raw ? precision * precision : 0;
  }

  /** The part that draws a geometry: the first whose box holds its first point. */
  partOf(g: Geometry | null): Part | undefined {
    let first: Position | undefined;
    if (g) eachRun(g, (run) => (first ??= run[0]));
    if (!first) return undefined;
    if (this.parts.length === 1) return this.parts[0];
    for (const p of this.parts) {
      this.part = p;
      this.projectPosition(first);
      const b = p.box!;
      if (this.px >= b[0] && this.px <= b[2] && this.py >= b[1] && this.py <= b[3]) return p;
    }
    return undefined;
  }

  /**
   * Bounds of a sample of the features' positions (about `perRing` of each ring or line),
   * projected: enough to choose a reference scale, at a small fraction of a full pass.
   */
  sampleBounds(geometries: Iterable<Geometry | null>, perRing: number): [number, number, number, number] {
    const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const g of geometries) {
      const part = this.partOf(g);
      if (!part || !g) continue;
      this.part = part;
      eachRun(g, (line) => {
        const stride = Math.max(1, Math.floor(line.length / perRing));
        for (let i = 0; i < line.length; i += stride) {
          this.projectPosition(line[i]!);
          if (!Number.isFinite(this.px) || !Number.isFinite(this.py)) continue;
          if (this.px < b[0]) b[0] = this.px;
          if (this.py < b[1]) b[1] = this.py;
          if (this.px > b[2]) b[2] = this.px;
          if (this.py > b[3]) b[3] = this.py;
        }
      });
    }
    return b;
  }

  /** Streams one geometry into `out`. */
  geometry(g: Geometry | null, out: PlanarStream): void {
    const part = this.partOf(g);
    if (!part || !g) return;
    this.part = part;
    this.out = out;
    this.stream(g);
  }

  /** Projected x, y of an input position (degrees, or planar units without a raw formula), into px, py. */
  private projectPosition(pos: Position): void {
    if (this.part.raw) this.project(wrap(pos[0]! * RAD + this.part.rotate), pos[1]! * RAD);
    else this.project(pos[0]!, pos[1]!);
  }

  /** Projected x, y of a rotated position (radians), into px, py. */
  private project(l: number, f: number): void {
    const p = this.part;
    if (!p.raw) {
      this.px = p.x + p.k * l;
      this.py = p.y + p.k * f;
      return;
    }
    const xy = p.raw(l, f);
    const y = p.maxY ? Math.max(-p.maxY, Math.min(p.maxY, xy[1])) : xy[1];
    this.px = p.x + p.k * xy[0];
    this.py = p.y - p.k * y;
  }

  private stream(g: Geometry): void {
    eachRun(g, (run, kind) => {
      // A point is a one-point run: it never crosses anything and has nothing to resample.
      const r = this.rotated(run, kind === RING);
      for (const piece of r.crosses ? (kind === RING ? splitRing : splitLine)(r) : [r])
        this.emit(piece, kind);
    });
  }

  /** A line or ring in rotated radians (a closed ring without its repeated last point). */
  private rotated(coords: Position[], closed: boolean): Ring {
    let n = coords.length;
    const last = coords[n - 1];
    if (closed && n > 1 && last![0] === coords[0]![0] && last![1] === coords[0]![1]) n--;
    if (ring.l.length < n) [ring.l, ring.f] = [new Float64Array(2 * n), new Float64Array(2 * n)];
    const { l, f } = ring;
    const planar = !this.part.raw;
    const rot = this.part.rotate;
    let crosses = false;
    for (let i = 0; i < n; i++) {
      const pos = coords[i]!;
      l[i] = planar ? pos[0]! : wrap(pos[0]! * RAD + rot);
      f[i] = planar ? pos[1]! : pos[1]! * RAD;
      if (i && !planar && Math.abs(l[i]! - l[i - 1]!) > Math.PI) crosses = true;
    }
    if (closed && n > 1 && !planar && Math.abs(l[0]! - l[n - 1]!) > Math.PI) crosses = true;
    ring.n = n;
    ring.crosses = crosses;
    return ring;
  }

  /** Projects and resamples one line or ring (d3's resampleLineTo, closing rings like its ringEnd). */
  private emit(r: Ring, kind: RunKind): void {
    const { l, f, n } = r;
    if (!n) return;
    const out = this.out;
    const closed = kind === RING;
    const resample = this.delta2 > 0;
    // A resampled ring bends its closing segment too: one more step, back to the first point.
    const steps = closed && resample ? n + 1 : n;
    let x0 = NaN;
    let y0 = NaN;
    let l0 = 0;
    let a0 = 0;
    let b0 = 0;
    let c0 = 0;
    for (let i = 0; i < steps; i++) {
      const k = i < n ? i : 0;
      const li = l[k]!;
      const fi = f[k]!;
      this.project(li, fi);
      const x = this.px;
      const y = this.py;
      if (resample) {
        const cf = Math.cos(fi);
        const a = cf * Math.cos(li);
        const b = cf * Math.sin(li);
        const c = Math.sin(fi);
        this.lineTo(x0, y0, l0, a0, b0, c0, x, y, li, a, b, c, MAX_DEPTH);
        a0 = a;
        b0 = b;
        c0 = c;
      }
      if (i < n) out.point(x, y);
      x0 = x;
      y0 = y;
      l0 = li;
    }
    out.end(kind);
  }

  // Ported from d3-geo's resample.js (ISC licence, Mike Bostock): the same subdivision test.
  private lineTo(
    x0: number,
    y0: number,
    l0: number,
    a0: number,
    b0: number,
    c0: number,
    x1: number,
    y1: number,
    l1: number,
    a1: number,
    b1: number,
    c1: number,
    depth: number,
  ): void {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const d2 = dx * dx + dy * dy;
    if (!(d2 > 4 * this.delta2 && depth--)) return;
    let a = a0 + a1;
    let b = b0 + b1;
    let c = c0 + c1;
    const m = Math.sqrt(a * a + b * b + c * c);
    c /= m;
    const f2 = Math.asin(c);
    const l2 = Math.abs(Math.abs(c) - 1) < EPS || Math.abs(l0 - l1) < EPS ? (l0 + l1) / 2 : Math.atan2(b, a);
    this.project(l2, f2);
    const x2 = this.px;
    const y2 = this.py;
    const dx2 = x2 - x0;
    const dy2 = y2 - y0;
    const dz = dy * dx2 - dx * dy2;
    if (
      (dz * dz) / d2 > this.delta2 ||
      Math.abs((dx * dx2 + dy * dy2) / d2 - 0.5) > 0.3 ||
      a0 * a1 + b0 * b1 + c0 * c1 < COS_MIN_DISTANCE
    ) {
      a /= m;
      b /= m;
      this.lineTo(x0, y0, l0, a0, b0, c0, x2, y2, l2, a, b, c, depth);
      this.out.point(x2, y2);
      this.lineTo(x2, y2, l2, a, b, c, x1, y1, l1, a1, b1, c1, depth);
    }
  }
}

/** A scratch ring, reused: projection allocates per feature, not per ring. */
const ring: Ring = { l: new Float64Array(1024), f: new Float64Array(1024), n: 0, crosses: false };

/**
 * Longitude in radians wrapped to [−π, π], as d3's rotation does for rotated input. Beyond
 * one turn (input the map's checks would refuse) it wraps by remainder, which is exact for
 * any finite number: a longitude of 1e308 lands on the circle instead of staying huge.
 */
function wrap(l: number): number {
  if (l > Math.PI) return l - 2 * Math.PI <= Math.PI ? l - 2 * Math.PI : ((l + Math.PI) % TAU) - Math.PI;
  if (l < -Math.PI) return l + 2 * Math.PI >= -Math.PI ? l + 2 * Math.PI : ((l - Math.PI) % TAU) + Math.PI;
  return l;
}

/** Calls `fn` with each run of a geometry's positions: every point alone, every line, every polygon ring. */
function eachRun(g: Geometry, fn: (run: Position[], kind: RunKind) => void): void {
  switch (g.type) {
    case 'Point':
      return fn([g.coordinates], POINT);
    case 'MultiPoint':
      return g.coordinates.forEach((p) => fn([p], POINT));
    case 'LineString':
      return fn(g.coordinates, LINE);
    case 'MultiLineString':
      return g.coordinates.forEach((l) => fn(l, LINE));
    case 'Polygon':
      return g.coordinates.forEach((r) => fn(r, RING));
    case 'MultiPolygon':
      return g.coordinates.forEach((p) => p.forEach((r) => fn(r, RING)));
    case 'GeometryCollection':
      return g.geometries.forEach((c) => eachRun(c, fn));
  }
}
