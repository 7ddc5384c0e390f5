import { html, nothing, type TemplateResult } from 'lit';
import type { DataNote, RowIssue } from '../../data/types.js';
import { expectedIn, noteText } from '../../i18n/data-text.js';
import type { InvalidFeature } from '../../geo/valid.js';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import type { SystemReading } from '../../geo/codes.js';
import type { JoinReport } from '../../geo/join.js';
import type { MapModel } from './map-model.js';
import { t, type MessageKey } from './pantau-compliance-map.messages.js';
import { ratingIssueCount, renderRatingNotes } from './rating-notes.js';
import { section } from './notes-section.js';

/** How each code system was read when not stated, and whether codes were compared or translated. */
function systemNotes(r: JoinReport, lang: Lang, sys: (s: string | undefined) => string) {
  const read = (x: SystemReading | undefined, geometry: boolean) => {
    if (!x) return nothing;
    const vars = { system: sys(x.system), codes: (x.codes ?? []).slice(0, 5).join(', ') };
    if (geometry) return x.by === 'codes' ? html`<p>${t(lang, 'geometrySystemByCodes', vars)}</p>` : nothing;
    const key = x.by === 'codes' ? 'systemByCodes' : x.by === 'names' ? 'systemByNames' : 'systemAssumed';
    return html`<p>${t(lang, key, vars)}</p>`;
  };
  const n = r.translated.length;
  return html`${read(r.systems.reading, false)}${read(r.systems.geometryReading, true)}
  ${n ? html`<p>${t(lang, 'translated', { count: formatNumber(n, lang) })}</p>` : nothing}
  ${r.systems.comparable || n ? nothing : html`<p><strong>${t(lang, 'systemsDiffer')}</strong></p>`}`;
}

/**
 * "Catatan data": the data-quality report of the join, collapsed under the map. Says which
 * scheme and code systems were used and lists every row or region left out and why.
 * Part: `notes`.
 */
export function renderNotes(
  model: MapModel,
  rowIssues: readonly RowIssue[],
  rewound: number,
  lang: Lang,
  notes: readonly DataNote[] = [],
  invalid: readonly InvalidFeature[] = [],
): TemplateResult {
  const r = model.report;
  const n = (v: number) => formatNumber(v, lang);
  const sys = (s: string | undefined) =>
    s ? s.toUpperCase().replace('KEMENDAGRI', 'Kemendagri') : t(lang, 'systemUnstated');
  const label = (code?: string, name?: string) => [code, name].filter(Boolean).join(' ');
  const row = (x: number) => t(lang, 'row', { row: x });
  // Every list the report can hold, headed by its count; all but the last count as issues.
  const lists: [MessageKey, string[]][] = [
    [
      'unmatched',
      r.unmatched.map(
        (u) =>
          `${row(u.row)}: ${label(u.code, u.name)} — ${t(lang, u.reason)}` +
          (u.suggestions ? `; ${t(lang, 'didYouMean', { names: u.suggestions.join(', ') })}` : ''),
      ),
    ],
    ['dupFeatures', r.duplicateFeatures.map((d) => `${d.code}: ${d.names.join(', ')}`)],
    ['dupKeys', r.duplicateKeys.map((d) => `${d.key}: ${d.rows.map(row).join(', ')}`)],
    [
      'conflicts',
      r.nameConflicts.map(
        (c) =>
          `${row(c.row)}: ${c.code} ${c.dataName} ≠ ${c.regionName} (${t(lang, 'notColoured')})` +
          (c.joinedTo ? `; ${t(lang, 'joinedByName', { name: c.joinedTo })}` : ''),
      ),
    ],
    ['rowIssues', rowIssues.map((i) => `${row(i.row)}, ${i.field}: "${i.value}" — ${expectedIn(i, lang)}`)],
    [
      'invalidFeatures',
      invalid.map(
        (f) => `${label(t(lang, 'feature', { index: f.index + 1 }), f.id)} — ${t(lang, `geo-${f.reason}`)}`,
      ),
    ],
    ['noDataRegions', r.noData.map((d) => label(d.code, d.name))],
  ];
  const count =
    lists.slice(0, -1).reduce((sum, [, items]) => sum + items.length, 0) + ratingIssueCount(model);
  return html`<details class="notes" part="notes">
    <summary>${t(lang, 'notes')}${count ? ` (${n(count)})` : ''}</summary>
    <div class="notes-body">
      <p>${t(lang, 'usedScheme', { name: model.scheme.name[lang] })}</p>
      ${model.opinionYear ? html`<p>${t(lang, 'opinionYear')}</p>` : nothing}
      ${renderRatingNotes(model, lang)}
      <p>${t(lang, 'systems', { data: sys(r.systems.data), geometry: sys(r.systems.geometry) })}</p>
      ${systemNotes(r, lang, sys)}
      ${rewound ? html`<p>${t(lang, 'rewound', { count: n(rewound) })}</p>` : nothing}
      ${notes.map((note) => html`<p>${noteText(note, lang)}</p>`)}
      ${r.unmatched.length === 0 && rowIssues.length === 0 && invalid.length === 0 ? html`<p>${t(lang, 'allGood')}</p>` : nothing}
      ${lists.map(([key, items]) => section(t(lang, key, { count: n(items.length) }), items))}
    </div>
  </details>`;
}
