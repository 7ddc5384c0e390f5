import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Lang } from '../../i18n/lang.js';
import {
  renderSortableTable,
  type TableCell,
  type TableModel,
  type TableSort,
} from '../shared/table-view.js';
import { swatch } from './legend.js';
import type { MapInteraction } from './map-interaction.js';
import { bandLabel, type MapModel } from './map-model.js';
import type { RegionChunks } from './map-chunks.js';
import type { ShapeCache } from './map-shapes.js';
import { renderOverlay, renderPatterns, renderRegions, renderTinyLabels } from './map-svg.js';
import { t } from './pantau-compliance-map.messages.js';
import { renderTip } from './tooltip.js';
import { capped } from '../shared/text-cap.js';

export interface MapBoxOptions {
  uid: string;
  model: MapModel;
  cache: ShapeCache;
  ui: MapInteraction;
  lang: Lang;
  /** Puts a large map's regions into the page over several updates. */
  chunks: RegionChunks;
  /** The element's width, which the drawn paths may lag behind (for the tooltip). */
  width: number;
}

/**
 * The focusable map: one keyboard stop (`role="group"` with a roledescription and the
 * instructions as its label) around an SVG hidden from assistive technology, whose content
 * the live region, the list and the notes give as text. Part: `map`.
 */
export function renderMapBox(o: MapBoxOptions): TemplateResult {
  const { model, cache, ui, lang, uid } = o;
  const { width, height, shapes } = cache;
  const ready = cache.showing(model.features);
  const tipAt = ui.hovered ?? ui.focused;
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
        ready
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
              ${guard([model], () =>
                renderPatterns(
                  uid,
                  model.legend.map((r) => r.band),
                ),
              )}
              ${renderRegions(uid, shapes, model, o.chunks.visible([model, shapes], shapes.length))}
              ${guard([model, shapes, width], () => renderTinyLabels(shapes, model, width))}
              ${renderOverlay(uid, shapes, model, ui, width, height)}
            </svg>`
          : html`<p class="status">${t(lang, 'drawing')}</p>`
      }
    </div>
    ${ready && tipAt !== undefined ? renderTip(model, cache, ui, tipAt, o.width, lang) : nothing}
  </div>`;
}

/** The way back from a drilled-into region's detail, in the words of `drillText` (`map-drill.ts`). */
export function renderDrill(text: { back: string; title: string }, onBack: () => void): TemplateResult {
  // Escape on the back button goes back too, as it does on the map.
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onBack();
  return html`<p class="drill" @keydown=${onKey}>
    <button type="button" class="btn" @click=${onBack}>${text.back}</button>
    ${text.title}
  </p>`;
}

/** The list's column sorted by at first (descending), and the one whose first press sorts descending. */
export const SCORE_COLUMN = 2;

/**
 * Every region in the shared table, sortable by each column (regions without a value go
 * last), with the band's swatch beside its label, and the opinion as published when the data
 * has one. Part: `list`.
 */
export function renderList(uid: string, model: MapModel, sort: TableSort, lang: Lang): TemplateResult {
  const bands = model.legend.map((r) => r.band.id);
  const opinions = model.regions.some((r) => r.record?.opinion !== undefined);
  const table: TableModel<TableCell> = {
    caption: `${t(lang, 'listCaption')}${model.year !== undefined ? ` (${model.year})` : ''}`,
    columns: [
      t(lang, 'region'),
      t(lang, 'code'),
      t(lang, 'score'),
      t(lang, 'band'),
      ...(opinions ? [t(lang, 'opinion')] : []),
      t(lang, 'rank'),
    ],
    rows: model.regions.map((region, i) => {
      const band = model.classified[i]?.band;
      const { score, rank, opinion } = region.record ?? {};
      const extra = opinions ? [opinion ?? ''] : [];
      return {
        head: region.name,
        cells: [
          region.code ?? '',
          score ?? null,
          html`<span class="band-cell">${swatch(uid, band)}${capped(bandLabel(model, i, lang))}</span>`,
          ...extra,
          rank ?? '',
        ],
        // Bands sort in legend order, regions without data after every band.
        keys: [
          region.name,
          region.code,
          score,
          band ? bands.indexOf(band.id) : bands.length,
          ...(opinions ? [opinion] : []),
          rank,
        ],
      };
    }),
  };
  return html`<div class="list-wrap" id=${`${uid}-list`} part="list">
    ${renderSortableTable(table, lang, sort)}
  </div>`;
}
