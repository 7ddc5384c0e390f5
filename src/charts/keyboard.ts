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
  const s = visible[c.s] ? c.s : Math.max(0, visible.indexOf(true));
  const at = (next: number) => ({ p: Math.min(periods - 1, Math.max(0, next)), s });
  const seriesStep = (dir: number) => {
    for (let k = c.s + dir; k >= 0 && k < visible.length; k += dir) if (visible[k]) return { p, s: k };
    return { p, s: c.s };
  };
  // A first Left or Right press lands on the starting period rather than stepping past it.
  const periodFor: Record<string, number> = {
    ArrowRight: c.p < 0 ? p : p + 1,
    ArrowLeft: c.p < 0 ? p : p - 1,
    PageUp: p - page,
    PageDown: p + page,
    Home: 0,
    End: periods - 1,
  };
  if (Object.hasOwn(periodFor, key)) return at(periodFor[key]);
  if (key === 'ArrowUp' || key === 'ArrowDown') return seriesStep(key === 'ArrowUp' ? -1 : 1);
  return undefined;
}

/** The period under a horizontal pixel position, clamped to the axis; -1 outside the plot. */
export function periodAt(x: number, left: number, right: number, step: number, periods: number): number {
  if (x < left - step / 2 || x > right + step / 2 || periods === 0) return -1;
  return Math.min(periods - 1, Math.max(0, Math.floor((x - left) / step)));
}
