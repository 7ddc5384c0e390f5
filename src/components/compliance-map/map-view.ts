import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Lang } from '../../i18n/lang.js';
import type { MapInteraction } from './map-interaction.js';
import type { MapModel } from './map-model.js';
import type { ShapeCache } from './map-shapes.js';
import { renderOverlay, renderPatterns, renderRegions } from './map-svg.js';
import { t } from './map.messages.js';
import { renderTooltip } from './tooltip.js';

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

/** The tooltip of region `i`: at the pointer when hovered, else at the region's centroid. */
export function renderTip(
  model: MapModel,
  cache: ShapeCache,
  ui: MapInteraction,
  i: number,
  width: number,
  lang: Lang,
): TemplateResult | typeof nothing {
  const s = cache.shapes[i];
  // The drawn paths may be for an older width: the viewBox scales them by this much.
  const scale = width / Math.max(1, cache.width);
  const [x, y] =
    ui.hovered !== undefined ? [ui.pointer.x, ui.pointer.y] : [(s?.cx ?? 0) * scale, (s?.cy ?? 0) * scale];
  return renderTooltip(
    model.regions[i],
    model.classified[i],
    x,
    y,
    { width, height: cache.height * scale },
    lang,
  );
}

/** The way back from a drilled-into region's detail. */
export function renderDrill(name: string, lang: Lang, onBack: () => void): TemplateResult {
  return html`<p class="drill">
    <button type="button" class="btn" @click=${onBack}>${t(lang, 'back', { name: t(lang, 'all') })}</button>
    ${t(lang, 'detailOf', { name })}
  </p>`;
}
