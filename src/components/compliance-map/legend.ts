import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LegendRow } from '../../geo/classify.js';
import type { Scheme } from '../../geo/schemes.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { t } from './map.messages.js';
import { patternId } from './map-svg.js';

export interface LegendOptions {
  uid: string;
  scheme: Scheme;
  rows: readonly LegendRow[];
  noData: number;
  highlight?: string;
  lang: Lang;
  onToggle: (bandId: string) => void;
}

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
    ${svg`<rect x="0.5" y="0.5" width="17" height="17" rx="2" fill=${`url(#${patternId(uid, band)})`}></rect>`}
  </svg>`;
}

/**
 * The legend: which scheme is used, then one toggle button per band (label, score range,
 * number of regions) and one for regions without data. A pressed band highlights its
 * regions on the map (`aria-pressed`). Part: `legend`.
 */
export function renderLegend(o: LegendOptions): TemplateResult {
  const { lang } = o;
  const item = (
    id: string,
    band: LegendRow['band'] | undefined,
    label: string,
    range: string,
    count: number,
  ) => {
    const pressed = o.highlight === id;
    return html`<li>
      <button
        type="button"
        class="legend-item"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => o.onToggle(id)}
      >
        ${swatch(o.uid, band)}
        <span class="legend-label">${label}</span>
        ${range ? html`<span class="legend-range">${range}</span>` : nothing}
        <span class="legend-count"
          >${count === 1 ? t(lang, 'regionOne') : t(lang, 'regions', { count: formatNumber(count, lang) })}</span
        >
      </button>
    </li>`;
  };
  return html`<div class="legend" part="legend">
    <p class="legend-title" id=${`${o.uid}-legend`}>${t(lang, 'scheme', { name: o.scheme.name[lang] })}</p>
    <ul class="legend-list" aria-labelledby=${`${o.uid}-legend`}>
      ${o.rows.map((r) =>
        item(
          r.band.id,
          r.band,
          r.band.label[lang],
          r.band.zoneOnly
            ? t(lang, 'fromPublisher')
            : `${formatNumber(r.band.min, lang)}–${formatNumber(r.band.max, lang)}`,
          r.count,
        ),
      )}
      ${item('none', undefined, t(lang, 'noData'), '', o.noData)}
    </ul>
  </div>`;
}
