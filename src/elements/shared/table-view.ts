import { css, html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';
import { loadSide, SideFileError } from './side-module.js';
import type { TableCell, TableModel, TableSort } from './table-body.js';
import { capped, cappedText } from './text-cap.js';

const t = defineMessages({
  show: ['Tampilkan tabel', 'Show table'],
  hide: ['Sembunyikan tabel', 'Hide table'],
  loading: ['Memuat tabel…', 'Loading the table…'],
  missing: [
    'Tabel tidak tersedia: berkas {file} tidak dapat dimuat.',
    'The table is unavailable: could not load the file {file}.',
  ],
});

// The table's types live with the code that draws it (the lower module); the elements import them from here.
export type { TableCell, TableModel, TableRow, TableSort } from './table-body.js';

// What an open table draws lives in a side module (table-body.ts, the CDN file `pantau-table.js`):
// no first paint shows a table, only the button that opens one (issue 18).
type TableBody = ReturnType<(typeof import('./table-body.js'))['tableBody']>;
const FILE = 'pantau-table.js';
let body: TableBody | undefined;
/** The side file that could not be loaded, named in the panel until a load works. */
let missing: string | undefined;

/** Loads the table's drawing code once (see side-module.ts); later calls share the load. */
export function loadTable(): Promise<TableBody> {
  return loadSide(FILE, () => import('./table-body.js')).then(
    (m) => ((missing = undefined), (body = m.tableBody({ formatNumber, cappedText }))),
    (e: unknown) => {
      if (e instanceof SideFileError) missing = e.file;
      throw e;
    },
  );
}

/**
 * A click handler for a button that opens a table (its `aria-expanded` says whether it is
 * open): `toggle` runs once the table's code has loaded, at once after the first time, so a
 * table opens drawn, never as a blank panel. The button is `aria-busy` meanwhile and ignores
 * further presses; focus stays on it. When the side file is missing, the table opens with a
 * message naming it.
 */
export function toggleTable(toggle: () => void): (e: Event) => void {
  return (e) => {
    const button = e.currentTarget as HTMLElement;
    if (body || button.getAttribute('aria-expanded') === 'true') return toggle();
    if (button.hasAttribute('aria-busy')) return;
    button.setAttribute('aria-busy', 'true');
    void loadTable()
      .catch(() => undefined)
      .then(() => {
        button.removeAttribute('aria-busy');
        toggle();
      });
  };
}

/**
 * In place of a table whose code is not loaded: a message naming the missing file, or (a
 * table opened without {@link toggleTable}) a busy note while the code loads.
 */
function pending(lang: Lang): TemplateResult {
  if (missing) return html`<p class="table-note" role="alert">${t(lang, 'missing', { file: missing })}</p>`;
  void loadTable().catch(() => undefined);
  return html`<p class="table-note" aria-busy="true">${t(lang, 'loading')}</p>`;
}

/**
 * A table whose column headers are buttons that sort by their column (`aria-sort` on the
 * header, an arrow beside the label); the rows are shown sorted. Open it with
 * {@link toggleTable}, which loads its code first.
 */
export function renderSortableTable(
  model: TableModel<TableCell>,
  lang: Lang,
  sort: TableSort,
): TemplateResult {
  return body ? body.renderSortableTable(model, lang, sort) : pending(lang);
}

export interface TableViewOptions {
  model: TableModel;
  open: boolean;
  onToggle: () => void;
  lang: Lang;
  /** Id of the table's container (unique within the shadow root). */
  id?: string;
}

/**
 * A button with `aria-expanded` that shows a real `<table>` with a caption, column headers
 * (`scope="col"`) and row headers (`scope="row"`). The table's code loads on the first press
 * (see {@link toggleTable}). Parts: `table-toggle`, `table`.
 */
export function renderTableView(o: TableViewOptions): TemplateResult {
  const id = o.id ?? 'table-view';
  const { model } = o;
  return html`<div class="table-view">
    <button
      type="button"
      class="btn table-toggle"
      part="table-toggle"
      aria-expanded=${o.open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${toggleTable(o.onToggle)}
    >
      ${t(o.lang, o.open ? 'hide' : 'show')}
    </button>
    <div
      id=${id}
      class="table-wrap"
      ?hidden=${!o.open}
      tabindex=${o.open ? 0 : -1}
      role="region"
      aria-label=${capped(model.caption, 'title')}
    >
      ${o.open ? (body ? body.renderTableBody(model, o.lang) : pending(o.lang)) : nothing}
    </div>
  </div>`;
}

/** Styles for the table view and sortable tables; add to an element's `styles` after `commonStyles` (buttons, tables). */
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
  .sort {
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: none;
    border: 0;
    padding: 0.2em 0;
    min-height: 1.75rem;
    cursor: pointer;
  }
  button[aria-busy='true'] {
    cursor: progress;
  }
  @media print {
    .table-wrap {
      max-height: none;
      overflow: visible;
    }
  }
`;
