import { geoStream, type GeoStream } from 'd3-geo';
import type { Feature } from 'geojson';

/** Ring kinds: an open line, a closed polygon ring, a lone point. */
export const LINE = 0;
export const RING = 1;
export const POINT = 2;

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
class PlanarSink implements GeoStream {
  private buf = new Float64Array(1 << 14);
  private n = 0;
  private ends: number[] = [];
  private kinds: number[] = [];
  private inLine = false;
  private inPolygon = false;

  point(x: number, y: number): void {
    if (this.n + 2 > this.buf.length) {
      const bigger = new Float64Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = x;
    this.buf[this.n++] = y;
    if (!this.inLine) this.end(POINT);
  }
  lineStart(): void {
    this.inLine = true;
  }
  lineEnd(): void {
    this.inLine = false;
    this.end(this.inPolygon ? RING : LINE);
  }
  polygonStart(): void {
    this.inPolygon = true;
  }
  polygonEnd(): void {
    this.inPolygon = false;
  }
  sphere(): void {}

  private end(kind: number): void {
    this.ends.push(this.n / 2);
    this.kinds.push(kind);
  }

  take(): PlanarFeature {
    const f = measure(this.buf.slice(0, this.n), this.ends, this.kinds);
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
  const xy = Float32Array.from(src);
  const ends = Uint32Array.from(endList);
  const kinds = Uint8Array.from(kindList);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const acc = [0, 0, 0, 0, 0, 0, 0, 0, 0]; // area x, y, w; line x, y, w; point x, y, n
  let start = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r]!;
    for (let i = start; i < end; i++) {
      const x = xy[2 * i]!;
      const y = xy[2 * i + 1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      acc[6] += x;
      acc[7] += y;
      acc[8]++;
      const j = i + 1 < end ? i + 1 : kinds[r] === RING ? start : -1;
      if (j < 0 || j === i) continue;
      const [u, v] = [xy[2 * j]!, xy[2 * j + 1]!];
      const z = x * v - u * y;
      acc[0] += z * (x + u);
      acc[1] += z * (y + v);
      acc[2] += 3 * z;
      const len = Math.hypot(u - x, v - y);
      acc[3] += len * (x + u) * 0.5;
      acc[4] += len * (y + v) * 0.5;
      acc[5] += len;
    }
    start = end;
  }
  const [cx, cy] = acc[2]
    ? [acc[0]! / acc[2], acc[1]! / acc[2]]
    : acc[5]
      ? [acc[3]! / acc[5], acc[4]! / acc[5]]
      : [acc[6]! / acc[8]!, acc[7]! / acc[8]!];
  const none = x0 > x1;
  return {
    xy,
    ends,
    kinds,
    x0: none ? NaN : x0,
    y0: none ? NaN : y0,
    x1: none ? NaN : x1,
    y1: none ? NaN : y1,
    cx,
    cy,
  };
}

let sink: PlanarSink | undefined;

/** Streams features `from` (inclusive) to `to` (exclusive) through `stream` (a projection's) into `out`. */
export function projectPlanar(
  features: readonly Feature[],
  stream: (sink: GeoStream) => GeoStream,
  out: PlanarFeature[],
  from = 0,
  to = features.length,
): void {
  // One sink for every call: its buffer grows once, instead of being allocated per batch.
  sink ??= new PlanarSink();
  const projected = stream(sink);
  for (let i = from; i < Math.min(to, features.length); i++) {
    const f = features[i]!;
    if (f.geometry) geoStream(f, projected);
    out[i] = sink.take();
  }
}
