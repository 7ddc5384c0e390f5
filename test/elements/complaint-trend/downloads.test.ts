import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { pickDownload } from '../../helpers/downloads.js';
import { $, $$, settle, trend, YEARLY } from './fixtures.js';
import type { PantauComplaintTrend } from '../../../src/elements/complaint-trend/pantau-complaint-trend.js';

/** Picks a download kind from the menu and returns what `<a download>` was asked to save. */
async function pick(
  el: PantauComplaintTrend,
  kind: 'csv' | 'svg' | 'png',
): Promise<{ name: string; blob: Blob }> {
  const original = HTMLAnchorElement.prototype.click;
  const saved = new Promise<{ name: string; href: string }>((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      resolve({ name: this.download, href: this.href });
    };
  });
  try {
    $(el, '[part=download-button]').click();
    await settle(el);
    $(el, `[part=download-menu] button[data-kind=${kind}]`).click();
    const { name, href } = await saved;
    expect(href).to.match(/^blob:/);
    return { name, blob: await (await fetch(href)).blob() };
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
}

describe('<pantau-complaint-trend> downloads', () => {
  it('exports the displayed table as CSV with a BOM and quoted fields', async () => {
    const data = { ...YEARLY, series: ['agraria, pertanahan', 'kepegawaian'] };
    const el = await trend(data, { heading: 'Laporan 2021–2024' });
    const expected =
      '\uFEFFPeriode,"agraria, pertanahan",kepegawaian,Jumlah\r\n2021,3000,4148,7148\r\n2022,3500,4795,8295\r\n2023,4452,4000,8452\r\n2024,6846,4000,10846\r\n';
    expect(el.toCsv()).to.equal(expected);
    const { name, blob } = await pick(el, 'csv');
    expect(name).to.equal('laporan-2021-2024.csv');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal(expected);
  });

  it('leaves hidden series out of the CSV, as the table does', async () => {
    const el = await trend(YEARLY);
    $$(el, '.legend-item')[1].click();
    await settle(el);
    expect(el.toCsv().split('\r\n')[0]).to.equal('\uFEFFPeriode,agraria');
  });

  it('exports a standalone SVG with colours inlined and no classes', async () => {
    const el = await trend(YEARLY, { heading: 'Laporan', source: 'Ombudsman RI' });
    const { name, blob } = await pick(el, 'svg');
    expect(name).to.equal('laporan.svg');
    const text = await blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(text).to.not.contain('class=');
    expect(text).to.not.contain('var(');
    const line = doc.querySelector('path[stroke-dasharray]');
    expect(line!.getAttribute('stroke')).to.match(/^rgb/);
    expect(text).to.contain('>Laporan</text>');
    expect(text).to.contain('>Sumber: Ombudsman RI</text>');
  });

  it('carries the subtitle, the note, the source with its label, the update and the legend', async () => {
    const el = await trend(YEARLY, {
      heading: 'Laporan',
      subheading: 'Nasional, per tahun',
      note: 'Angka 2024 sementara',
      source: 'Ombudsman RI',
      sourceUrl: 'https://ombudsman.go.id',
      lastUpdated: '2025-01-15',
    });
    const text = await (await pickDownload(el, 'svg')).blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const lines = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(lines).to.include.members([
      'Laporan',
      'Nasional, per tahun',
      'agraria',
      'kepegawaian',
      'Catatan: Angka 2024 sementara',
      'Sumber: Ombudsman RI (https://ombudsman.go.id)',
    ]);
    expect(lines.some((l) => l?.startsWith('Diperbarui 15'))).to.equal(true);
  });

  it('exports light from a chart the reader’s system shows dark, and dark when the author asks', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await trend(YEARLY, { heading: 'Laporan', theme: 'auto' });
      const auto = await (await pickDownload(el, 'svg')).blob.text();
      expect(auto).to.match(/^<svg[^>]*><rect width="100%" height="100%" fill="rgb\(255, 255, 255\)"/);
      el.theme = 'dark';
      await settle(el);
      const dark = await (await pickDownload(el, 'svg')).blob.text();
      expect(dark).to.match(/^<svg[^>]*><rect width="100%" height="100%" fill="rgb\(20, 23, 28\)"/);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('exports a PNG at twice the size', async () => {
    const el = await trend(YEARLY);
    const { blob } = await pick(el, 'png');
    expect(blob.type).to.equal('image/png');
    const bmp = await createImageBitmap(blob);
    const svg = $(el, 'svg.chart').getBoundingClientRect();
    // The plot and a 16 px margin each side, at twice the size.
    expect(bmp.width).to.equal(Math.round((svg.width + 32) * 2));
  });

  it('hides the menu with no-download', async () => {
    const el = await trend(YEARLY);
    expect($(el, '[part=download-button]')).to.exist;
    el.noDownload = true;
    await settle(el);
    expect($(el, '[part=download-button]')).to.equal(null);
  });

  it('closes the menu with Escape and returns focus to its button', async () => {
    const el = await trend(YEARLY);
    const button = $(el, '[part=download-button]');
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    $(el, '[part=download-menu] button').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});
