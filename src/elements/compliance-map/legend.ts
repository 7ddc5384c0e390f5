import { html, nothing, type TemplateResult } from 'lit';
import type { LegendRow } from '../../ratings/classify.js';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import type { MapInteraction } from './map-interaction.js';
import type { MapModel } from './map-model.js';
import { t } from './pantau-compliance-map.messages.js';
import { patternId } from './map-svg.js';
import { capped } from '../shared/text-cap.js';

/** A swatch filled with the band's pattern (the same `<pattern>` as the map's). */
export function swatch(uid: string, band: LegendRow['band'] | undefined): TemplateResult {
  return html`<svg
    class="swatch"
    width="18"
    height="18"
    viewBox="0 0 18 18"
    aria-hidden="true"
    focusable="false"
  >
    <rect x="0.5" y="0.5" width="17" height="17" rx="2" fill=${`url(#${patternId(uid, band)})`}></rect>
  </svg>`;
}

/** A band's score range ("88–100"); "dari penerbit" for a published zone outside the scale; none for an opinion. */
export function bandRange(band: LegendRow['band'], lang: Lang): string {
  if (band.zoneOnly) return t(lang, 'fromPublisher');
  return band.min === undefined || band.max === undefined
    ? ''
    : `${formatNumber(band.min, lang)}–${formatNumber(band.max, lang)}`;
}

/**
 * The legend: which scheme is used, then one toggle button per band (label, score range,
 * number of regions) and one for regions without data. A pressed band highlights its
 * regions on the map (`aria-pressed`). Part: `legend`.
 */
export function renderLegend(uid: string, model: MapModel, ui: MapInteraction, lang: Lang): TemplateResult {
  const item = (
    id: string,
    band: LegendRow['band'] | undefined,
    label: string,
    range: string,
    count: number,
  ) =>
    html`<li>
      <button
        type="button"
        class="legend-item"
        aria-pressed=${String(ui.highlight === id)}
        @click=${() => ui.toggleBand(id)}
      >
        ${swatch(uid, band)}
        <span class="legend-label">${capped(label)}</span>
        ${range ? html`<span class="legend-range">${range}</span>` : nothing}
        <span class="legend-count"
          >${count === 1 ? t(lang, 'regionOne') : t(lang, 'regions', { count: formatNumber(count, lang) })}</span
        >
      </button>
    </li>`;
  return html`<div class="legend" part="legend">
    <p class="legend-title" id=${`${uid}-legend`}>${t(lang, 'scheme', { name: model.scheme.name[lang] })}</p>
    <ul class="legend-list" aria-labelledby=${`${uid}-legend`}>
      ${model.legend.map((r) =>
        item(r.band.id, r.band, r.band.label[lang], bandRange(r.band, lang), r.count),
      )}
      ${item('none', undefined, t(lang, 'noData'), '', model.classified.filter((c) => !c).length)}
    </ul>
  </div>`;
}
