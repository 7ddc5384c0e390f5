import type { PeriodTable } from '../data/aggregate/period-table.js';
import { formatCompact } from '../i18n/numbers-and-dates.js';
import type { Lang } from '../i18n/lang.js';
import { annotationLayout } from './annotations.js';
import { linearScale, type LinearScale } from './linear.js';
import { polyline, scaled } from './downsample.js';
import { estimateTextWidth } from './legend-layout.js';
import { markersPath } from './cues.js';
import { markOf, type Mark, type SeriesDrawing, type TrendMode } from './marks/index.js';
import { tickLabel } from './period-label.js';
import { valueMax } from './stack.js';
import { tickIndices, tickStride, valueTicks, wholeValued } from './ticks.js';

export type { TrendMode } from './marks/index.js';

/** Font size of the axis labels, in px. */
export const FONT_SIZE = 12;

export interface TrendLayoutOptions {
  mode: TrendMode;
  visible: readonly boolean[];
  width: number;
  height: number;
  /** Language of the tick labels. */
  lang: Lang;
  /** An optional second measure on a right axis, one value per period. */
  secondary?: { values: readonly number[]; max: number; format: (v: number) => string };
  /** Annotation labels by period index, placed in rows above the plot. */
  notes?: ReadonlyMap<number, readonly string[]>;
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
  /** Pixel rows of a time tick's two label lines (period, then year). */
  xLabelY: [number, number];
  /** How the mode's series are painted: stroked lines or hatched fills. */
  paint: Mark['paint'];
  /** Every visible series as its mark draws it. */
  series: SeriesDrawing[];
  secondary?: {
    d: string;
    ticks: AxisTick[];
    /** Diamond markers at each value, when periods are far enough apart. */ marks: string;
  };
  /** Annotation labels, each over its period's line. */
  notes: TrendNote[];
  /** Pixel row of a value on the left axis. */
  y: (v: number) => number;
  /** Pixel column of the middle of period `p`. */
  x: (p: number) => number;
}

/** An annotation as drawn: a dashed line from under its label down to the baseline. */
export interface TrendNote {
  text: string;
  /** Column of the line. */
  x: number;
  /** Top of the line. */
  top: number;
  /** Where the label's text is anchored. */
  textX: number;
  textY: number;
  anchor: 'start' | 'end';
}

/**
 * The chart's geometry for a size, straight from the period table: margins, axes, ticks,
 * annotation labels and one path per series.
 */
export function trendLayout(table: PeriodTable, o: TrendLayoutOptions): TrendLayout {
  const fs = FONT_SIZE;
  const { periods: keys, period: unit, values } = table;
  const count = keys.length;
  const mark = markOf(o.mode);
  const max = valueMax(values, o.visible, count, mark.stacked);
  const whole = wholeValued(values);
  const bottom = o.height - 2.6 * fs - 8;
  // The frame depends on the room above the plot, which annotation labels may take.
  const frame = (topPad: number) => {
    const top = 10 + topPad;
    const tickCount = Math.max(2, Math.floor((bottom - top) / 40));
    const y = linearScale([0, max > 0 ? max : 1], [bottom, top], tickCount);
    const yValues = valueTicks(y.ticks(tickCount), whole);
    const yLabels = yValues.map((v) => formatCompact(v, o.lang));
    const left = Math.ceil(Math.max(...yLabels.map((l) => estimateTextWidth(l, fs)), fs) + 10);
    let right = o.width - 8;
    let y2: LinearScale | undefined;
    let ticks2: AxisTick[] = [];
    if (o.secondary) {
      const { max: max2, format } = o.secondary;
      const scale = (y2 = linearScale([0, max2], [bottom, top], 4));
      ticks2 = scale.ticks(4).map((v) => ({ pos: scale(v), label: format(v) }));
      right = o.width - Math.ceil(Math.max(...ticks2.map((t) => estimateTextWidth(t.label, fs))) + 10);
    }
    const step = (right - left) / Math.max(1, count);
    const yTicks = yValues.map((v, k) => ({ pos: y(v), label: yLabels[k] }));
    return { top, left, right, step, y, yTicks, y2, ticks2 };
  };
  let f = frame(0);
  let notes: TrendNote[] = [];
  if (o.notes?.size) {
    const entries = [...o.notes].sort((a, b) => a[0] - b[0]);
    const at = (p: number) => f.left + (p + 0.5) * f.step;
    const placed = annotationLayout(
      entries.map(([p, labels]) => ({ x: at(p), label: labels.join('; ') })),
      f.left,
      f.right,
    );
    f = frame(placed.rows * (fs + 3));
    // The extra top room may change the value axis' width; labels follow their lines.
    notes = placed.slots.map(({ row, anchor, text }, k) => {
      const x = at(entries[k][0]);
      const top = row * (fs + 3);
      return { text, x, top: top + 2, textX: anchor === 'start' ? x + 3 : x - 3, textY: top + fs, anchor };
    });
  }
  const { left, right, step, y } = f;
  const x = (p: number) => left + (p + 0.5) * step;
  const series = mark.draw({ values, visible: o.visible, count, left, step, bottom, y });
  let secondary: TrendLayout['secondary'];
  if (o.secondary && f.y2) {
    const ys = scaled(o.secondary.values, f.y2);
    secondary = {
      ticks: f.ticks2,
      d: polyline(ys, 0, count, left, step),
      marks: markersPath('diamond', ys, count, left, step),
    };
  }
  // Day ticks are sized for the widest day label, not the first one.
  const widest = unit === 'day' ? '30 Mei' : tickLabel(keys[0] ?? '2024', undefined, unit, o.lang)[0];
  const stride = tickStride(count, right - left, estimateTextWidth(widest, fs) + 4, unit);
  let prev: string | undefined;
  const xTicks = tickIndices(keys, unit, stride).map((i) => {
    const t = { pos: x(i), lines: tickLabel(keys[i], prev, unit, o.lang) };
    prev = keys[i];
    return t;
  });
  return {
    width: o.width,
    height: o.height,
    left,
    top: f.top,
    right,
    bottom,
    step,
    yTicks: f.yTicks,
    xTicks,
    xLabelY: [bottom + (fs + 2) + 2, bottom + 2 * (fs + 2) + 2],
    paint: mark.paint,
    series,
    secondary,
    notes,
    y,
    x,
  };
}
