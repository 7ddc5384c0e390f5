import { formatCompact, formatNumber, formatPercent, formatRupiah } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { common } from '../../i18n/common.js';
import { t } from './pantau-stat.messages.js';

/** How a stat's numbers are written. */
export type StatNotation = 'standard' | 'compact' | 'rupiah';

export interface StatFigure {
  value?: number;
  previous?: number;
  label?: string;
  unit?: string;
  period?: string;
  previousPeriod?: string;
  lowerIsBetter?: boolean;
  notation?: StatNotation;
}

export type Direction = 'up' | 'down' | 'same';

/** The change from `previous` to `value`; the ratio is undefined when there is no base to divide by. */
export interface StatChange {
  direction: Direction;
  ratio?: number;
  /** Whether the change is good news, given which direction is better; undefined when unchanged. */
  good?: boolean;
}

export function statChange(value?: number, previous?: number, lowerIsBetter = false): StatChange | undefined {
  if (!isFiniteNumber(value) || !isFiniteNumber(previous)) return undefined;
  const direction: Direction = value > previous ? 'up' : value < previous ? 'down' : 'same';
  // Divided before subtracting, so values near ±1e308 do not overflow to an infinite percent.
  const r = previous === 0 ? undefined : Math.abs(value / Math.abs(previous) - Math.sign(previous));
  const ratio = r !== undefined && Number.isFinite(r) ? r : undefined;
  const good = direction === 'same' ? undefined : (direction === 'down') === lowerIsBetter;
  return { direction, ratio, good };
}

export function formatStatNumber(value: number, lang: Lang, notation: StatNotation = 'standard'): string {
  if (notation === 'rupiah') return formatRupiah(value, lang);
  if (notation === 'compact') return formatCompact(value, lang);
  return formatNumber(value, lang);
}

/** The change as the card writes it: the percent (" 28,3%", empty without a base) and "dari 8.452 pada 2023". */
export function changeText(f: StatFigure, lang: Lang) {
  const change = statChange(f.value, f.previous, f.lowerIsBetter);
  if (!change || !isFiniteNumber(f.previous)) return undefined;
  const previous = formatStatNumber(f.previous, lang, f.notation);
  return {
    ...change,
    percent: change.ratio === undefined ? '' : ` ${formatPercent(change.ratio, lang)}`,
    from: f.previousPeriod
      ? t(lang, 'fromAt', { previous, period: f.previousPeriod })
      : t(lang, 'from', { previous }),
  };
}

/**
 * The whole figure as one sentence, as a screen reader should hear it:
 * "Laporan masyarakat: 10.846 laporan pada 2024, naik 28,3% dari 8.452 pada 2023."
 */
export function statSentence(f: StatFigure, lang: Lang): string {
  const lead = f.label ? `${f.label}: ` : '';
  if (!isFiniteNumber(f.value)) return `${lead}${common(lang, 'noData')}.`;
  let sentence = formatStatNumber(f.value, lang, f.notation) + (f.unit ? ` ${f.unit}` : '');
  if (f.period) sentence += ` ${t(lang, 'at', { period: f.period })}`;
  const change = changeText(f, lang);
  // The message keys are the directions: "naik 28,3%", "turun 25%", "tetap" (no amount).
  if (change) {
    const amount = change.direction === 'same' ? '' : change.percent;
    sentence += `, ${t(lang, change.direction)}${amount} ${change.from}`;
  }
  return `${lead}${sentence}.`;
}

export function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
