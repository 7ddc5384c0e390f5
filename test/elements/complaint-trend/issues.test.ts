import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PantauComplaintTrend } from '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import type { PantauDataIssuesEvent } from '../../../src/events/data-issues.js';
import { $, $$, settle, trend } from './fixtures.js';

const issueRows = (el: PantauComplaintTrend) => el.issues.map((i) => [i.row, i.field, i.value]);

describe('<pantau-complaint-trend> rows left out', () => {
  it('sums the good CSV rows only and lists the bad date and the bad number by row and field', async () => {
    const csv = [
      'date,kategori,jumlah',
      '2024-01-15,agraria,3',
      'kemarin,agraria,2',
      '2024-02-01,agraria,banyak',
      '2024-02-03,kepolisian,4',
    ].join('\r\n');
    const el = await trend(csv, {
      format: 'csv',
      period: 'month',
      valueField: 'jumlah',
      seriesField: 'kategori',
    });
    expect(el.toCsv()).to.equal(
      '\uFEFFPeriode,kepolisian,agraria,Jumlah\r\n2024-01,,3,3\r\n2024-02,4,,4\r\n',
    );
    expect(issueRows(el)).to.deep.equal([
      [2, 'date', 'kemarin'],
      [3, 'jumlah', 'banyak'],
    ]);
    expect(el.issues[1].expected).to.contain('number');
    const note = $(el, '[part=issues]');
    expect(note.querySelector('p')!.textContent).to.equal('2 baris dilewati');
    const items = [...note.querySelectorAll('details li')].map((li) => li.textContent!.trim());
    // Said in the page's language (they were English on an Indonesian page).
    expect(items[0]).to.match(
      /^Baris 2, kolom "date": "kemarin" \(diharapkan: tanggal seperti 2024-03-01 atau/,
    );
    expect(items[1]).to.match(/^Baris 3, kolom "jumlah": "banyak" \(diharapkan: angka seperti 1234,5/);
  });

  it('counts the good JSON records only and says so in English', async () => {
    const rows = [
      { date: '2024-01-15' },
      { date: '15/01/2024' },
      { date: '2024-01-20' },
      { date: '' },
      { requested_datetime: '2024-02-01T10:00:00+07:00' },
    ];
    const el = await trend(rows, {});
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(el.toCsv()).to.equal('\uFEFFPeriod,Complaints\r\n2024-01,2\r\n2024-02,1\r\n');
    expect(issueRows(el)).to.deep.equal([
      [2, 'date', '15/01/2024'],
      [4, 'date', ''],
    ]);
    expect($(el, '[part=issues] p').textContent).to.equal('2 rows skipped');
    expect($(el, '[part=issues] summary').textContent).to.equal('Rows skipped and why');
  });

  it('reports row numbers of the source, not of the filtered rows', async () => {
    const rows = [
      { year: '2023', category: 'total', count: '8452' },
      { year: '2023', category: 'agraria', count: '1000' },
      { year: '2024', category: 'agraria', count: 'n/a' },
      { year: '2024', category: 'total', count: '10.846 laporan' },
      { year: '2024', category: 'total', count: '10846' },
    ];
    const el = await trend(rows, {
      period: 'year',
      dateField: 'year',
      valueField: 'count',
      filter: 'category=total',
    });
    expect(el.toCsv()).to.contain('2023,8452\r\n2024,10846');
    expect(issueRows(el)).to.deep.equal([[4, 'count', '10.846 laporan']]);
  });

  it('keeps the note and the alert accessible in light and dark themes', async () => {
    const el = await trend([{ date: '2024-01-15' }, { date: 'kemarin' }]);
    $<HTMLDetailsElement>(el, '[part=issues] details').open = true;
    await expectNoAxeViolations(el);
    el.dateField = 'tanggal';
    el.theme = 'dark';
    await settle(el);
    expect($(el, '[part=issues][role=alert]')).to.exist;
    $<HTMLDetailsElement>(el, '[part=issues] details').open = true;
    await expectNoAxeViolations(el);
  });

  it('shows no note when every row is usable', async () => {
    const el = await trend([{ date: '2024-01-15' }, { date: '2024-02-15' }]);
    expect(el.issues).to.deep.equal([]);
    expect($(el, '[part=issues]')).to.equal(null);
  });

  it('reads the rows again when a field changes, without reloading, and alerts when none is usable', async () => {
    const rows = [
      { tanggal: '2024-01-15', date: 'x' },
      { tanggal: '2024-02-15', date: 'y' },
    ];
    const el = await trend(rows, {});
    expect($(el, '[part=plot]')).to.equal(null);
    const alert = $(el, '[part=issues][role=alert]');
    expect(alert.textContent).to.contain('Tidak ada baris data yang dapat digunakan');
    // The data client's English message is for English pages; this one lists the rows in Indonesian.
    expect(alert.querySelector('code')).to.equal(null);
    expect(issueRows(el)).to.deep.equal([
      [1, 'date', 'x'],
      [2, 'date', 'y'],
    ]);
    const errored = oneEvent(el, 'pantau-error');
    el.filter = 'date=nothing';
    const e = await errored;
    expect(e.detail.code).to.equal('no-rows');
    expect(e.detail.message).to.contain('No record matches the filter');
    el.filter = undefined;
    el.dateField = 'tanggal';
    await settle(el);
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.issues).to.deep.equal([]);
    expect(el.toCsv()).to.equal('\uFEFFPeriode,Pengaduan\r\n2024-01,1\r\n2024-02,1\r\n');
  });

  it('reports a date that does not fit the period instead of dropping it silently', async () => {
    const rows = [
      { date: '2024-01-15', value: 1 },
      { date: '2024', value: 5 },
      { date: '2024-03-01', value: 2 },
    ];
    const el = await trend(rows, { period: 'month' });
    expect(el.toCsv()).to.equal('\uFEFFPeriode,Pengaduan\r\n2024-01,1\r\n2024-02,\r\n2024-03,2\r\n');
    expect(issueRows(el)).to.deep.equal([[2, 'date', '2024']]);
    el.period = 'year';
    await settle(el);
    expect(el.toCsv()).to.equal('\uFEFFPeriode,Pengaduan\r\n2024,8\r\n');
    expect(el.issues).to.deep.equal([]);
  });

  it('lists at most 20 issues in the page, and all of them in `issues`', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ date: i < 25 ? `bad-${i}` : '2024-05-01' }));
    const el = await trend(rows);
    expect(el.issues).to.have.length(25);
    const items = $$(el, '[part=issues] li');
    expect(items).to.have.length(21);
    expect(items[20].textContent!.trim()).to.equal('… dan 5 lainnya');
  });

  it('measures resolution from the same records the chart counts', async () => {
    const rows = [
      {
        requested_datetime: '2024-01-02T09:00:00Z',
        status: 'closed',
        updated_datetime: '2024-01-04T09:00:00Z',
      },
      {
        requested_datetime: '2024-01-03T09:00:00Z',
        status: 'closed',
        updated_datetime: '2024-01-09T09:00:00Z',
      },
      { requested_datetime: '2024-02-01T09:00:00Z', status: 'open', updated_datetime: 'soon' },
      {
        requested_datetime: '2024-02-03T09:00:00Z',
        status: 'closed',
        updated_datetime: '2024-02-04T09:00:00Z',
      },
    ];
    const el = await trend(rows, { measure: 'resolution', timeZone: 'UTC' });
    const lines = el.toCsv().trim().split('\r\n');
    expect(lines[0]).to.equal('Periode,Pengaduan,Median hari penyelesaian');
    expect(lines.slice(1)).to.deep.equal(['2024-01,2,4', '2024-02,2,1']);
    expect(el.issues).to.deep.equal([]);
  });
});

describe('<pantau-complaint-trend> pantau-data-issues', () => {
  const rows = [
    { date: '2024-01-15' },
    { date: '15/01/2024' },
    { date: '2024-01-20' },
    { date: '' },
    { date: '2024-02-01' },
  ];

  it('reports the rows left out once per dataset, not again for a new period', async () => {
    const events: PantauDataIssuesEvent[] = [];
    const wrap = await fixture<HTMLDivElement>(
      html`<div
        style="width:600px"
        @pantau-data-issues=${(e: PantauDataIssuesEvent) => events.push(e)}
      ></div>`,
    );
    const el = document.createElement('pantau-complaint-trend') as PantauComplaintTrend;
    el.period = 'month';
    el.data = rows;
    wrap.append(el);
    await settle(el);
    expect(events).to.have.length(1);
    const [first] = events;
    expect(first!.detail.skipped).to.equal(2);
    expect(first!.detail.rowIssues.map((i) => [i.row, i.field, i.value])).to.deep.equal([
      [2, 'date', '15/01/2024'],
      [4, 'date', ''],
    ]);
    // A trend has no join: only the row fields and the reading notes (none here).
    expect(Object.keys(first!.detail).sort()).to.deep.equal(['notes', 'rowIssues', 'skipped']);
    expect(first!.detail.notes).to.deep.equal([]);
    expect(first!.composed && first!.bubbles).to.equal(true);

    el.period = 'year';
    await settle(el);
    expect(events, 'a new period re-counts, it reads nothing new').to.have.length(1);

    el.data = rows.filter((r) => /^2024-/.test(r.date));
    await settle(el);
    expect(events).to.have.length(2);
    expect(events[1]!.detail).to.deep.equal({ rowIssues: [], skipped: 0, notes: [] });
  });

  it('fires pantau-error instead when no row is usable', async () => {
    const events: string[] = [];
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    wrap.addEventListener('pantau-data-issues', () => events.push('issues'));
    wrap.addEventListener('pantau-error', () => events.push('error'));
    const el = document.createElement('pantau-complaint-trend') as PantauComplaintTrend;
    el.data = [{ date: 'kemarin' }, { date: '' }];
    wrap.append(el);
    await settle(el);
    expect(events).to.deep.equal(['error']);
  });
});
