import { summaryFacts } from '../../charts/summary.js';
import { common } from '../../i18n/common.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
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

const SAY = {
  single: 'summarySingle',
  same: 'summarySame',
  upFromZero: 'summaryUpFromZero',
  up: 'summaryUp',
  down: 'summaryDown',
} as const;

/**
 * One sentence that says what the chart shows: the change between the last two periods of
 * the total, and the largest series in the last period.
 * `Pengaduan naik 28,3% dari 8.452 pada 2023 menjadi 10.846 pada 2024; terbanyak: agraria`.
 */
export function summarySentence(input: SummaryInput, lang: Lang): string {
  const { totals, labels } = input;
  const f = summaryFacts(totals, input.series);
  if (!f) return `${common(lang, 'noData')}.`;
  const label = (i: number) => (typeof labels === 'function' ? labels(i) : labels[i]);
  const vars: MessageVars = { s: input.subject, b: formatNumber(totals[f.last], lang), pb: label(f.last) };
  if (f.prev >= 0) Object.assign(vars, { a: formatNumber(totals[f.prev], lang), pa: label(f.prev) });
  if (f.change !== undefined) vars.pct = formatPercent(Math.abs(f.change), lang);
  const top = f.top === undefined ? '' : t(lang, 'summaryTop', { name: f.top });
  return `${t(lang, SAY[f.kind], vars)}${top}.`;
}
