import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { PantauErrorEvent } from '../../../src/events/error.js';
import {
  DownloadMenuController,
  renderDownloadMenu,
  type MenuItemsModule,
} from '../../../src/elements/shared/download-menu.js';
import { SideFileError } from '../../../src/elements/shared/side-module.js';
import { renderTableView, type TableModel } from '../../../src/elements/shared/table-view.js';

// The table view's and the download menu's bodies load on their first opening (issue 18): the
// buttons are drawn at first paint, what they open comes from a side file.

/** A promise settled by hand: a side file that is still on its way. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

class LazyMenuHost extends LitElement {
  load: () => Promise<MenuItemsModule> = () => import('../../../src/elements/shared/download-menu-items.js');
  readonly menu = new DownloadMenuController(this, () => this.load());
  override render() {
    return renderDownloadMenu(this.menu, 'en', () => undefined);
  }
}
customElements.define('on-demand-menu-host', LazyMenuHost);

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

describe('the download menu on first opening', () => {
  it('draws no items before it is opened, is busy while they load, then opens with focus kept', async () => {
    const el = await fixture<LazyMenuHost>(html`<on-demand-menu-host></on-demand-menu-host>`);
    const items = deferred<MenuItemsModule>();
    el.load = () => items.promise;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=download-button]')!;
    expect(el.shadowRoot!.querySelectorAll('[part=download-menu] button')).to.have.length(0);
    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click(); // a second press while loading changes nothing
    items.resolve(await import('../../../src/elements/shared/download-menu-items.js'));
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'the menu did not open');
    await el.updateComplete;
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const kinds = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=download-menu] button')].map(
      (b) => b.dataset['kind'],
    );
    expect(kinds).to.deep.equal(['csv', 'svg', 'png']);
  });

  it('names the missing side file, fires pantau-error, stays closed and opens once the file loads', async () => {
    const el = await fixture<LazyMenuHost>(html`<on-demand-menu-host></on-demand-menu-host>`);
    const events: PantauErrorEvent[] = [];
    el.addEventListener('pantau-error', (e) => events.push(e));
    el.load = () =>
      Promise.reject(new SideFileError('pantau-x.export.js', 'https://cdn.example/p/pantau-x.export.js'));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=download-button]')!;
    button.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.dl-error'), 'no message');
    await el.updateComplete;
    const shown = el.shadowRoot!.querySelector('.dl-error')!;
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(shown.textContent).to.equal(
      'Downloads are unavailable: could not load the file pantau-x.export.js.',
    );
    expect(events.map((e) => e.detail.url)).to.deep.equal(['https://cdn.example/p/pantau-x.export.js']);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    el.load = () => import('../../../src/elements/shared/download-menu-items.js');
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'the menu did not open');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.dl-error')).to.equal(null);
  });
});
