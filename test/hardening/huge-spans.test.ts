import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { aggregateByPeriod, MAX_PERIODS } from '../../src/data/aggregate/period-table.js';
import { DataError } from '../../src/data/errors.js';
import type { PantauErrorEvent } from '../../src/events/error.js';
import type { PantauDataIssuesEvent } from '../../src/events/data-issues.js';
import { MAX_JOINED_ROWS } from '../../src/elements/compliance-map/map-source.js';
import '../../src/index.js';
import '../../src/geo/id-provinces.js';

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
const SPAN = [
  { date: '0001-01-01', value: 1 },
  { date: '9999-12-31', value: 1 },
];

describe('huge spans: a trend builds at most MAX_PERIODS periods', () => {
  it('refuses to count 0001-01-01 to 9999-12-31 by day, and counts it by year', () => {
    const o = { date: (r: { date: string }) => r.date };
    expect(() => aggregateByPeriod(SPAN, { ...o, period: 'day' })).to.throw(DataError, /coarser period/);
    try {
      aggregateByPeriod(SPAN, { ...o, period: 'month' });
    } catch (e) {
      expect((e as DataError).info.code).to.equal('too-many-periods');
    }
    expect(aggregateByPeriod(SPAN, { ...o, period: 'year' }).periods).to.have.length(9999);
    expect(MAX_PERIODS).to.equal(10_000);
  });

  it('the trend says to choose a coarser period, in the page and in pantau-error', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('pantau-complaint-trend');
    el.setAttribute('period', 'day');
    el.data = SPAN;
    const error = oneEvent(el, 'pantau-error') as Promise<PantauErrorEvent>;
    wrap.append(el);
    expect((await error).detail.code).to.equal('too-many-periods');
    await el.updateComplete;
    expect(text(el)).to.contain('Pilih periode yang lebih kasar');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    el.setAttribute('period', 'year');
    await el.updateComplete;
    expect(text(el)).not.to.contain('Pilih periode yang lebih kasar');
  });
});

describe('huge joins: a map joins at most max-joined-rows rating rows', () => {
  const codes = [
    '11',
    '12',
    '13',
    '14',
    '15',
    '16',
    '17',
    '18',
    '19',
    '21',
    '31',
    '32',
    '33',
    '34',
    '35',
    '36',
  ];
  const rows = Array.from({ length: MAX_JOINED_ROWS + 5000 }, (_, i) => ({
    code: codes[i % codes.length],
    score: 50 + (i % 50),
    year: 2000 + (Math.floor(i / codes.length) % 20),
  }));

  it('joins the first 20,000 rows and says so, counting the rest as left out', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('pantau-compliance-map');
    el.setAttribute('lang', 'en');
    el.setAttribute('geo', 'id-provinces');
    el.data = rows;
    const issues: number[] = [];
    el.addEventListener('pantau-data-issues', (e) =>
      issues.push((e as PantauDataIssuesEvent).detail.skipped),
    );
    wrap.append(el);
    for (let i = 0; i < 200 && !text(el).includes('Only 20,000'); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(text(el)).to.contain('Only 20,000 of 25,000 rows were joined to the map');
    expect(issues.at(-1)).to.equal(5000);
    expect(text(el)).to.contain('max-joined-rows');
  });

  it('joins them all when max-joined-rows allows it', async () => {
    const el = await fixture<HTMLElement>(
      html`<pantau-compliance-map
        lang="en"
        geo="id-provinces"
        max-joined-rows="30000"
        .data=${rows}
      ></pantau-compliance-map>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(text(el)).not.to.contain('rows were joined');
  });
});
