/** One series' extent per period after stacking: it spans `lower[p]` to `upper[p]`. */
export interface StackLayer {
  series: number;
  lower: Float64Array;
  upper: Float64Array;
}

/**
 * Stacks the visible series in their given order, first at the bottom. A missing value
 * (NaN) adds nothing to the stack, so the layers above it still sit on real numbers.
 * Typed arrays keep 100,000 periods cheap.
 */
export function stackSeries(
  values: readonly (readonly number[])[],
  visible: readonly boolean[],
  length: number,
): StackLayer[] {
  const base = new Float64Array(length);
  const layers: StackLayer[] = [];
  values.forEach((row, s) => {
    if (!visible[s]) return;
    const lower = base.slice();
    for (let p = 0; p < length; p++) {
      const v = row[p];
      if (v === v && v !== undefined) base[p] += v;
    }
    layers.push({ series: s, lower, upper: base.slice() });
  });
  return layers;
}

/** The largest stacked total, or the largest single value when `stacked` is false; at least 0. */
export function valueMax(
  values: readonly (readonly number[])[],
  visible: readonly boolean[],
  length: number,
  stacked: boolean,
): number {
  let max = 0;
  const rows = stacked ? [totals(values, visible, length)] : values.filter((_, s) => visible[s]);
  for (const row of rows) for (let p = 0; p < length; p++) if (row[p] > max) max = row[p];
  return max;
}

/** Sum of the visible series per period; NaN where every visible series is missing. */
export function totals(
  values: readonly (readonly number[])[],
  visible: readonly boolean[],
  length: number,
): Float64Array {
  const out = new Float64Array(length).fill(NaN);
  values.forEach((row, s) => {
    if (!visible[s]) return;
    for (let p = 0; p < length; p++) {
      const v = row[p];
      if (v === v && v !== undefined) out[p] = (out[p] === out[p] ? out[p] : 0) + v;
    }
  });
  return out;
}
