import { formatNumber } from '../../i18n/format.js';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import { cueIndex, DASHES, markerKind, markerPath } from '../../charts/marks.js';
import type { TrendLayout, TrendMode } from '../../charts/trend-layout.js';
import { t } from './complaint-trend.messages.js';
import { seriesClass } from './trend-plot.js';
import { formatMeasure, headerChange, type TrendModel } from './trend-model.js';

/** A small picture of a series' cue: its dash and marker, or its hatched fill. */
function swatch(s: number, mode: TrendMode): TemplateResult {
  const body =
    mode === 'line'
      ? svg`<line class="line" x1="1" x2="23" y1="8" y2="8" stroke-dasharray=${DASHES[cueIndex(s)] || nothing}></line>
          <path class="marker" d=${markerPath(markerKind(s), 12, 8, 3)}></path>`
      : svg`<rect class="fill" x="2" y="2" width="20" height="12"></rect>
          ${cueIndex(s) ? svg`<rect class="hatch-fill" x="2" y="2" width="20" height="12" fill=${`url(#hatch-${cueIndex(s)})`}></rect>` : nothing}`;
  return html`<svg
    class=${`swatch series ${seriesClass(s)}`}
    width="24"
    height="16"
    viewBox="0 0 24 16"
    aria-hidden="true"
  >
    ${body}
  </svg>`;
}

/** The change against the previous period, for the header: an arrow (not colour alone) and the text. */
export function renderChange(m: TrendModel | undefined): TemplateResult | typeof nothing {
  const c = m ? headerChange(m) : undefined;
  if (!c) return nothing;
  return html`<span class="change" part="change"
    >${c.dir === 'up' ? '▲' : c.dir === 'down' ? '▼' : '='} ${c.text}</span
  >`;
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
          <path class="measure" d="M1,8H23" stroke-dasharray="5 3"></path>
          <path class="measure-marker" d=${markerPath('diamond', 12, 8, 3)}></path></svg
        >${t(m.lang, `measure-${m.measure.kind}`)} (${t(m.lang, 'rightAxis')})</span
      >`
    : nothing;
  if (m.table.series.length < 2)
    return m.measure ? html`<div class="legend" part="legend">${key}</div>` : nothing;
  return html`<div class="legend" part="legend" role="group" aria-label=${t(m.lang, 'legend')}>
    ${m.table.series.map(
      (name, s) =>
        html`<button
          type="button"
          class="legend-item"
          aria-pressed=${m.visible[s] ? 'true' : 'false'}
          @click=${() => onToggle(name)}
        >
          ${swatch(s, mode)}<span>${m.names[s]}</span>
        </button>`,
    )}
    ${key}
  </div>`;
}

/** The tooltip at the active period: every visible series, the total and the second measure. */
export function renderTooltip(
  l: TrendLayout,
  m: TrendModel,
  p: number,
  focusSeries: number,
): TemplateResult | typeof nothing {
  if (p < 0 || p >= m.table.periods.length) return nothing;
  const x = l.left + (p + 0.5) * l.step;
  const flip = x > l.width / 2;
  const pos = cssomStyle({
    left: `${Math.round(x)}px`,
    top: `${Math.round(l.top)}px`,
    transform: flip ? 'translateX(calc(-100% - 12px))' : 'translateX(12px)',
  });
  const shown = m.table.series.map((_, s) => s).filter((s) => m.visible[s]);
  const val = (v: number) => (v === v ? formatNumber(v, m.lang) : '–');
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${pos}>
    <div class="tooltip-title">${m.label(p)}</div>
    <table>
      ${shown.map(
        (s) =>
          html`<tr class=${s === focusSeries ? 'current' : ''}>
            <td>${swatch(s, 'line')}</td>
            <td>${m.names[s]}</td>
            <td class="num">${val(m.table.values[s][p])}</td>
          </tr>`,
      )}
      ${
        shown.length > 1
          ? html`<tr class="sum">
              <td></td>
              <td>${t(m.lang, 'total')}</td>
              <td class="num">${val(m.totals[p])}</td>
            </tr>`
          : nothing
      }
      ${
        m.measure && m.measure.values[p] === m.measure.values[p]
          ? html`<tr>
              <td></td>
              <td>${t(m.lang, `measure-${m.measure.kind}`)}</td>
              <td class="num">${formatMeasure(m.measure.kind, m.measure.values[p], m.lang)}</td>
            </tr>`
          : nothing
      }
    </table>
  </div>`;
}
