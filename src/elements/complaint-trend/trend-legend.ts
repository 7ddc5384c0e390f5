import { html, nothing, type TemplateResult } from 'lit';
import { markerPath } from '../../charts/cues.js';
import type { Mark } from '../../charts/marks/index.js';
import { t } from './pantau-complaint-trend.messages.js';
import { lineWithMarks, swatch } from './trend-cues.js';
import { groupedNote, type TrendModel } from './trend-model.js';

/** Legend entries as toggle buttons (`aria-pressed`): pressing one hides or shows its series. */
export function renderLegend(
  m: TrendModel,
  paint: Mark['paint'],
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
                ${swatch(s, paint)}<span>${m.names[s]}</span>
              </button>`,
          )
        : nothing
    }
    ${key} ${grouped ? html`<p class="other-note">${grouped}</p>` : nothing}
  </div>`;
}
