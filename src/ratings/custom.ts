import type { Band, Text } from './bands.js';
import type { Scheme } from './schemes.js';

/** A custom band as given by the `thresholds` property: from `min` up to the next band. */
export interface Threshold {
  min: number;
  label: string | Text;
  color?: string;
}

/** Builds a scheme from custom thresholds, best (highest `min`) first; the top band ends at 100 or its own min. */
export function customScheme(thresholds: readonly Threshold[]): Scheme {
  const sorted = [...thresholds].filter((t) => Number.isFinite(t.min)).sort((a, b) => b.min - a.min);
  const bands = sorted.map((t, i): Band => {
    const label = typeof t.label === 'string' ? { id: t.label, en: t.label } : t.label;
    const upper = i === 0 ? Math.max(100, t.min) : sorted[i - 1]!.min - 0.01;
    // Custom bands take the chart series' colours in turn, unless they bring their own.
    return {
      id: `band-${i}`,
      label,
      min: t.min,
      max: upper,
      tone: (i % 8) + 1,
      color: t.color,
      pattern: i % 5,
    };
  });
  return { id: 'custom', name: { id: 'Ambang kustom', en: 'Custom thresholds' }, bands };
}
