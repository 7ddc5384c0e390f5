import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { swatch } from './legend.js';
import type { MapModel } from './map-model.js';
import { t } from './map.messages.js';

export type SortKey = 'name' | 'code' | 'score' | 'band' | 'rank';
export interface SortState {
  key: SortKey;
  descending: boolean;
}

/** One row of the list and the CSV: a region with its joined rating. */
export interface ListRow {
  index: number;
  name: string;
  code: string;
  score?: number;
  band: string;
  bandOrder: number;
  rank?: number;
  year?: number;
}

export function listRows(model: MapModel, lang: Lang): ListRow[] {
  const order = new Map(model.legend.map((r, i) => [r.band.id, i]));
  return model.regions.map((r, i) => {
    const c = model.classified[i];
    return {
      index: i,
      name: r.name,
      code: r.code ?? '',
      score: r.record?.score,
      band: c ? c.band.label[lang] : t(lang, 'noData'),
      bandOrder: c ? (order.get(c.band.id) ?? 99) : 100,
      rank: r.record?.rank,
      year: r.record?.year,
    };
  });
}

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** Sorts rows; regions without a value always go last, whichever the direction. */
export function sortRows(rows: readonly ListRow[], s: SortState): ListRow[] {
  const value = (r: ListRow): string | number | undefined =>
    s.key === 'name'
      ? r.name
      : s.key === 'code'
        ? r.code || undefined
        : s.key === 'band'
          ? r.bandOrder
          : r[s.key];
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const d = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return s.descending ? -d : d;
  });
}

/**
 * A sortable table of every region: a real `<table>` with a caption and column headers
 * whose buttons sort (`aria-sort` on the header). Part: `list`.
 */
export function renderList(
  uid: string,
  model: MapModel,
  sort: SortState,
  lang: Lang,
  onSort: (key: SortKey) => void,
): TemplateResult {
  const rows = sortRows(listRows(model, lang), sort);
  const cols: [SortKey, string][] = [
    ['name', t(lang, 'region')],
    ['code', t(lang, 'code')],
    ['score', t(lang, 'score')],
    ['band', t(lang, 'band')],
    ['rank', t(lang, 'rank')],
  ];
  const ariaSort = (k: SortKey) => (sort.key === k ? (sort.descending ? 'descending' : 'ascending') : 'none');
  return html`<div class="list-wrap" id=${`${uid}-list`} part="list">
    <table>
      <caption>
        ${t(lang, 'listCaption')}${model.year !== undefined ? ` (${model.year})` : ''}
      </caption>
      <thead>
        <tr>
          ${cols.map(
            ([k, label]) =>
              html`<th scope="col" aria-sort=${ariaSort(k)}>
                <button type="button" class="sort" @click=${() => onSort(k)}>
                  ${label}<span class="sort-mark" aria-hidden="true"
                    >${sort.key === k ? (sort.descending ? ' ▼' : ' ▲') : ''}</span
                  >
                </button>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${r.name}</th>
              <td>${r.code}</td>
              <td class="num">${r.score === undefined ? '–' : formatNumber(r.score, lang)}</td>
              <td><span class="band-cell">${swatch(uid, model.classified[r.index]?.band)}${r.band}</span></td>
              <td class="num">${r.rank === undefined ? nothing : formatNumber(r.rank, lang)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
