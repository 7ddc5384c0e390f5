import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { formatNumber } from '../../../src/i18n/numbers-and-dates.js';
import { cappedText } from '../../../src/elements/shared/text-cap.js';
import { sortRows, tableBody } from '../../../src/elements/shared/table-body.js';
import type { TableCell, TableModel, TableRow } from '../../../src/elements/shared/table-view.js';

const { renderSortableTable, renderTable } = tableBody({ formatNumber, cappedText });

const rows: TableRow<TableCell>[] = [
  { head: 'Kota 10', cells: [5, 'b'], keys: ['Kota 10', 5, 'b'] },
  { head: 'Kota 2', cells: [null, 'a'], keys: ['Kota 2', undefined, 'a'] },
  { head: 'Kota 1', cells: [20, ''], keys: ['Kota 1', 20, undefined] },
];

describe('the shared table view', () => {
  it('sorts numbers by value and text in natural order, keeping rows without a key last both ways', () => {
    const heads = (column: number, descending: boolean) =>
      sortRows(rows, column, descending).map((r) => r.head);
    expect(heads(0, false)).to.deep.equal(['Kota 1', 'Kota 2', 'Kota 10']);
    expect(heads(1, false)).to.deep.equal(['Kota 10', 'Kota 1', 'Kota 2']);
    expect(heads(1, true)).to.deep.equal(['Kota 1', 'Kota 10', 'Kota 2']);
    expect(heads(2, true)).to.deep.equal(['Kota 10', 'Kota 2', 'Kota 1']);
  });

  it('makes each column header a sort button with aria-sort when sortable, and sorts the rows', async () => {
    const model: TableModel<TableCell> = {
      caption: 'Daftar',
      columns: ['Wilayah', 'Nilai', 'Kode'],
      rows,
    };
    const pressed: number[] = [];
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(
      renderSortableTable(model, 'id', {
        column: 1,
        descending: true,
        onSort: (c) => pressed.push(c),
      }),
      el,
    );
    const headers = [...el.querySelectorAll('thead th')];
    expect(headers.map((h) => h.getAttribute('aria-sort'))).to.deep.equal(['none', 'descending', 'none']);
    expect(headers[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Nilai ▼');
    headers[2]!.querySelector('button')!.click();
    expect(pressed).to.deep.equal([2]);
    const body = [...el.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent!.trim()),
    );
    expect(body).to.deep.equal([
      ['Kota 1', '20', ''],
      ['Kota 10', '5', 'b'],
      ['Kota 2', '–', 'a'],
    ]);
  });

  it('keeps plain headers without sort, formats numbers and shows text cells as given', async () => {
    const model: TableModel = {
      caption: 'Tabel',
      columns: ['Bulan', 'Jumlah'],
      rows: [{ head: 'Jan', cells: [1234.5] }],
    };
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderTable(model, 'id', { part: 'table' }), el);
    expect(el.querySelector('table')!.getAttribute('part')).to.equal('table');
    expect(el.querySelector('thead button')).to.equal(null);
    expect(el.querySelector('thead th')!.hasAttribute('aria-sort')).to.equal(false);
    expect(el.querySelector('td.num')!.textContent).to.equal('1.234,5');
  });
});
