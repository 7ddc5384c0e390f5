import type { PlanarFeature } from './planar.js';

/**
 * Planar features packed into six typed arrays, one after another: a map keeps its projected
 * regions for every later size, and 3,231 counties as separate arrays and objects were
 * about 1.5 MB of JS heap (three arrays, their buffers and six numbers each).
 */
export class PackedPlanar {
  readonly length: number;
  private readonly xy: Float32Array;
  private readonly ends: Uint32Array;
  private readonly kinds: Uint8Array;
  /** Where feature i's points and rings start (one more entry than features). */
  private readonly points: Uint32Array;
  private readonly rings: Uint32Array;
  /** x0, y0, x1, y1, cx, cy of each feature. */
  private readonly box: Float64Array;

  constructor(all: readonly PlanarFeature[]) {
    const n = (this.length = all.length);
    this.points = new Uint32Array(n + 1);
    this.rings = new Uint32Array(n + 1);
    this.box = new Float64Array(6 * n);
    all.forEach((f, i) => {
      this.points[i + 1] = this.points[i]! + f.xy.length / 2;
      this.rings[i + 1] = this.rings[i]! + f.ends.length;
      this.box.set([f.x0, f.y0, f.x1, f.y1, f.cx, f.cy], 6 * i);
    });
    this.xy = new Float32Array(2 * this.points[n]!);
    this.ends = new Uint32Array(this.rings[n]!);
    this.kinds = new Uint8Array(this.rings[n]!);
    all.forEach((f, i) => {
      this.xy.set(f.xy, 2 * this.points[i]!);
      this.ends.set(f.ends, this.rings[i]!);
      this.kinds.set(f.kinds, this.rings[i]!);
    });
  }

  /** How many points feature i has: none, and it draws nothing. */
  pointCount(i: number): number {
    return this.points[i + 1]! - this.points[i]!;
  }

  /** Feature i's x0, y0, x1, y1, cx or cy (k = 0 … 5). */
  measure(i: number, k: number): number {
    return this.box[6 * i + k]!;
  }

  /** Feature i, as views on the packed arrays (ring ends stay relative to the feature). */
  at(i: number): PlanarFeature {
    const [p0, p1, r0, r1] = [this.points[i]!, this.points[i + 1]!, this.rings[i]!, this.rings[i + 1]!];
    const b = this.box.subarray(6 * i, 6 * i + 6);
    return {
      xy: this.xy.subarray(2 * p0, 2 * p1),
      ends: this.ends.subarray(r0, r1),
      kinds: this.kinds.subarray(r0, r1),
      x0: b[0]!,
      y0: b[1]!,
      x1: b[2]!,
      y1: b[3]!,
      cx: b[4]!,
      cy: b[5]!,
    };
  }
}
