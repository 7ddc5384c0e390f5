import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PantauComplaintTrend } from '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import type { PantauErrorEvent } from '../../../src/events/error.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { $, settle } from './fixtures.js';

const DIR = '/test/fixtures/real-id';
const text = (el: PantauComplaintTrend) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

async function fromSrc(
  file: string,
  attrs: Partial<PantauComplaintTrend> = {},
  worker = false,
): Promise<{ el: PantauComplaintTrend; issues: PantauDataIssuesEvent }> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
  const el = document.createElement('pantau-complaint-trend');
  Object.assign(el, attrs);
  const issues = oneEvent(el, 'pantau-data-issues') as Promise<PantauDataIssuesEvent>;
  // A file whose size the server does not say may be large: the element counts it in a worker.
  el.src = worker ? `/__complaint-trend/unsized${DIR}/${file}?key=${Math.random()}` : `${DIR}/${file}`;
  const Native = window.Worker;
  let spawned = 0;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      spawned++;
    }
  };
  try {
    wrap.append(el);
    const ev = await issues;
    await settle(el);
    expect(spawned > 0, 'counted in a worker').to.equal(worker);
    return { el, issues: ev };
  } finally {
    window.Worker = Native;
  }
}

const WIDE =
  '\uFEFFPeriode,Infrastruktur,Kesehatan,Pendidikan,Kepegawaian,Jumlah\r\n' +
  '2024-01,1204,845,512,230,2791\r\n2024-02,1098,790,498,241,2627\r\n2024-03,1311,902,530,219,2962\r\n' +
  '2024-04,1150,811,,205,2166\r\n2024-05,1276,866,547,228,2917\r\n2024-06,1032,754,489,199,2474\r\n';

describe('<pantau-complaint-trend> on wide tables (one column per series)', () => {
  for (const worker of [false, true]) {
    it(`reads bulan,Infrastruktur,Kesehatan,… as one series per column${worker ? ' (large-file worker path)' : ''}`, async () => {
      const { el, issues } = await fromSrc('pengaduan-lebar.csv', {}, worker);
      expect(el.toCsv()).to.equal(WIDE);
      expect(issues.detail.notes!.map((n) => n.code)).to.deep.equal(['wide-table', 'number-locale-assumed']);
      expect($(el, '[part=summary]').textContent).not.to.contain('tetap 1');
      expect(text(el)).to.contain(
        'Tabel dibaca sebagai satu seri per kolom (Infrastruktur, Kesehatan, Pendidikan, Kepegawaian) dengan tanggal dari kolom "bulan"',
      );
      expect(text(el)).to.contain(
        'Kolom "Infrastruktur": "1.204" dapat dibaca dua cara; dibaca cara Indonesia (1.204)',
      );
    });
  }

  it('reads the same table when the date column is named (the case that drew a flat line at 1)', async () => {
    const { el } = await fromSrc('pengaduan-lebar.csv', { dateField: 'bulan' });
    expect(el.toCsv()).to.equal(WIDE);
  });

  it('reads an Excel file saved in Indonesian (;, 1.204, 512,5) without a number note', async () => {
    const { el, issues } = await fromSrc('pengaduan-lebar-excel.csv');
    expect(el.toCsv()).to.equal(
      '\uFEFFPeriode,Infrastruktur,Kesehatan,Pendidikan,Jumlah\r\n' +
        '2024-01,1204,845,512.5,2561.5\r\n2024-02,1098,790,498,2386\r\n2024-03,1311,902,530,2743\r\n',
    );
    expect(issues.detail.notes!.map((n) => n.code)).to.deep.equal(['wide-table']);
  });

  it('sums only the columns value-fields names, and does not call it a guess', async () => {
    const { el, issues } = await fromSrc('pengaduan-lebar.csv', {
      valueFields: 'Kesehatan, Kepegawaian',
      numberLocale: 'id',
    });
    expect(el.toCsv()).to.contain('Periode,Kesehatan,Kepegawaian,Jumlah\r\n2024-01,845,230,1075\r\n');
    expect(issues.detail.notes).to.deep.equal([]);
  });

  it('says which numeric columns it did not sum when it counts rows, naming the attributes', async () => {
    const { el, issues } = await fromSrc('pengaduan-campur.csv', { dateField: 'tanggal' });
    expect(el.toCsv()).to.equal('\uFEFFPeriode,Pengaduan\r\n2024-01,2\r\n2024-02,2\r\n');
    expect(issues.detail.notes!.map((n) => [n.code, n.params.fields])).to.deep.equal([
      ['wide-ignored', 'jumlah_pelapor'],
    ]);
    expect(text(el)).to.contain('kolom angka jumlah_pelapor tidak dijumlahkan. Atur value-field');
    await expectNoAxeViolations(el);
  });

  it('says the same from a streamed count', async () => {
    const { issues } = await fromSrc('pengaduan-campur.csv', { dateField: 'tanggal' }, true);
    expect(issues.detail.notes!.map((n) => n.code)).to.deep.equal(['wide-ignored']);
  });

  it('names a value-fields column the data lacks', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('pantau-complaint-trend');
    el.valueFields = 'Infrastruktur,Kesehtan';
    el.src = `${DIR}/pengaduan-lebar.csv`;
    wrap.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=issues][role=alert]'), 'alert');
  });
});

describe('<pantau-complaint-trend> records stay records', () => {
  it('counts an Open311 feed with no note: identifiers and coordinates are not counts', async () => {
    const { issues } = await fromSrc('../open311/open311status-bloomington_requests.json');
    expect(issues.detail.notes).to.deep.equal([]);
    const rows = [
      { tanggal: '2024-01-03', kategori: 'Jalan', id: '17', lat: '-3.31', long: '114.59' },
      { tanggal: '2024-01-05', kategori: 'Air', id: '18', lat: '-3.32', long: '114.6' },
    ];
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('pantau-complaint-trend');
    el.dateField = 'tanggal';
    const ev = oneEvent(el, 'pantau-data-issues') as Promise<PantauDataIssuesEvent>;
    el.data = rows;
    wrap.append(el);
    expect((await ev).detail.notes).to.deep.equal([]);
  });
});

describe('<pantau-complaint-trend> a table without the date column named', () => {
  it('names the date column it found instead of rejecting every row', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('pantau-complaint-trend');
    const failed = oneEvent(el, 'pantau-error') as Promise<PantauErrorEvent>;
    el.data = [
      { tanggal: '2024-01-03', kategori: 'Jalan' },
      { tanggal: '2024-01-05', kategori: 'Air' },
    ];
    wrap.append(el);
    const { detail } = await failed;
    expect(detail.code).to.equal('shape');
    expect(detail.message).to.contain('date-field="tanggal"');
  });
});

describe('<pantau-complaint-trend> timestamps without an offset', () => {
  it('counts each on its wall-clock day in the element time zone', async () => {
    const { el } = await fromSrc('pengaduan-waktu-lokal.csv', { period: 'day' });
    expect(el.toCsv()).to.equal('\uFEFFPeriode,Pengaduan\r\n2024-12-31,3\r\n2025-01-01,1\r\n');
  });

  it('shows "Diperbarui" for one as the day it names', async () => {
    const { el } = await fromSrc('pengaduan-waktu-lokal.csv', {
      lastUpdated: '2024-12-31T20:00:00',
      timeZone: 'America/Los_Angeles',
    });
    expect(text(el)).to.contain('Diperbarui 31 Desember 2024');
    el.lastUpdated = '2024-12-31T20:00:00Z';
    el.timeZone = 'Asia/Jakarta';
    await settle(el);
    expect(text(el)).to.contain('Diperbarui 1 Januari 2025');
  });

  it('names quarters and weeks as reports do', async () => {
    const { el } = await fromSrc('pengaduan-waktu-lokal.csv', { period: 'quarter' });
    const toggle = $(el, '[part=table-toggle]');
    toggle.click();
    // The table's code loads on the first opening.
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the table did not open');
    await settle(el);
    expect(text(el)).to.contain('Triwulan IV 2024');
  });
});
