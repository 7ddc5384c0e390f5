import { formatCompact } from '../../i18n/format.js';
import { annotationLayout, type AnnotationSlot } from '../../charts/annotations.js';
import { estimateTextWidth } from '../../charts/legend-layout.js';
import { tickLabel } from '../../charts/period-label.js';
import { FONT_SIZE, trendLayout, type TrendLayout, type TrendMode } from '../../charts/trend-layout.js';
import { indexOfKey, keyOfIndex, periodIndex } from '../../data/periods.js';
import { formatMeasure, type TrendModel } from './trend-model.js';

/** A note on the time axis: a new app launched, a policy changed. */
export interface TrendAnnotation {
  /** A date or period (`2024-03-01`, `2024-03`, `2024`) inside the shown range. */
  date: string;
  label: string;
}

export interface TrendView {
  /** The model this geometry was computed for. */
  model: TrendModel;
  layout: TrendLayout;
  notes: AnnotationSlot[];
  /** Annotation labels by period index, for the live region and tooltip. */
  notesAt: Map<number, string[]>;
}

/** The period index of an annotation, or -1 when its date is unreadable or outside the data. */
function annotationIndex(a: TrendAnnotation, m: TrendModel, timeZone: string): number {
  const i = periodIndex(a.date, m.table.period, timeZone);
  if (Number.isNaN(i) || !m.table.periods.length) return -1;
  const p = i - indexOfKey(m.table.periods[0], m.table.period);
  return m.table.periods[p] === keyOfIndex(i, m.table.period) ? p : -1;
}

/** Geometry for the current size: the chart layout plus placed annotation labels. */
export function computeView(
  m: TrendModel,
  mode: TrendMode,
  width: number,
  height: number,
  annotations: readonly TrendAnnotation[],
  timeZone: string,
): TrendView {
  const { table, lang } = m;
  const notesAt = new Map<number, string[]>();
  for (const a of annotations) {
    const p = annotationIndex(a, m, timeZone);
    if (p >= 0) notesAt.set(p, [...(notesAt.get(p) ?? []), a.label]);
  }
  const sample = tickLabel(table.periods[0] ?? '2024', undefined, table.period, lang)[0];
  const widest = table.period === 'day' ? '30 Mei' : sample;
  const pre = (extraTop: number) =>
    trendLayout({
      mode,
      values: table.values,
      visible: m.visible,
      width,
      height,
      format: (v) => formatCompact(v, lang),
      tickText: (i, prev) =>
        tickLabel(table.periods[i], prev === undefined ? undefined : table.periods[prev], table.period, lang),
      tickWidth: estimateTextWidth(widest, FONT_SIZE) + 4,
      unit: table.period,
      keys: table.periods,
      secondary: m.measure
        ? {
            values: m.measure.values,
            max: m.measure.kind === 'on-time' ? 1 : m.measure.values.reduce((a, v) => (v > a ? v : a), 1),
            format: (v) => formatMeasure(m.measure!.kind, v, lang),
          }
        : undefined,
      topPad: extraTop,
    });
  let layout = pre(0);
  if (!notesAt.size) return { model: m, layout, notes: [], notesAt };
  const entries = [...notesAt].sort((a, b) => a[0] - b[0]);
  const placed = annotationLayout(
    entries.map(([p, labels]) => ({ x: layout.x(p), label: labels.join('; ') })),
    layout.left,
    layout.right,
    11,
  );
  layout = pre(placed.rows * (FONT_SIZE + 3));
  // The extra top room may change the value axis' width; labels follow their lines.
  const notes = placed.slots.map((slot, k) => ({ ...slot, x: layout.x(entries[k][0]) }));
  return { model: m, layout, notes, notesAt };
}
