import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import type { MapModel } from './map-model.js';
import { section } from './notes-section.js';
import { t } from './pantau-compliance-map.messages.js';

/** How many rating notes count as issues in the notes' summary: values that could not be read. */
export const ratingIssueCount = (model: MapModel): number => model.report.ratings.unread.length;

/**
 * The ratings' part of "Catatan data": the scale assumed when the data gives no year (and the
 * attribute that sets it), the categories a score, an opinion or the zone settled, and rating
 * values that could not be read in rows kept for their other values.
 */
export function renderRatingNotes(model: MapModel, lang: Lang): TemplateResult {
  const { scale, settled, unread } = model.report.ratings;
  const name = model.scheme.name[lang];
  const row = (x: number) => t(lang, 'row', { row: x });
  const label = (id: string) => model.legend.find((r) => r.band.id === id)?.band.label[lang] ?? id;
  const n = (v: number) => formatNumber(v, lang);
  return html`${scale.by === 'assumed' ? html`<p><strong>${t(lang, 'scaleAssumed', { name })}</strong></p>` : nothing}
  ${scale.by === 'opinions' ? html`<p><strong>${t(lang, 'scaleFromOpinions', { name })}</strong></p>` : nothing}
  ${section(
    t(lang, 'settled', { count: n(settled.length) }),
    settled.map((s) => `${row(s.row)}: ${s.name} — ${label(s.band)} (${t(lang, `settled-${s.by}`)})`),
  )}
  ${section(
    t(lang, 'unread', { count: n(unread.length) }),
    unread.map((i) => `${row(i.row)}, ${i.field}: "${i.value}" — ${i.expected}`),
  )}`;
}
