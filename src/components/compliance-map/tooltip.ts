import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../shared/cssom-style.js';
import type { Classified } from '../../geo/classify.js';
import type { Region } from '../../geo/join.js';
import type { ComplianceRecord } from '../../data/schemas/compliance.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { MapModel } from './map-model.js';
import { t } from './map.messages.js';

/** The text facts of a region, shared by the tooltip, the announcement and the list. */
export function regionFacts(
  region: Region<ComplianceRecord>,
  c: Classified | undefined,
  lang: Lang,
): string[] {
  const r = region.record;
  if (!r || (!c && r.score === undefined && r.rank === undefined)) return [t(lang, 'noData')];
  const facts: string[] = [];
  if (r.score !== undefined) facts.push(`${t(lang, 'score')}: ${formatNumber(r.score, lang)}`);
  if (c)
    facts.push(`${c.band.label[lang]} (${t(lang, c.source === 'score' ? 'fromScore' : 'fromPublisher')})`);
  else facts.push(t(lang, 'noData'));
  if (r.year !== undefined) facts.push(`${t(lang, 'year')}: ${r.year}`);
  if (r.rank !== undefined)
    facts.push(
      `${t(lang, 'rank')}: ${r.rankOf ? t(lang, 'rankOf', { rank: formatNumber(r.rank, lang), of: formatNumber(r.rankOf, lang) }) : formatNumber(r.rank, lang)}`,
    );
  return facts;
}

/**
 * The tooltip near the pointer (or the focused region's centre), on the side of the point
 * with more room, so it stays over the map rather than the toolbar; under a narrow map, at
 * its start. Hidden from assistive
 * technology: the polite live region says the same.
 */
export function renderTooltip(
  region: Region<ComplianceRecord> | undefined,
  c: Classified | undefined,
  x: number,
  y: number,
  box: { width: number; height: number },
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!region) return nothing;
  const left = x > box.width / 2;
  const above = y > box.height / 2;
  // A phone-sized map is too small to hold a tooltip: it goes just under the map instead.
  const pos = cssomStyle(
    box.width < 480
      ? { left: '0px', top: `${Math.round(box.height + 4)}px`, transform: 'none' }
      : {
          left: `${Math.round(x)}px`,
          top: `${Math.round(y)}px`,
          transform: `translate(${left ? 'calc(-100% - 12px)' : '12px'}, ${above ? 'calc(-100% - 8px)' : '8px'})`,
        },
  );
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${pos}>
    <strong>${region.name}</strong>
    ${regionFacts(region, c, lang).map((f) => html`<span>${f}</span>`)}
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
  const facts = `${region.name}. ${regionFacts(region, model.classified[i!], lang).join('. ')}`;
  return what === 'selected' ? t(lang, 'selected', { name: facts }) : facts;
}
