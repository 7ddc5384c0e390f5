/** Where keyboard focus sits on a time chart: a period and a series. */
export interface ChartCursor {
  p: number;
  s: number;
}

/**
 * The cursor after a key press on a plot, or undefined for keys the plot does not handle.
 * Left/Right step a period, PageUp/PageDown a tenth of the axis, Home/End jump to the ends,
 * Up/Down move between visible series (skipping hidden ones). A cursor with `p < 0` starts
 * at the last period, the one readers usually ask about.
 */
export function moveCursor(
  key: string,
  c: ChartCursor,
  periods: number,
  visible: readonly boolean[],
): ChartCursor | undefined {
  if (periods === 0) return undefined;
  const p = c.p < 0 ? periods - 1 : c.p;
  const page = Math.max(1, Math.round(periods / 10));
  const clamp = (v: number) => Math.min(periods - 1, Math.max(0, v));
  const seriesStep = (dir: number) => {
    for (let s = c.s + dir; s >= 0 && s < visible.length; s += dir) if (visible[s]) return s;
    return c.s;
  };
  const first = visible.indexOf(true);
  const s = visible[c.s] ? c.s : Math.max(0, first);
  switch (key) {
    case 'ArrowRight':
      return { p: c.p < 0 ? p : clamp(p + 1), s };
    case 'ArrowLeft':
      return { p: c.p < 0 ? p : clamp(p - 1), s };
    case 'PageUp':
      return { p: clamp(p - page), s };
    case 'PageDown':
      return { p: clamp(p + page), s };
    case 'Home':
      return { p: 0, s };
    case 'End':
      return { p: periods - 1, s };
    case 'ArrowUp':
      return { p, s: seriesStep(-1) };
    case 'ArrowDown':
      return { p, s: seriesStep(1) };
    default:
      return undefined;
  }
}

/** The period under a horizontal pixel position, clamped to the axis; -1 outside the plot. */
export function periodAt(x: number, left: number, right: number, step: number, periods: number): number {
  if (x < left - step / 2 || x > right + step / 2 || periods === 0) return -1;
  return Math.min(periods - 1, Math.max(0, Math.floor((x - left) / step)));
}
