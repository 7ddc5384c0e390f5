import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import { change } from '../../charts/summary.js';
import { formatPercent } from '../../i18n/numbers-and-dates.js';
import { cueIndex, DASHES, markerKind, markerPath } from '../../charts/cues.js';
import type { TrendLayout, TrendMode } from '../../charts/trend-layout.js';
import type { GroupedTable } from '../../charts/top-series.js';
import { t } from './pantau-complaint-trend.messages.js';
import { hatchedFill, lineWithMarks, seriesClass } from './trend-plot.js';
import { formatMeasure, valueText, type TrendModel } from './trend-model.js';

/** A small picture of a series' cue: its dash and marker, or its hatched fill. */
function swatch(s: number, mode: TrendMode): TemplateResult {
  const body =
    mode === 'line'
      ? lineWithMarks('line', 'M1,8H23', DASHES[cueIndex(s)], markerPath(markerKind(s), 12, 8, 3))
      : hatchedFill('M2,2h20v12H2Z', s);
  return html`<svg class="swatch series ${seriesClass(s)}" width="24" height="16" aria-hidden="true">
    ${body}
  </svg>`;
}

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

/** Legend entries as toggle buttons (`aria-pressed`): pressing one hides or shows its series. */
export function renderLegend(
  m: TrendModel,
  mode: TrendMode,
  onToggle: (series: string) => void,
): TemplateResult | typeof nothing {
  const key = m.measure
    ? html`<span class="measure-key"
        ><svg width="24" height="16" aria-hidden="true">
          ${lineWithMarks('measure', 'M1,8H23', '5 3', markerPath('diamond', 12, 8, 3))}</svg
        >${t(m.lang, `measure-${m.measure.kind}`)} (${t(m.lang, 'rightAxis')})</span
      >`
    : nothing;
  const toggles = m.table.series.length > 1;
  if (!toggles && !m.measure) return nothing;
  const grouped = groupedNote(m);
  return html`<div
    class="legend"
    part="legend"
    role=${toggles ? 'group' : nothing}
    aria-label=${toggles ? t(m.lang, 'legend') : nothing}
  >
    ${
      toggles
        ? m.table.series.map(
            (name, s) =>
              html`<button
                type="button"
                class="legend-item"
                aria-pressed=${m.visible[s] ? 'true' : 'false'}
                @click=${() => onToggle(name)}
              >
                ${swatch(s, mode)}<span>${m.names[s]}</span>
              </button>`,
          )
        : nothing
    }
    ${key} ${grouped ? html`<p class="other-note">${grouped}</p>` : nothing}
  </div>`;
}

/** "Lainnya: …": which series the chart summed into its last one, or '' when none were. */
export function groupedNote(m: TrendModel): string {
  const grouped = (m.table as Partial<GroupedTable>).grouped ?? [];
  return grouped.length ? t(m.lang, 'otherNote', { names: grouped.join(', ') }) : '';
}

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
  const x = l.x(p);
  const flip = x > l.width / 2;
  const pos = cssomStyle({
    left: `${Math.round(x)}px`,
    top: `${Math.round(l.top)}px`,
    transform: flip ? 'translateX(calc(-100% - 12px))' : 'translateX(12px)',
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
