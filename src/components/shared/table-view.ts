import { css, html, nothing, type TemplateResult } from 'lit';
import type { ExportTable } from '../../charts/export.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';

const t = defineMessages({
  id: {
    show: 'Tampilkan tabel',
    hide: 'Sembunyikan tabel',
    clipped: 'Menampilkan {shown} baris terakhir dari {total}; unduh CSV untuk semuanya.',
  },
  en: {
    show: 'Show table',
    hide: 'Hide table',
    clipped: 'Showing the last {shown} of {total} rows; download the CSV for all of them.',
  },
});

/** A data table: row headers (periods, regions) and one numeric column per measure. */
export interface TableModel {
  caption: string;
  /** Header of the row-header column, then one per value column. */
  columns: readonly string[];
  rows: readonly { head: string; cells: readonly (number | null)[] }[];
  /** Formats a cell for reading (default: the language's number format). */
  format?: (value: number, column: number) => string;
}

export interface TableViewOptions {
  model: TableModel;
  open: boolean;
  onToggle: () => void;
  lang: Lang;
  /** Id of the table's container (unique within the shadow root). */
  id?: string;
  /** At most this many rows are put in the page (the last ones); the CSV always has all. */
  maxRows?: number;
}

/**
 * A button with `aria-expanded` that shows a real `<table>` with a caption, column headers
 * (`scope="col"`) and row headers (`scope="row"`). Parts: `table-toggle`, `table`.
 */
export function renderTableView(o: TableViewOptions): TemplateResult {
  const id = o.id ?? 'table-view';
  const { model } = o;
  const max = o.maxRows ?? 1000;
  const rows = model.rows.length > max ? model.rows.slice(-max) : model.rows;
  const fmt = model.format ?? ((v: number) => formatNumber(v, o.lang));
  return html`<div class="table-view">
    <button
      type="button"
      class="btn table-toggle"
      part="table-toggle"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${o.onToggle}
    >
      ${t(o.lang, o.open ? 'hide' : 'show')}
    </button>
    <div
      id=${id}
      class="table-wrap"
      ?hidden=${!o.open}
      tabindex=${o.open ? 0 : -1}
      role="region"
      aria-label=${model.caption}
    >
      ${
        o.open
          ? html`<table part="table">
                <caption>
                  ${model.caption}
                </caption>
                <thead>
                  <tr>
                    ${model.columns.map((c) => html`<th scope="col">${c}</th>`)}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (r) =>
                      html`<tr>
                        <th scope="row">${r.head}</th>
                        ${r.cells.map((v, k) => html`<td>${v === null ? '–' : fmt(v, k)}</td>`)}
                      </tr>`,
                  )}
                </tbody>
              </table>
              ${
                rows.length < model.rows.length
                  ? html`<p class="table-note">
                      ${t(o.lang, 'clipped', { shown: formatNumber(rows.length, o.lang), total: formatNumber(model.rows.length, o.lang) })}
                    </p>`
                  : nothing
              }`
          : nothing
      }
    </div>
  </div>`;
}

/** The table as raw values for a CSV download: every row, numbers unformatted. */
export function tableToExport(model: TableModel): ExportTable {
  return { columns: model.columns, rows: model.rows.map((r) => [r.head, ...r.cells]) };
}

/** Styles for the table view; add to an element's `styles` after `commonStyles` (buttons, tables). */
export const tableViewStyles = css`
  .table-wrap {
    max-height: 24rem;
    overflow: auto;
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .table-wrap :is(td, th + th) {
    text-align: end;
  }
  .table-wrap :is(td, th) {
    white-space: nowrap;
  }
  .table-note {
    font-size: 0.8em;
    color: var(--_muted);
  }
  @media print {
    .table-wrap {
      max-height: none;
      overflow: visible;
    }
  }
`;
