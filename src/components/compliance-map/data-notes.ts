import { html, nothing, type TemplateResult } from 'lit';
import type { RowIssue } from '../../data/types.js';
import type { InvalidFeature } from '../../geo/valid.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { MapModel } from './map-model.js';
import { capped } from '../shared/text-cap.js';
import { t, type MessageKey } from './map.messages.js';

/** Long lists are cut in the page; the `pantau-data-issues` event carries them all. */
const MAX_ITEMS = 200;

function section(title: string, items: readonly string[]): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const shown = items.slice(0, MAX_ITEMS);
  return html`<h3 class="notes-heading">${title}</h3>
    <ul>
      ${shown.map((i) => html`<li>${capped(i, 'text')}</li>`)}${items.length > shown.length ? html`<li>…</li>` : nothing}
    </ul>`;
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
    ['unmatched', r.unmatched.map((u) => `${row(u.row)}: ${label(u.code, u.name)} — ${t(lang, u.reason)}`)],
    ['dupFeatures', r.duplicateFeatures.map((d) => `${d.code}: ${d.names.join(', ')}`)],
    ['dupKeys', r.duplicateKeys.map((d) => `${d.key}: ${d.rows.map(row).join(', ')}`)],
    ['conflicts', r.nameConflicts.map((c) => `${row(c.row)}: ${c.code} ${c.dataName} ≠ ${c.regionName}`)],
    ['rowIssues', rowIssues.map((i) => `${row(i.row)}, ${i.field}: "${i.value}" — ${i.expected}`)],
    [
      'invalidFeatures',
      invalid.map(
        (f) => `${label(t(lang, 'feature', { index: f.index + 1 }), f.id)} — ${t(lang, `geo-${f.reason}`)}`,
      ),
    ],
    ['noDataRegions', r.noData.map((d) => label(d.code, d.name))],
  ];
  const count = lists.slice(0, -1).reduce((sum, [, items]) => sum + items.length, 0);
  return html`<details class="notes" part="notes">
    <summary>${t(lang, 'notes')}${count ? ` (${n(count)})` : ''}</summary>
    <div class="notes-body">
      <p>${t(lang, 'usedScheme', { name: model.scheme.name[lang] })}</p>
      ${model.opinionYear ? html`<p>${t(lang, 'opinionYear')}</p>` : nothing}
      <p>${t(lang, 'systems', { data: sys(r.systems.data), geometry: sys(r.systems.geometry) })}</p>
      ${r.systems.comparable ? nothing : html`<p><strong>${t(lang, 'systemsDiffer')}</strong></p>`}
      ${rewound ? html`<p>${t(lang, 'rewound', { count: n(rewound) })}</p>` : nothing}
      ${r.unmatched.length === 0 && rowIssues.length === 0 && invalid.length === 0 ? html`<p>${t(lang, 'allGood')}</p>` : nothing}
      ${lists.map(([key, items]) => section(t(lang, key, { count: n(items.length) }), items))}
    </div>
  </details>`;
}
