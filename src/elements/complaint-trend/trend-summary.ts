import { change } from '../../charts/summary.js';
import { common } from '../../i18n/common.js';
import { formatNumber, formatPercent } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import type { MessageVars } from '../../i18n/messages.js';
import { t } from './pantau-complaint-trend.messages.js';

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

/**
 * One sentence that says what the chart shows: the change between the last two periods of
 * the total, and the largest series in the last period.
 * `Pengaduan naik 28,3% dari 8.452 pada 2023 menjadi 10.846 pada 2024; terbanyak: agraria`.
 */
export function summarySentence(input: SummaryInput, lang: Lang): string {
  const { totals, labels } = input;
  // The last period before `end` with a known total, or -1.
  const known = (end: number) => {
    let i = end - 1;
    while (i >= 0 && !(totals[i] === totals[i])) i--;
    return i;
  };
  const last = known(totals.length);
  if (last < 0) return `${common(lang, 'noData')}.`;
  const prev = known(last);
  const b = totals[last];
  const label = (i: number) => (typeof labels === 'function' ? labels(i) : labels[i]);
  const vars: MessageVars = { s: input.subject, b: formatNumber(b, lang), pb: label(last) };
  let text: string;
  if (prev < 0) text = t(lang, 'single', vars);
  else {
    const a = totals[prev];
    Object.assign(vars, { a: formatNumber(a, lang), pa: label(prev) });
    const c = change(a, b);
    if (a === b) text = t(lang, 'same', vars);
    else if (c === undefined) text = t(lang, 'roseFromZero', vars);
    else text = t(lang, c > 0 ? 'rose' : 'fell', { ...vars, pct: formatPercent(Math.abs(c), lang) });
  }
  const series = input.series ?? [];
  if (series.length > 1) {
    const top = series.reduce((m, s) => (s.last > m.last ? s : m), series[0]);
    if (top.last > 0) text += t(lang, 'largest', { name: top.name });
  }
  return `${text}.`;
}
