import { html, nothing, type TemplateResult } from 'lit';
import type { TrendLayout } from '../../charts/trend-layout.js';
import { cssomStyle } from '../shared/cssom-style.js';
import { t } from './pantau-complaint-trend.messages.js';
import { swatch } from './trend-cues.js';
import { formatMeasure, valueText, type TrendModel } from './trend-model.js';

function tooltipRow(cls: string, cue: unknown, name: string, value: string): TemplateResult {
  return html`<tr class=${cls}>
    <td>${cue}</td>
    <td>${name}</td>
    <td class="num">${value}</td>
  </tr>`;
}

/** The tooltip at the active period: every visible series, the total and the second measure. */
export function renderTooltip(
  l: TrendLayout,
  m: TrendModel,
  p: number,
  focusSeries: number,
): TemplateResult | typeof nothing {
  if (p < 0 || p >= m.table.periods.length) return nothing;
  // An HTML overlay pinned to the period's column, opening away from the nearer edge.
  const x = l.x(p);
  const pos = cssomStyle({
    left: `${Math.round(x)}px`,
    top: `${Math.round(l.top)}px`,
    transform: x > l.width / 2 ? 'translateX(calc(-100% - 12px))' : 'translateX(12px)',
  });
  const { shown } = m;
  const measure = m.measure;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${pos}>
    <div class="tooltip-title">${m.label(p)}</div>
    <table>
      ${shown.map((s) =>
        tooltipRow(
          s === focusSeries ? 'current' : '',
          swatch(s, 'line'),
          m.names[s],
          valueText(m.table.values[s][p], m.lang),
        ),
      )}
      ${shown.length > 1 ? tooltipRow('sum', nothing, t(m.lang, 'total'), valueText(m.totals[p], m.lang)) : nothing}
      ${
        measure && measure.values[p] === measure.values[p]
          ? tooltipRow(
              '',
              nothing,
              t(m.lang, `measure-${measure.kind}`),
              formatMeasure(measure.kind, measure.values[p], m.lang),
            )
          : nothing
      }
    </table>
  </div>`;
}
