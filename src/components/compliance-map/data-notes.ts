import { html, nothing, type TemplateResult } from 'lit';
import type { RowIssue } from '../../data/types.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import type { MapModel } from './map-model.js';
import { issueCount } from './map-model.js';
import { t, type MessageKey } from './map.messages.js';

/** Long lists are cut in the page; the `pantau-data-issues` event carries them all. */
const MAX_ITEMS = 200;

function section(title: string, items: readonly string[]): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const shown = items.slice(0, MAX_ITEMS);
  return html`<h3 class="notes-heading">${title}</h3>
    <ul>
      ${shown.map((i) => html`<li>${i}</li>`)}${items.length > shown.length ? html`<li>…</li>` : nothing}
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
): TemplateResult {
  const r = model.report;
  const n = (v: number) => formatNumber(v, lang);
  const sys = (s: string | undefined) =>
    s ? s.toUpperCase().replace('KEMENDAGRI', 'Kemendagri') : t(lang, 'systemUnstated');
  const label = (code?: string, name?: string) => [code, name].filter(Boolean).join(' ');
  const count = issueCount(r, rowIssues.length);
  return html`<details class="notes" part="notes">
    <summary>${count ? t(lang, 'notesCount', { count: n(count) }) : t(lang, 'notes')}</summary>
    <div class="notes-body">
      <p>${t(lang, 'usedScheme', { name: model.scheme.name[lang] })}</p>
      <p>${t(lang, 'systems', { data: sys(r.systems.data), geometry: sys(r.systems.geometry) })}</p>
      ${r.systems.comparable ? nothing : html`<p><strong>${t(lang, 'systemsDiffer')}</strong></p>`}
      ${rewound ? html`<p>${t(lang, 'rewound', { count: n(rewound) })}</p>` : nothing}
      ${r.unmatched.length === 0 && rowIssues.length === 0 ? html`<p>${t(lang, 'allGood')}</p>` : nothing}
      ${section(
        t(lang, 'unmatched', { count: n(r.unmatched.length) }),
        r.unmatched.map(
          (u) =>
            `${t(lang, 'row', { row: u.row })}: ${label(u.code, u.name)} — ${t(lang, `reason.${u.reason}` as MessageKey)}`,
        ),
      )}
      ${section(
        t(lang, 'dupFeatures', { count: n(r.duplicateFeatures.length) }),
        r.duplicateFeatures.map((d) => `${d.code}: ${d.names.join(', ')}`),
      )}
      ${section(
        t(lang, 'dupKeys', { count: n(r.duplicateKeys.length) }),
        r.duplicateKeys.map((d) => `${d.key}: ${d.rows.map((x) => t(lang, 'row', { row: x })).join(', ')}`),
      )}
      ${section(
        t(lang, 'conflicts', { count: n(r.nameConflicts.length) }),
        r.nameConflicts.map(
          (c) => `${t(lang, 'row', { row: c.row })}: ${c.code} ${c.dataName} ≠ ${c.regionName}`,
        ),
      )}
      ${section(
        t(lang, 'rowIssues', { count: n(rowIssues.length) }),
        rowIssues.map((i) => `${t(lang, 'row', { row: i.row })}, ${i.field}: "${i.value}" — ${i.expected}`),
      )}
      ${section(
        t(lang, 'noDataRegions', { count: n(r.noData.length) }),
        r.noData.map((d) => label(d.code, d.name)),
      )}
    </div>
  </details>`;
}
