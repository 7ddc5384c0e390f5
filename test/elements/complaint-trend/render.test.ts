import { expect } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import type { PantauComplaintTrend } from '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import { $, $$, RECORDS, settle, trend, YEARLY } from './fixtures.js';

const vertexCount = (d: string) => (d.match(/[MLVHh]/g) ?? []).length;

describe('<pantau-complaint-trend> rendering', () => {
  for (const mode of ['line', 'area', 'bars', 'grouped'] as const) {
    it(`draws one shape per series in ${mode} mode`, async () => {
      const el = await trend(YEARLY, { mode });
      const shapes = $$(el, `.plot.mode-${mode} .series ${mode === 'line' ? '.line' : '.fill'}`);
      expect(shapes).to.have.length(2);
      for (const s of shapes) expect(s.getAttribute('d')).to.match(/^M/);
    });
  }

  it('draws its lines in the update that first shows its plot, with no render pass for its size', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '600px';
    document.body.append(wrap);
    const el = document.createElement('pantau-complaint-trend') as PantauComplaintTrend;
    el.data = YEARLY;
    // What each update left in the plot: nothing (no data yet), an empty plot, or lines.
    const plots: string[] = [];
    const update = el['update'].bind(el);
    el['update'] = (changed: PropertyValues) => {
      update(changed);
      plots.push(!$(el, '.plot') ? 'none' : $$(el, 'g.plot .series .line').length ? 'lines' : 'empty');
    };
    wrap.append(el);
    await settle(el);
    expect(plots.filter((p) => p !== 'none')).to.deep.equal(['lines']);
    wrap.remove();
  });

  it('builds the hatch tiles only for fills, which are all that use them', async () => {
    const el = await trend(YEARLY, { mode: 'line' });
    expect($$(el, 'svg.chart pattern')).to.have.length(0);
    el.mode = 'area';
    await settle(el);
    expect($$(el, 'svg.chart pattern').length).to.be.greaterThan(0);
    for (const f of $$(el, '.hatch-fill')) {
      const id = f.getAttribute('fill')!.slice(5, -1);
      expect($(el, `svg.chart pattern#${id}`)).to.exist;
    }
  });

  it('draws lines for an unknown mode, the default', async () => {
    const el = await trend(YEARLY, { mode: 'pie' as 'line' });
    expect($$(el, '.plot .series .line')).to.have.length(2);
    expect($$(el, '.plot .series .fill')).to.have.length(0);
  });

  it('stacks areas: the second series sits on top of the first', async () => {
    const el = await trend(YEARLY, { mode: 'area' });
    const [a, b] = $$(el, 'g.plot .fill').map((p) => p.getBoundingClientRect());
    expect(b.top).to.be.lessThan(a.top);
  });

  it('gives each line series its own dash pattern, so colour is not the only cue', async () => {
    const el = await trend(YEARLY, { mode: 'line' });
    const dashes = $$(el, 'g.plot .line').map((p) => p.getAttribute('stroke-dasharray'));
    expect(new Set(dashes).size).to.equal(2);
  });

  it('draws dense lines solid with their marker shape along them, so colour is still not the only cue', async () => {
    const n = 3000;
    const start = Date.UTC(2000, 0, 1);
    const table = {
      period: 'day',
      periods: Array.from({ length: n }, (_, i) =>
        new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      ),
      series: ['a', 'b', 'c'],
      values: [0, 1, 2].map((s) => Array.from({ length: n }, (_, i) => 50 + s * 20 + (i % 13))),
      total: 0,
    };
    const el = await trend(table, { mode: 'line', period: 'day' });
    expect($$(el, 'g.plot .line').map((p) => p.getAttribute('stroke-dasharray'))).to.deep.equal([
      null,
      null,
      null,
    ]);
    const marks = $$(el, 'g.plot .marker').map((p) => p.getAttribute('d') ?? '');
    expect(marks).to.have.length(3);
    // Circles, squares and triangles: each series its own shape, a few of them across the width.
    expect(
      marks.map((d) =>
        d
          .match(/[a-zA-Z]/g)!
          .slice(0, 3)
          .join(''),
      ),
    ).to.deep.equal(['Maa', 'Mhv', 'MLH']);
    for (const d of marks) expect((d.match(/M/g) ?? []).length).to.be.within(5, 15);
  });

  for (const [period, count] of [
    ['day', 77],
    ['week', 11],
    ['month', 3],
    ['quarter', 1],
    ['year', 1],
  ] as const) {
    it(`counts raw records per ${period}`, async () => {
      const el = await trend(RECORDS, { period, seriesField: 'kategori' });
      const csv = el.toCsv();
      const lines = csv.trim().split('\r\n');
      expect(lines.length - 1).to.equal(count);
      const total = lines.slice(1).reduce((sum, l) => sum + Number(l.split(',').at(-1) || 0), 0);
      expect(total).to.equal(6);
    });
  }

  it('writes the summary sentence in Indonesian', async () => {
    const el = await trend(YEARLY);
    expect($(el, '.summary').textContent).to.equal(
      'Pengaduan naik 28,3% dari 8.452 pada 2023 menjadi 10.846 pada 2024; terbanyak: agraria.',
    );
    expect($(el, '[part=change]').textContent).to.contain('Naik 28,3% dibandingkan 2023');
  });

  it('switches to English with the lang attribute', async () => {
    const el = await trend(YEARLY);
    el.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, '.summary').textContent).to.equal(
      'Complaints rose 28.3% from 8,452 in 2023 to 10,846 in 2024; largest: agraria.',
    );
    expect($(el, '.table-toggle').textContent!.trim()).to.equal('Show table');
    expect($(el, '[part=change]').textContent).to.contain('Up 28.3% from 2023');
  });

  it('abbreviates month ticks in the reader language', async () => {
    const months = {
      period: 'month',
      periods: ['2024-07', '2024-08', '2024-09'],
      series: ['total'],
      values: [[1, 2, 3]],
      total: 6,
    };
    const el = await trend(months);
    expect($$(el, '.tick').map((t) => t.textContent)).to.include.members(['Jul', 'Agu', 'Sep', '2024']);
  });

  it('shows the header, footer and a safe source link', async () => {
    const el = await trend(YEARLY, {
      heading: 'Laporan',
      subheading: 'per tahun',
      source: 'Ombudsman RI',
      sourceUrl: 'javascript:alert(1)',
      note: 'Definisi berubah',
    });
    expect($(el, '[part=title]').getAttribute('role')).to.equal('heading');
    expect($(el, '[part=title]').textContent!.trim()).to.equal('Laporan');
    expect($(el, '[part=source] a')).to.equal(null);
    el.sourceUrl = 'https://ombudsman.go.id/';
    await settle(el);
    expect($(el, '[part=source] a').getAttribute('href')).to.equal('https://ombudsman.go.id/');
  });

  it('sums a value field and leaves a missing period as a gap, not zero', async () => {
    const rows = [
      { year: '2019', count: '7903' },
      { year: '2021', count: '7148' },
      { year: '2022', count: '8295' },
    ];
    const el = await trend(rows, { period: 'year', dateField: 'year', valueField: 'count' });
    expect(el.toCsv()).to.equal(
      '\uFEFFPeriode,Pengaduan\r\n2019,7903\r\n2020,\r\n2021,7148\r\n2022,8295\r\n',
    );
    expect($(el, 'g.plot .line').getAttribute('d')!.match(/M/g)).to.have.length(2);
  });

  it('filters long-format rows with a URL-query-style filter', async () => {
    const rows = [
      { year: '2023', metric: 'laporan masyarakat', category: 'total', count: '8452' },
      { year: '2024', metric: 'laporan masyarakat (incl. IAP/RCO)', category: 'total', count: '10846' },
      { year: '2024', metric: 'laporan by substansi', category: 'agraria', count: '1865' },
    ];
    const el = await trend(rows, {
      period: 'year',
      dateField: 'year',
      valueField: 'count',
      filter: 'category=total',
    });
    expect(el.toCsv()).to.contain('2023,8452\r\n2024,10846');
  });

  it('draws annotations on the time axis', async () => {
    const el = await trend(YEARLY, {
      annotations: [
        { date: '2023-06-01', label: 'Aplikasi baru' },
        { date: '1999', label: 'di luar data' },
      ],
    });
    expect($$(el, '.note').map((n) => n.textContent)).to.deep.equal(['Aplikasi baru']);
  });

  it('draws 100,000 points with a path bounded by the width, not the count', async () => {
    const n = 100_000;
    const start = Date.UTC(1800, 0, 1);
    const periods = Array.from({ length: n }, (_, i) =>
      new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    );
    const values = [
      Float64Array.from(
        { length: n },
        (_, i) => 100 + 50 * Math.sin(i / 300) + (i % 97),
      ) as unknown as number[],
    ];
    // Speed is measured by `npm run bench`, not asserted here: the drawn path's size is what
    // proves that render cost follows the width, not the number of points.
    const el = await trend({ period: 'day', periods, series: ['total'], values, total: 0 }, {}, 800);
    const d = $(el, 'g.plot .line').getAttribute('d')!;
    expect(vertexCount(d)).to.be.at.most(4 * 800);
  });
});
