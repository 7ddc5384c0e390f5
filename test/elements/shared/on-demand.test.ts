import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { renderTableView, type TableModel } from '../../../src/elements/shared/table-view.js';

// The table view's body loads on its first opening (issue 18): the button is drawn at first
// paint, the table's code comes from a side file (pantau-table.js in the CDN build).

const MODEL: TableModel = {
  caption: 'Pengaduan per tahun',
  columns: ['Periode', 'Jumlah'],
  rows: [
    { head: '2023', cells: [8452] },
    { head: '2024', cells: [10846] },
  ],
};

class TableHost extends LitElement {
  static override properties = { open: { state: true } };
  open = false;
  override render() {
    return renderTableView({
      model: MODEL,
      open: this.open,
      onToggle: () => (this.open = !this.open),
      lang: 'id',
    });
  }
}
customElements.define('on-demand-table-host', TableHost);

describe('the table view on first opening', () => {
  // First in this file: the table's code is not loaded yet.
  it('opens once its code has loaded, busy meanwhile, keeping focus and ignoring a second press', async () => {
    const el = await fixture<TableHost>(html`<on-demand-table-host></on-demand-table-host>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    expect(toggle.textContent!.trim()).to.equal('Tampilkan tabel');
    toggle.focus();
    toggle.click();
    toggle.click();
    expect(toggle.getAttribute('aria-busy')).to.equal('true');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the table did not open');
    await el.updateComplete;
    expect(toggle.hasAttribute('aria-busy')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    // Opened drawn, never as an empty panel, and opened once (the second press waited).
    const rows = [...el.shadowRoot!.querySelectorAll('[part=table] tbody tr')].map((r) =>
      r.textContent!.trim(),
    );
    expect(rows.map((r) => r.replace(/\s+/g, ' '))).to.deep.equal(['2023 8.452', '2024 10.846']);
    expect(el.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
  });

  it('closes and opens again at once after the first time', async () => {
    const el = await fixture<TableHost>(html`<on-demand-table-host></on-demand-table-host>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    toggle.click();
    expect(toggle.hasAttribute('aria-busy')).to.equal(false);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part=table]')).to.exist;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part=table]')).to.equal(null);
  });
});
