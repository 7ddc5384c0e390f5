import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/stat/pantau-stat.js';
import type { PantauStat } from '../../../src/elements/stat/pantau-stat.js';
import type { PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';

const DIR = '/test/fixtures/real-id';
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const sentence = (el: Element) => el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();
const shown = (el: PantauStat) => waitUntil(() => el.shadowRoot!.querySelector('[part=value]'), 'figure');

describe('<pantau-stat> on files as Indonesian offices write them', () => {
  it('reads an Excel CSV saved in Indonesian (;, 10.846, 68,52) as written', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat src=${`${DIR}/statistik-excel.csv`}></pantau-stat>`,
    );
    await shown(el);
    expect(sentence(el)).to.equal(
      'Laporan masyarakat diterima: 10.846 laporan pada 2024, naik 28,3% dari 8.452 pada 2023.',
    );
    el.select = 'ikm';
    await el.updateComplete;
    expect(sentence(el)).to.equal(
      'Indeks kepuasan masyarakat: 68,52 pada 2024, turun 2,3% dari 70,1 pada 2023.',
    );
    expect(text(el)).not.to.contain('Catatan data');
  });

  it('takes the page language reading of 10.846 and says so, naming number-locale', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat src=${`${DIR}/statistik-ambigu.csv`}></pantau-stat>`,
    );
    const ev = (await oneEvent(el, 'pantau-data-issues')) as PantauDataIssuesEvent;
    await shown(el);
    expect(el.shadowRoot!.querySelector('[part=value]')!.textContent).to.equal('10.846');
    expect(ev.detail.notes!.map((n) => [n.code, n.field])).to.deep.equal([
      ['number-locale-assumed', 'value'],
      ['number-locale-assumed', 'previous'],
    ]);
    expect(text(el)).to.contain('Catatan data (2)');
    expect(text(el)).to.contain('"10.846" dapat dibaca dua cara; dibaca cara Indonesia (10.846)');
    expect(text(el)).to.contain('number-locale');
    await expectNoAxeViolations(el);
  });

  it('reads English when the page is English, and says so in English', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat lang="en" src=${`${DIR}/statistik-ambigu.csv`}></pantau-stat>`,
    );
    await shown(el);
    expect(el.shadowRoot!.querySelector('[part=value]')!.textContent).to.equal('10.85');
    expect(text(el)).to.contain('it was read the English way (10.846)');
  });

  it('reads as number-locale states, without a note, and again when it changes', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat number-locale="en" src=${`${DIR}/statistik-ambigu.csv`}></pantau-stat>`,
    );
    await shown(el);
    expect(el.shadowRoot!.querySelector('[part=value]')!.textContent).to.equal('10,85');
    expect(text(el)).not.to.contain('Catatan data');
    el.numberLocale = 'id';
    await waitUntil(() => el.shadowRoot!.querySelector('[part=value]')?.textContent === '10.846', 'reread');
  });

  it('keeps a decimal comma in a comma-separated file (quoted), with a stated locale or none', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat src=${`${DIR}/statistik-koma.csv`}></pantau-stat>`,
    );
    await shown(el);
    expect(sentence(el)).to.contain(': 10.846,');
    expect(sentence(el)).to.contain('dari 9.120,5');
  });

  it('shows "Diperbarui" for a timestamp without an offset as the day it is in the element time zone', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat src=${`${DIR}/statistik-ambigu.csv`}></pantau-stat>`,
    );
    await shown(el);
    expect(text(el)).to.contain('Diperbarui 31 Desember 2024');
    const la = await fixture<PantauStat>(
      html`<pantau-stat
        value="1"
        updated="2024-12-31T20:00:00Z"
        time-zone="America/Los_Angeles"
      ></pantau-stat>`,
    );
    expect(text(la)).to.contain('Diperbarui 31 Desember 2024');
    const wib = await fixture<PantauStat>(
      html`<pantau-stat value="1" updated="2024-12-31T20:00:00Z"></pantau-stat>`,
    );
    expect(text(wib)).to.contain('Diperbarui 1 Januari 2025');
  });

  it('says a rejected value in Indonesian, with the attribute that would read it', async () => {
    const el = await fixture<PantauStat>(
      html`<pantau-stat number-locale="en">
        <script type="text/csv">
          label,value
          Laporan,"68,52"
        </script>
      </pantau-stat>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.data-state.error'), 'error');
    const details = el
      .shadowRoot!.querySelector('.data-state.error details')!
      .textContent!.replace(/\s+/g, ' ');
    expect(details).to.contain('Kode kesalahan: no-rows');
    expect(details).to.contain(
      'Baris 1, kolom "value": "68,52" — yang diharapkan: angka dengan penulisan Inggris, seperti 1,234.5 (dengan number-locale="id" nilai ini terbaca 68,52)',
    );
    expect(details).not.to.match(/expected|None of/);
  });
});
