import { linearScale } from './linear.js';
import { barsPath, bandPath, polyline, scaled, valueLine } from './downsample.js';
import type { PeriodUnit } from './period-label.js';
import { estimateTextWidth } from './legend-layout.js';
import { markersPath } from './marks.js';
import { stackSeries, valueMax } from './stack.js';
import { tickIndices, tickStride } from './ticks.js';

export type TrendMode = 'line' | 'area' | 'bars' | 'grouped';

/** Font size of the axis labels, in px. */
export const FONT_SIZE = 12;

export interface TrendLayoutInput {
  mode: TrendMode;
  /** values[s][p]; NaN is a missing value. */
  values: readonly (readonly number[])[];
  visible: readonly boolean[];
  width: number;
  height: number;
  /** Formats a value axis tick. */
  format: (v: number) => string;
  /** Two-line label of the period at an index (second line may be empty). */
  tickText: (i: number, prev: number | undefined) => [string, string];
  /** Width in px of the widest one-line period tick label. */
  tickWidth: number;
  unit: PeriodUnit;
  /** The period keys, one per period on the axis. */
  keys: readonly string[];
  /** An optional second measure on a right axis, one value per period. */
  secondary?: { values: readonly number[]; max: number; format: (v: number) => string };
  /** Extra room above the plot (annotation labels). */
  topPad?: number;
}

export interface AxisTick {
  pos: number;
  label: string;
}

export interface TrendLayout {
  width: number;
  height: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
  /** Width of one period's band in px. */
  step: number;
  yTicks: AxisTick[];
  xTicks: { pos: number; lines: [string, string] }[];
  /** One path per visible series: a stroke in line mode, a fill otherwise. */
  paths: { series: number; d: string }[];
  secondary?: {
    d: string;
    ticks: AxisTick[];
    /** Diamond markers at each value, when periods are far enough apart. */ marks: string;
  };
  /** Pixel row of a value on the left axis. */
  y: (v: number) => number;
  /** Pixel column of the middle of period `p`. */
  x: (p: number) => number;
}

/** The chart's geometry for a size: margins, axes, ticks and one path per series. */
export function trendLayout(o: TrendLayoutInput): TrendLayout {
  const fs = FONT_SIZE;
  const count = o.keys.length;
  const stacked = o.mode === 'area' || o.mode === 'bars';
  const max = valueMax(o.values, o.visible, count, stacked);
  const top = 10 + (o.topPad ?? 0);
  const bottom = o.height - 2.6 * fs - 8;
  const tickCount = Math.max(2, Math.floor((bottom - top) / 40));
  const y = linearScale([0, max > 0 ? max : 1], [bottom, top], tickCount);
  const yTickValues = y.ticks(tickCount);
  const yLabels = yTickValues.map(o.format);
  const left = Math.ceil(Math.max(...yLabels.map((l) => estimateTextWidth(l, fs)), fs) + 10);
  let right = o.width - 8;
  let secondary: TrendLayout['secondary'];
  if (o.secondary) {
    const y2 = linearScale([0, o.secondary.max], [bottom, top], 4);
    const ticks = y2.ticks(4).map((v) => ({ pos: y2(v), label: o.secondary!.format(v) }));
    right = o.width - Math.ceil(Math.max(...ticks.map((t) => estimateTextWidth(t.label, fs))) + 10);
    const step = (right - left) / Math.max(1, count);
    const ys = scaled(o.secondary.values, y2);
    secondary = {
      ticks,
      d: polyline(ys, 0, count, left, step),
      marks: markersPath('diamond', ys, count, left, step),
    };
  }
  const step = (right - left) / Math.max(1, count);
  const x = (p: number) => left + (p + 0.5) * step;
  const paths: TrendLayout['paths'] = [];
  if (o.mode === 'line') {
    o.values.forEach((row, s) => {
      if (o.visible[s])
        paths.push({
          series: s,
          d: valueLine(row, y, left, step, count),
        });
    });
  } else if (o.mode === 'grouped') {
    const shown = o.values.map((_, s) => s).filter((s) => o.visible[s]);
    const inner = step * 0.8;
    const w = inner / Math.max(1, shown.length);
    shown.forEach((s, k) => {
      const d = barsPath(
        scaled(o.values[s], y),
        () => bottom,
        count,
        left,
        step,
        w - (w > 3 ? 1 : 0),
        step * 0.1 + k * w,
      );
      paths.push({ series: s, d });
    });
  } else {
    for (const layer of stackSeries(o.values, o.visible, count)) {
      const t = (i: number) => y(layer.upper[i]);
      const b = (i: number) => y(layer.lower[i]);
      const d =
        o.mode === 'area'
          ? bandPath(t, b, count, left, step)
          : barsPath(t, b, count, left, step, step * (step > 4 ? 0.8 : 1), step > 4 ? step * 0.1 : 0);
      paths.push({ series: layer.series, d });
    }
  }
  const stride = tickStride(count, right - left, o.tickWidth, o.unit);
  let prev: number | undefined;
  const xTicks = tickIndices(o.keys, o.unit, stride).map((i) => {
    const t = { pos: x(i), lines: o.tickText(i, prev) };
    prev = i;
    return t;
  });
  const yTicks = yTickValues.map((v, k) => ({ pos: y(v), label: yLabels[k] }));
  return {
    width: o.width,
    height: o.height,
    left,
    top,
    right,
    bottom,
    step,
    yTicks,
    xTicks,
    paths,
    secondary,
    y,
    x,
  };
}
