import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import type { Classified } from '../../ratings/classify.js';
import type { Region } from '../../geo/join.js';
import type { ComplianceRecord } from '../../data/validate/schemas/compliance.js';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import type { MapInteraction } from './map-interaction.js';
import type { MapModel } from './map-model.js';
import type { ShapeCache } from './map-shapes.js';
import { t } from './pantau-compliance-map.messages.js';
import { capped } from '../shared/text-cap.js';

/** Where a band came from, in words: "dari penerbit", "dari nilai", "zona dari penerbit, kategori dari nilai"… */
export function bandSource(c: Classified, lang: Lang): string {
  if (c.settledBy) return t(lang, `settled-${c.settledBy}`);
  return t(
    lang,
    c.source === 'score' ? 'fromScore' : c.source === 'opinion' ? 'fromOpinion' : 'fromPublisher',
  );
}

/** The text facts of a region, shared by the tooltip and the announcement. */
export function regionFacts(
  region: Region<ComplianceRecord>,
  c: Classified | undefined,
  lang: Lang,
): string[] {
  const r = region.record;
  if (!r || (!c && r.score === undefined && r.rank === undefined && r.opinion === undefined))
    return [t(lang, 'noData')];
  const facts: string[] = [];
  if (r.score !== undefined) facts.push(`${t(lang, 'score')}: ${formatNumber(r.score, lang)}`);
  facts.push(c ? `${c.band.label[lang]} (${bandSource(c, lang)})` : t(lang, 'noData'));
  // A published category the scale has no band for (a category beside a 2025 opinion) is still said.
  if (r.category && c?.band.category !== r.category) facts.push(`${t(lang, 'category')}: ${r.category}`);
  if (r.opinion !== undefined) facts.push(`${t(lang, 'opinion')}: ${r.opinion}`);
  if (r.year !== undefined) facts.push(`${t(lang, 'year')}: ${r.year}`);
  if (r.rank !== undefined)
    facts.push(
      `${t(lang, 'rank')}: ${r.rankOf ? t(lang, 'rankOf', { rank: formatNumber(r.rank, lang), of: formatNumber(r.rankOf, lang) }) : formatNumber(r.rank, lang)}`,
    );
  return facts;
}

/**
 * The tooltip of region `i`, near the pointer when hovered, else at the region's centre, on
 * the side of the point with more room, so it stays over the map rather than the toolbar;
 * under a narrow map, at its start. Hidden from assistive technology: the polite live
 * region says the same.
 */
export function renderTip(
  model: MapModel,
  cache: ShapeCache,
  ui: MapInteraction,
  i: number,
  width: number,
  lang: Lang,
): TemplateResult | typeof nothing {
  const region = model.regions[i];
  if (!region) return nothing;
  const s = cache.shapes.box(i);
  // The drawn paths may be for an older width: the viewBox scales them by this much.
  const scale = width / Math.max(1, cache.width);
  const height = cache.height * scale;
  const [x, y] =
    ui.hovered !== undefined ? [ui.pointer.x, ui.pointer.y] : [(s?.cx ?? 0) * scale, (s?.cy ?? 0) * scale];
  // A phone-sized map is too small to hold a tooltip: it goes just under the map instead.
  const pos = cssomStyle(
    width < 480
      ? { left: '0px', top: `${Math.round(height + 4)}px`, transform: 'none' }
      : {
          left: `${Math.round(x)}px`,
          top: `${Math.round(y)}px`,
          transform: `translate(${x > width / 2 ? 'calc(-100% - 12px)' : '12px'}, ${y > height / 2 ? 'calc(-100% - 8px)' : '8px'})`,
        },
  );
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${pos}>
    <strong>${capped(region.name)}</strong>
    ${regionFacts(region, model.classified[i], lang).map((f) => html`<span>${capped(f)}</span>`)}
  </div>`;
}

/** What the polite live region says when a region is focused or selected, or the selection cleared. */
export function announcement(
  model: MapModel | undefined,
  i: number | undefined,
  what: 'focus' | 'selected' | 'cleared',
  lang: Lang,
): string {
  if (what === 'cleared') return t(lang, 'cleared');
  const region = i === undefined ? undefined : model?.regions[i];
  if (!region || !model) return '';
  const facts = `${capped(region.name)}. ${regionFacts(region, model.classified[i!], lang)
    .map((f) => capped(f))
    .join('. ')}`;
  return what === 'selected' ? t(lang, 'selected', { name: facts }) : facts;
}
