import { nice, ticks } from 'd3-array';

/** A linear value → pixel map with nice bounds and round ticks. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  ticks(count: number): number[];
}

/**
 * A linear scale from `[0, max]` (or any domain) onto a pixel range, its domain extended to
 * nice round bounds for `count` ticks. d3-array's `nice` and `ticks` do the rounding; the
 * full d3-scale would add d3-interpolate, d3-color and d3-format (about 12 KB gzip) for a
 * mapping that is one line.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  count = 10,
): LinearScale {
  const [d0, d1] = nice(domain[0], domain[1], count);
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  Object.assign(scale, {
    domain: [d0, d1] as const,
    ticks: (n: number) => ticks(d0, d1, n),
  });
  return scale;
}
