/** A line or ring in rotated radians: longitudes `l`, latitudes `f`, the first `n` used. */
export interface Ring {
  l: Float64Array;
  f: Float64Array;
  n: number;
  /** Whether two neighbouring points lie more than 180° apart (it crosses the antimeridian). */
  crosses: boolean;
}

const PI = Math.PI;
const TAU = 2 * PI;

const wrapDelta = (d: number) => (d > PI ? d - TAU : d < -PI ? d + TAU : d);

/**
 * Latitude where the great circle through two points meets the antimeridian: d3-geo's
 * clipAntimeridianIntersect (ISC licence), so cut points fall where d3 puts them.
 */
function crossing(l0: number, f0: number, l1: number, f1: number): number {
  const s = Math.sin(l0 - l1);
  if (Math.abs(s) <= 1e-6) return (f0 + f1) / 2;
  const [c0, c1] = [Math.cos(f0), Math.cos(f1)];
  return Math.atan((Math.sin(f0) * c1 * Math.sin(l1) - Math.sin(f1) * c0 * Math.sin(l0)) / (c0 * c1 * s));
}

class Builder {
  l: number[] = [];
  f: number[] = [];
  push(l: number, f: number): void {
    this.l.push(l);
    this.f.push(f);
  }
  ring(shift = 0): Ring {
    const l = Float64Array.from(this.l, (v) => v + shift);
    return { l, f: Float64Array.from(this.f), n: l.length, crosses: false };
  }
}

/** The part of a closed ring (unwrapped longitudes) on one side of the meridian `at` (`keep` −1: west of it, 1: east). */
function clipHalf(l: number[], f: number[], at: number, keep: 1 | -1): Builder {
  const out = new Builder();
  const n = l.length;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const inI = (l[i]! - at) * keep >= 0;
    const inJ = (l[j]! - at) * keep >= 0;
    if (inI) out.push(l[i]!, f[i]!);
    if (inI !== inJ) out.push(at, crossing(l[i]!, f[i]!, l[j]!, f[j]!));
  }
  return out;
}

/**
 * A ring that crosses the antimeridian, cut into the pieces on each side, each closed
 * along the antimeridian (Sutherland–Hodgman on unwrapped longitudes: a concave cut may
 * leave zero-width seams on the edge, which fill nothing). A ring around a pole is closed
 * over the pole nearest its points.
 */
export function splitRing(r: Ring): Ring[] {
  const l: number[] = [r.l[0]!];
  const f: number[] = Array.from(r.f.subarray(0, r.n));
  for (let i = 1; i < r.n; i++) l.push(l[i - 1]! + wrapDelta(r.l[i]! - r.l[i - 1]!));
  const end = l[r.n - 1]! + wrapDelta(r.l[0]! - r.l[r.n - 1]!);
  if (Math.abs(end - l[0]!) > PI) {
    const mean = f.reduce((s, v) => s + v, 0) / f.length;
    const pole = mean < 0 ? -PI / 2 : PI / 2;
    l.push(end, end, l[0]!);
    f.push(f[0]!, pole, pole);
  }
  const pieces: Ring[] = [];
  let [lo, hi] = [Infinity, -Infinity];
  for (const v of l) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  // Each step moves at most π, so the ring spans at most n/2 + 1 turns: the loop counts turns
  // with a small integer, never by stepping a float that may be too large to change.
  const first = Math.floor((lo + PI) / TAU);
  const turns = Math.ceil((hi + PI) / TAU) - first;
  if (!(turns > 0 && turns <= r.n / 2 + 2)) return [];
  for (let i = 0; i < turns; i++) {
    const k = first + i;
    const west = clipHalf(l, f, k * TAU - PI, 1);
    const piece = clipHalf(west.l, west.f, k * TAU + PI, -1);
    if (piece.l.length > 2) pieces.push(piece.ring(-k * TAU));
  }
  return pieces;
}

/** A line cut where it crosses the antimeridian, each piece ending on it. */
export function splitLine(r: Ring): Ring[] {
  const pieces: Ring[] = [];
  let cur = new Builder();
  for (let i = 0; i < r.n; i++) {
    const [l1, f1] = [r.l[i]!, r.f[i]!];
    if (i && Math.abs(l1 - r.l[i - 1]!) > PI) {
      const [l0, f0] = [r.l[i - 1]!, r.f[i - 1]!];
      const side = l0 < 0 ? -PI : PI;
      const fc = crossing(l0, f0, l0 + wrapDelta(l1 - l0), f1);
      cur.push(side, fc);
      pieces.push(cur.ring());
      cur = new Builder();
      cur.push(-side, fc);
    }
    cur.push(l1, f1);
  }
  pieces.push(cur.ring());
  return pieces;
}
