import { formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';

/** What a summary sentence is made from, already labelled in the reader's language. */
export interface SummaryInput {
  /** The noun for what is counted, capitalised: `Pengaduan`, `Complaints`. */
  subject: string;
  /** Period labels, oldest first, or a function giving the label of a period (only two are read). */
  labels: readonly string[] | ((i: number) => string);
  /** Total per period (NaN = no data). */
  totals: ArrayLike<number>;
  /** Series names and their values in the last period, when there are several series. */
  series?: readonly { name: string; last: number }[];
}

const WORDS = {
  id: {
    up: '{s} naik {pct} dari {a} pada {pa} menjadi {b} pada {pb}',
    upFromZero: '{s} naik dari {a} pada {pa} menjadi {b} pada {pb}',
    down: '{s} turun {pct} dari {a} pada {pa} menjadi {b} pada {pb}',
    same: '{s} tetap {b} pada {pa} dan {pb}',
    single: '{s} pada {pb}: {b}',
    top: '; terbanyak: {name}',
    none: 'Belum ada data.',
  },
  en: {
    up: '{s} rose {pct} from {a} in {pa} to {b} in {pb}',
    upFromZero: '{s} rose from {a} in {pa} to {b} in {pb}',
    down: '{s} fell {pct} from {a} in {pa} to {b} in {pb}',
    same: '{s} stayed at {b} in {pa} and {pb}',
    single: '{s} in {pb}: {b}',
    top: '; largest: {name}',
    none: 'No data yet.',
  },
} as const;

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** The relative change from `a` to `b`, or undefined when it is not defined (a is 0 or missing). */
export function change(a: number, b: number): number | undefined {
  if (!(a === a) || !(b === b) || a === 0) return undefined;
  return (b - a) / Math.abs(a);
}

/**
 * One sentence that says what the chart shows: the change between the last two periods of
 * the total, and the largest series in the last period.
 * `Pengaduan naik 28,3% dari 8.452 pada 2023 menjadi 10.846 pada 2024; terbanyak: agraria`.
 */
export function summarySentence(input: SummaryInput, lang: Lang): string {
  const w = WORDS[lang];
  let last = -1;
  for (let i = input.totals.length - 1; i >= 0; i--)
    if (input.totals[i] === input.totals[i]) {
      last = i;
      break;
    }
  if (last < 0) return w.none;
  let prev = -1;
  for (let i = last - 1; i >= 0; i--)
    if (input.totals[i] === input.totals[i]) {
      prev = i;
      break;
    }
  const b = input.totals[last];
  const { labels } = input;
  const label = (i: number) => (typeof labels === 'function' ? labels(i) : labels[i]);
  const vars: Record<string, string> = { s: input.subject, b: formatNumber(b, lang), pb: label(last) };
  let text: string;
  if (prev < 0) text = fill(w.single, vars);
  else {
    const a = input.totals[prev];
    Object.assign(vars, { a: formatNumber(a, lang), pa: label(prev) });
    const c = change(a, b);
    if (a === b) text = fill(w.same, vars);
    else if (c === undefined) text = fill(w.upFromZero, vars);
    else text = fill(c > 0 ? w.up : w.down, { ...vars, pct: formatPercent(Math.abs(c), lang) });
  }
  const series = input.series ?? [];
  if (series.length > 1) {
    const top = series.reduce((m, s) => (s.last > m.last ? s : m), series[0]);
    if (top.last > 0) text += fill(w.top, { name: top.name });
  }
  return `${text}.`;
}
