import { html, nothing, type TemplateResult } from 'lit';
import { change } from '../../charts/summary.js';
import { formatPercent } from '../../i18n/numbers-and-dates.js';
import { t } from './pantau-complaint-trend.messages.js';
import type { TrendModel } from './trend-model.js';

/** The change against the previous period, for the header: an arrow (not colour alone) and the text. */
export function renderChange(m: TrendModel | undefined): TemplateResult | typeof nothing {
  const n = m ? m.totals.length : 0;
  const c = m && n > 1 ? change(m.totals[n - 2], m.totals[n - 1]) : undefined;
  if (!m || c === undefined) return nothing;
  const { lang } = m;
  const prev = m.label(n - 2);
  const pct = formatPercent(Math.abs(c), lang);
  const text =
    c === 0
      ? `= ${t(lang, 'changeSame', { prev })}`
      : `${c > 0 ? '▲' : '▼'} ${t(lang, c > 0 ? 'changeUp' : 'changeDown', { pct, prev })}`;
  return html`<span class="change" part="change">${text}</span>`;
}
