import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Classified } from '../../geo/classify.js';
import type { Region } from '../../geo/join.js';
import type { ComplianceRecord } from '../../data/schemas/compliance.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
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
 * The tooltip near the pointer (or the focused region's centre), kept inside the map box.
 * Hidden from assistive technology: the polite live region says the same.
 */
export function renderTooltip(
  region: Region<ComplianceRecord> | undefined,
  c: Classified | undefined,
  x: number,
  y: number,
  boxWidth: number,
  lang: Lang,
): TemplateResult | typeof nothing {
  if (!region) return nothing;
  const flip = x > boxWidth / 2;
  const pos = styleMap({
    left: `${Math.round(x)}px`,
    top: `${Math.round(y)}px`,
    transform: `translate(${flip ? 'calc(-100% - 12px)' : '12px'}, -50%)`,
  });
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" style=${pos}>
    <strong>${region.name}</strong>
    ${regionFacts(region, c, lang).map((f) => html`<span>${f}</span>`)}
  </div>`;
}
