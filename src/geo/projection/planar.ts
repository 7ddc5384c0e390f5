import type { Feature, Geometry } from 'geojson';

// Planar output: what a projector writes (runs of points) and how it is kept (typed arrays).
// The projector (project.ts) imports this file; this file names only the one method it calls
// on a projector, so the two do not import each other.

/** Ring kinds: an open line, a closed polygon ring, a lone point. */
export const LINE = 0;
export const RING = 1;
export const POINT = 2;

export type RunKind = typeof LINE | typeof RING | typeof POINT;

/** Receives projected output: points, each run of them ended as a line, a ring or a lone point. */
export interface PlanarStream {
  point(x: number, y: number): void;
  end(kind: RunKind): void;
}

/** What streams a geometry's projected runs: project.ts's Projector. */
export interface GeometryProjector {
  geometry(g: Geometry | null, out: PlanarStream): void;
}

/**
 * One feature projected once, in the reference box's coordinates: every size on screen is
 * a linear transform of these, so a resize never runs the spherical pipeline again.
 */
export interface PlanarFeature {
  /** x, y pairs of every ring, one after another. */
  xy: Float32Array;
  /** Point index where each ring ends, and its kind (LINE, RING, POINT). */
  ends: Uint32Array;
  kinds: Uint8Array;
  /** Bounds and centroid; NaN when nothing of the feature is visible. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  cx: number;
  cy: number;
}

/** Collects a projection's output stream into typed arrays, one feature at a time. */
class PlanarSink implements PlanarStream {
  private buf = new Float64Array(1 << 14);
  private n = 0;
  private ends: number[] = [];
  private kinds: number[] = [];

  point(x: number, y: number): void {
    if (this.n + 2 > this.buf.length) {
      const bigger = new Float64Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = x;
    this.buf[this.n++] = y;
  }
  end(kind: number): void {
    this.ends.push(this.n / 2);
    this.kinds.push(kind);
  }

  take(): PlanarFeature {
    const f = measure(this.buf.subarray(0, this.n), this.ends, this.kinds);
    this.n = 0;
    this.ends = [];
    this.kinds = [];
    return f;
  }
}

/**
 * Bounds, and the centroid the way d3's geoPath computes it: area-weighted over rings,
 * else length-weighted over lines, else the mean of points.
 */
function measure(src: Float64Array, endList: number[], kindList: number[]): PlanarFeature {
  const ends = Uint32Array.from(endList);
  const kinds = Uint8Array.from(kindList);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  let [ax, ay, aw] = [0, 0, 0];
  let start = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r]!;
    const ring = kinds[r] === RING;
    for (let i = start; i < end; i++) {
      const x = src[2 * i]!;
      const y = src[2 * i + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (!ring) continue;
      const j = i + 1 < end ? i + 1 : start;
      const u = src[2 * j]!;
      const v = src[2 * j + 1]!;
      const z = x * v - u * y;
      ax += z * (x + u);
      ay += z * (y + v);
      aw += 3 * z;
    }
    start = end;
  }
  const [cx, cy] = aw ? [ax / aw, ay / aw] : lineCentroid(src, ends, kinds);
  if (x0 > x1) x0 = y0 = x1 = y1 = NaN;
  return { xy: new Float32Array(src), ends, kinds, x0, y0, x1, y1, cx, cy };
}

/** Without area, d3's centroid weighs segments by length, else averages the points. */
function lineCentroid(src: Float64Array, ends: Uint32Array, kinds: Uint8Array): [number, number] {
  let [lx, ly, lw, px, py, pn] = [0, 0, 0, 0, 0, 0];
  let start = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r]!;
    for (let i = start; i < end; i++) {
      const [x, y] = [src[2 * i]!, src[2 * i + 1]!];
      px += x;
      py += y;
      pn++;
      const j = i + 1 < end ? i + 1 : kinds[r] === RING ? start : -1;
      if (j < 0 || j === i) continue;
      const [u, v] = [src[2 * j]!, src[2 * j + 1]!];
      const len = Math.sqrt((u - x) * (u - x) + (v - y) * (v - y));
      lx += len * (x + u) * 0.5;
      ly += len * (y + v) * 0.5;
      lw += len;
    }
    start = end;
  }
  return lw ? [lx / lw, ly / lw] : [px / pn, py / pn];
}

let sink: PlanarSink | undefined;

/** Projects features `from` (inclusive) to `to` (exclusive) into `out`. */
export function projectPlanar(
  features: readonly Feature[],
  projector: GeometryProjector,
  out: PlanarFeature[],
  from = 0,
  to = features.length,
): void {
  // One sink for every call: its buffer grows once, instead of being allocated per batch.
  sink ??= new PlanarSink();
  for (let i = from; i < to; i++) {
    projector.geometry(features[i]!.geometry, sink);
    out[i] = sink.take();
  }
}
