/**
 * What an open table draws (issue 18): the `<table>` itself, sorting and the clipped-rows note.
 * Nothing of it is on a first paint, so it is a side module (see side-module.ts), the CDN file
 * `pantau-table.js` shared by the elements with a table; table-view.ts loads it when a table is
 * first opened and keeps the toggle button and the styles. The number format and the text caps
 * are passed in ({@link TableKit}) from the element's bundle, which has them anyway, rather
 * than copied into the side file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';
import type { cappedText } from './text-cap.js';

/** A cell: a number (shown through `format`, null as '–'), or text or markup shown as given. */
export type TableCell = number | null | string | TemplateResult;

export interface TableRow<C extends TableCell = number | null> {
  head: string;
  cells: readonly C[];
  /** What each column sorts by, the row header's first; a sortable table needs them. */
  keys?: readonly (string | number | undefined)[];
}

/** A data table: row headers (periods, regions) and one column per measure (numbers unless `C` says more). */
export interface TableModel<C extends TableCell = number | null> {
  caption: string;
  /** Header of the row-header column, then one per value column. */
  columns: readonly string[];
  rows: readonly TableRow<C>[];
  /** Formats a number cell for reading (default: the language's number format). */
  format?: (value: number, column: number) => string;
}

/** Which column a table is sorted by; `onSort` gets the column whose header button was pressed. */
export interface TableSort {
  column: number;
  descending: boolean;
  onSort: (column: number) => void;
}

const t = defineMessages({
  clipped: [
    'Menampilkan {shown} baris terakhir dari {total}; unduh CSV untuk semuanya.',
    'Showing the last {shown} of {total} rows; download the CSV for all of them.',
  ],
});

// Made on the first sort, not on load: the first Intl object is costly to create.
let idCollator: Intl.Collator | undefined;

/** Rows sorted by their keys in one column; rows without a key always go last, whichever the direction. */
export function sortRows<R extends TableRow<TableCell>>(
  rows: readonly R[],
  column: number,
  descending: boolean,
): R[] {
  const collator = (idCollator ??= new Intl.Collator('id', { numeric: true, sensitivity: 'base' }));
  return [...rows].sort((a, b) => {
    const [x, y] = [a.keys?.[column], b.keys?.[column]];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    const d = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return descending ? -d : d;
  });
}

/** How a sortable table draws its column headers: a label (or button) and the `aria-sort` state. */
interface HeaderCells {
  label: (column: string, k: number) => unknown;
  state: (k: number) => string;
}

/** What the drawing borrows from the element's bundle. */
export interface TableKit {
  formatNumber: typeof formatNumber;
  cappedText: typeof cappedText;
}

// At most this many rows are put in the page (the last ones); the CSV always has all.
const MAX_ROWS = 1000;

/** The table's drawing, with the element's number format and text caps. */
export function tableBody({ formatNumber, cappedText }: TableKit) {
  /**
   * A real `<table>` with a caption, column headers (`scope="col"`) and row headers
   * (`scope="row"`).
   */
  function renderTable(
    model: TableModel<TableCell>,
    lang: Lang,
    o: {
      rows?: readonly TableRow<TableCell>[];
      part?: string;
      header?: HeaderCells;
    } = {},
  ): TemplateResult {
    const { header } = o;
    const fmt = model.format ?? ((v: number) => formatNumber(v, lang));
    const rows = o.rows ?? model.rows;
    return html`<table part=${o.part ?? nothing}>
      <caption>
        ${cappedText(model.caption, 'title')}
      </caption>
      <thead>
        <tr>
          ${model.columns.map((c, k) => html`<th scope="col" aria-sort=${header ? header.state(k) : nothing}>${header ? header.label(c, k) : cappedText(c)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${cappedText(r.head)}</th>
              ${r.cells.map((v, k) =>
                typeof v === 'number' || v === null
                  ? html`<td class="num">${v === null ? '–' : fmt(v, k)}</td>`
                  : html`<td>${cappedText(v)}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /**
   * A table whose column headers are buttons that sort by their column (`aria-sort` on the
   * header, an arrow beside the label); the rows are shown sorted.
   */
  function renderSortableTable(model: TableModel<TableCell>, lang: Lang, sort: TableSort): TemplateResult {
    return renderTable(model, lang, {
      rows: sortRows(model.rows, sort.column, sort.descending),
      header: {
        state: (k) => (sort.column !== k ? 'none' : sort.descending ? 'descending' : 'ascending'),
        label: (c, k) =>
          html`<button type="button" class="sort" @click=${() => sort.onSort(k)}>
            ${cappedText(c)}<span class="sort-mark" aria-hidden="true"
              >${sort.column !== k ? '' : sort.descending ? ' ▼' : ' ▲'}</span
            >
          </button>`,
      },
    });
  }

  /** The table view's open panel: the last rows of `model` (part `table`), and a note when some are left out. */
  function renderTableBody(model: TableModel, lang: Lang): TemplateResult {
    const rows = model.rows.length > MAX_ROWS ? model.rows.slice(-MAX_ROWS) : model.rows;
    return html`${renderTable(model, lang, { rows, part: 'table' })}
    ${
      rows.length < model.rows.length
        ? html`<p class="table-note">
            ${t(lang, 'clipped', { shown: formatNumber(rows.length, lang), total: formatNumber(model.rows.length, lang) })}
          </p>`
        : nothing
    }`;
  }

  return { renderTable, renderSortableTable, renderTableBody };
}
