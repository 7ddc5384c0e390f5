/**
 * Path builders whose output size follows the plot's width, not the number of points: points
 * falling in the same pixel column are reduced to the first, lowest, highest and last value
 * (the M4 reduction), so peaks survive and 100,000 points cost about as much as 1,000.
 * Strings are built in one pass with no per-point objects.
 */

const r = (v: number) => Math.round(v * 10) / 10;

/**
 * A polyline through `ys(i)` at `x0 + (i + 0.5) * step` for i in [from, to), as path text.
 * NaN values break the line (a gap, not a zero). `reverse` walks right to left, which the
 * lower edge of an area needs; `join` continues a path with L instead of M.
 */
export function polyline(
  ys: (i: number) => number,
  from: number,
  to: number,
  x0: number,
  step: number,
  reverse = false,
  join = false,
): string {
  let out = '';
  let pen = join;
  let col = NaN;
  let first = 0;
  let last = 0;
  let lo = 0;
  let hi = 0;
  // Which extreme was reached first decides the order they are drawn in.
  let loAt = 0;
  let hiAt = 0;
  let prev = NaN;
  const point = (y: number) => {
    if (y === prev) return;
    out += `${pen ? 'L' : 'M'}${col},${r(y)}`;
    pen = true;
    prev = y;
  };
  const flush = () => {
    if (col !== col) return;
    prev = NaN;
    point(first);
    if (loAt <= hiAt) {
      point(lo);
      point(hi);
    } else {
      point(hi);
      point(lo);
    }
    point(last);
    col = NaN;
  };
  const n = to - from;
  for (let k = 0; k < n; k++) {
    const i = reverse ? to - 1 - k : from + k;
    const y = ys(i);
    if (y !== y) {
      flush();
      pen = false;
      continue;
    }
    const c = Math.round(x0 + (i + 0.5) * step);
    if (c !== col) {
      flush();
      col = c;
      first = last = lo = hi = y;
      loAt = hiAt = k;
      continue;
    }
    last = y;
    if (y < lo) {
      lo = y;
      loAt = k;
    } else if (y > hi) {
      hi = y;
      hiAt = k;
    }
  }
  flush();
  return out;
}

/** The pixel row of `row[i]` through a scale `y`; NaN (a gap) where the value is missing. */
export function scaled(row: ArrayLike<number>, y: (v: number) => number): (i: number) => number {
  return (i) => (row[i] === row[i] ? y(row[i]) : NaN);
}

/** `polyline` of raw values through a scale `y`, as a line chart draws a series (NaN: a gap). */
export function valueLine(
  row: ArrayLike<number>,
  y: (v: number) => number,
  x0: number,
  step: number,
  count = row.length,
): string {
  return polyline(scaled(row, y), 0, Math.min(count, row.length), x0, step);
}

/** A closed band between `top(i)` and `bottom(i)`: the filled shape of one stacked series. */
export function bandPath(
  top: (i: number) => number,
  bottom: (i: number) => number,
  n: number,
  x0: number,
  step: number,
): string {
  if (n === 0) return '';
  const upper = polyline(top, 0, n, x0, step);
  if (!upper) return '';
  return `${upper}${polyline(bottom, 0, n, x0, step, true, true)}Z`;
}

/**
 * Bars as one path of rectangles. When bars would be thinner than `minWidth` px they are
 * merged per pixel column, keeping the tallest extent, so the path stays bounded by the width.
 */
export function barsPath(
  top: (i: number) => number,
  bottom: (i: number) => number,
  n: number,
  x0: number,
  step: number,
  width: number,
  offset = 0,
  minWidth = 1,
): string {
  let out = '';
  if (width >= minWidth) {
    for (let i = 0; i < n; i++) {
      const t = top(i);
      const b = bottom(i);
      if (t !== t || b !== b || t === b) continue;
      const x = r(x0 + i * step + offset);
      out += `M${x},${r(b)}V${r(t)}h${r(width)}V${r(b)}Z`;
    }
    return out;
  }
  let col = NaN;
  let lo = 0;
  let hi = 0;
  const flush = () => {
    if (col === col && lo !== hi) out += `M${col},${r(hi)}V${r(lo)}h1V${r(hi)}Z`;
  };
  for (let i = 0; i < n; i++) {
    const t = top(i);
    const b = bottom(i);
    if (t !== t || b !== b) continue;
    const c = Math.floor(x0 + i * step + offset);
    const a = Math.min(t, b);
    const z = Math.max(t, b);
    if (c !== col) {
      flush();
      col = c;
      lo = a;
      hi = z;
    } else {
      if (a < lo) lo = a;
      if (z > hi) hi = z;
    }
  }
  flush();
  return out;
}
