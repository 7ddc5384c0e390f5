import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Lang } from '../../i18n/lang.js';
import { renderTable, type TableCell, type TableModel, type TableSort } from '../shared/table-view.js';
import { swatch } from './legend.js';
import type { MapInteraction } from './map-interaction.js';
import { bandLabel, type MapModel } from './map-model.js';
import type { ShapeCache } from './map-shapes.js';
import { renderOverlay, renderPatterns, renderRegions } from './map-svg.js';
import { t } from './map.messages.js';

export interface MapBoxOptions {
  uid: string;
  model: MapModel;
  cache: ShapeCache;
  ui: MapInteraction;
  lang: Lang;
  /** Whether the cached paths are for this model's features. */
  ready: boolean;
  /** The chunks of regions in the page so far. */
  ranges: readonly [number, number][];
  tip: TemplateResult | typeof nothing;
}

/**
 * The focusable map: one keyboard stop (`role="group"` with a roledescription and the
 * instructions as its label) around an SVG hidden from assistive technology, whose content
 * the live region, the list and the notes give as text. Part: `map`.
 */
export function renderMapBox(o: MapBoxOptions): TemplateResult {
  const { model, cache, ui, lang, uid } = o;
  const { width, height, shapes } = cache;
  return html`<div class="map-box">
    <div
      class="map-focus"
      part="map"
      tabindex="0"
      role="group"
      aria-roledescription=${lang === 'id' ? 'peta' : 'map'}
      aria-label=${t(lang, 'mapLabel', { count: model.regions.length })}
      @keydown=${ui.onKey}
      @blur=${ui.onBlur}
    >
      ${
        o.ready
          ? html`<svg
              class="map"
              viewBox=${`0 0 ${width} ${height}`}
              width=${width}
              height=${height}
              aria-hidden="true"
              focusable="false"
              @pointermove=${ui.onPointer}
              @pointerleave=${ui.onLeave}
              @click=${ui.onClick}
            >
              ${guard([model], () => renderPatterns(uid, [...model.legend.map((r) => r.band)]))}
              ${renderRegions(uid, shapes, model, o.ranges)}
              ${renderOverlay(uid, shapes, model, { highlightBand: ui.highlight, hovered: ui.hovered, selected: ui.selected, focused: ui.focused }, width, height)}
            </svg>`
          : html`<p class="status">${t(lang, 'drawing')}</p>`
      }
    </div>
    ${o.tip}
  </div>`;
}

/** The way back from a drilled-into region's detail. */
export function renderDrill(name: string, lang: Lang, onBack: () => void): TemplateResult {
  return html`<p class="drill">
    <button type="button" class="btn" @click=${onBack}>${t(lang, 'back')}</button>
    ${t(lang, 'detailOf', { name })}
  </p>`;
}

/** The list's column sorted by at first (descending), and the one whose first press sorts descending. */
export const SCORE_COLUMN = 2;

/**
 * Every region in the shared table, sortable by each column (regions without a value go
 * last), with the band's swatch beside its label. Part: `list`.
 */
export function renderList(uid: string, model: MapModel, sort: TableSort, lang: Lang): TemplateResult {
  const bands = model.legend.map((r) => r.band.id);
  const table: TableModel<TableCell> = {
    caption: `${t(lang, 'listCaption')}${model.year !== undefined ? ` (${model.year})` : ''}`,
    columns: [t(lang, 'region'), t(lang, 'code'), t(lang, 'score'), t(lang, 'band'), t(lang, 'rank')],
    rows: model.regions.map((region, i) => {
      const band = model.classified[i]?.band;
      const { score, rank } = region.record ?? {};
      return {
        head: region.name,
        cells: [
          region.code ?? '',
          score ?? null,
          html`<span class="band-cell">${swatch(uid, band)}${bandLabel(model, i, lang)}</span>`,
          rank ?? '',
        ],
        // Bands sort in legend order, regions without data after every band.
        keys: [region.name, region.code, score, band ? bands.indexOf(band.id) : bands.length, rank],
      };
    }),
  };
  return html`<div class="list-wrap" id=${`${uid}-list`} part="list">
    ${renderTable(table, lang, { sort })}
  </div>`;
}
