import { trendLayout, type TrendLayout, type TrendMode } from '../../charts/trend-layout.js';
import { indexOfKey, keyOfIndex, periodIndex } from '../../time/periods.js';
import { capped } from '../shared/text-cap.js';
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
  /** Annotation labels by period index, for the live region and tooltip. */
  notesAt: Map<number, string[]>;
}

/** Geometry for the current size: the chart layout with its annotation labels. */
export function computeView(
  m: TrendModel,
  mode: TrendMode,
  width: number,
  height: number,
  annotations: readonly TrendAnnotation[],
  timeZone: string,
): TrendView {
  const { table, lang, measure } = m;
  const { periods, period } = table;
  const notesAt = new Map<number, string[]>();
  const first = periods.length ? indexOfKey(periods[0], period) : NaN;
  for (const a of annotations) {
    const i = periodIndex(a.date, period, timeZone);
    const p = i - first;
    // An unreadable date (NaN) or one outside the data has no period.
    if (p === p && periods[p] === keyOfIndex(i, period))
      notesAt.set(p, [...(notesAt.get(p) ?? []), capped(a.label)]);
  }
  const layout = trendLayout(table, {
    mode,
    visible: m.visible,
    width,
    height,
    lang,
    secondary: measure && {
      values: measure.values,
      max: measure.kind === 'on-time' ? 1 : measure.values.reduce((a, v) => (v > a ? v : a), 1),
      format: (v) => formatMeasure(measure.kind, v, lang),
    },
    notes: notesAt,
  });
  return { model: m, layout, notesAt };
}
