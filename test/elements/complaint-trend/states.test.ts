import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import type { PantauComplaintTrend } from '../../../src/elements/complaint-trend/pantau-complaint-trend.js';
import { TrendHarness } from '../../harness/trend.js';
import { $ } from './fixtures.js';

const key = () => Math.random().toString(36).slice(2);

describe('<pantau-complaint-trend> data states', () => {
  it('shows a skeleton and sets aria-busy while loading', async () => {
    const el = await fixture<PantauComplaintTrend>(
      html`<pantau-complaint-trend
        period="year"
        src=${`/__complaint-trend/slow?ms=1500&key=${key()}`}
      ></pantau-complaint-trend>`,
    );
    await waitUntil(() => el.getAttribute('aria-busy') === 'true', 'never busy');
    expect(new TrendHarness(el).dataState()).to.equal('loading');
    expect($(el, '[part=plot]')).to.equal(null);
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part=plot]'), 'never loaded', { timeout: 6000 });
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.toCsv()).to.contain('2023,8452\r\n2024,10846');
  });

  it('says there is no data yet when nothing is given', async () => {
    const el = await fixture<PantauComplaintTrend>(html`<pantau-complaint-trend></pantau-complaint-trend>`);
    const h = new TrendHarness(el);
    await h.settle();
    expect(h.dataState()).to.equal('empty');
    expect(h.partText('data-state')).to.contain('Belum ada data');
  });

  it('shows an error with a retry button that loads again, and fires pantau-error', async () => {
    const k = key();
    const el = document.createElement('pantau-complaint-trend');
    el.period = 'year';
    const errored = oneEvent(el, 'pantau-error');
    el.src = `/__complaint-trend/fail-once?key=${k}`;
    document.body.append(el);
    const e = await errored;
    expect(e.detail.code).to.equal('http');
    const h = new TrendHarness(el);
    await h.settle();
    expect(h.dataState()).to.equal('error');
    expect(h.$('[role=alert] [part=retry]')).to.exist;
    await h.retry();
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part=plot]'), 'retry did not load', {
      timeout: 6000,
    });
    expect($(el, '[role=alert]')).to.equal(null);
    el.remove();
  });

  it('keeps the last good data with a notice when a refresh fails', async () => {
    const el = await fixture<PantauComplaintTrend>(
      html`<pantau-complaint-trend
        period="year"
        refresh="1"
        src=${`/__complaint-trend/ok-once?key=${key()}`}
      ></pantau-complaint-trend>`,
    );
    await waitUntil(() => !!el.shadowRoot!.querySelector('[part=plot]'), 'never loaded', { timeout: 6000 });
    const h = new TrendHarness(el);
    await waitUntil(() => h.dataState() === 'stale', 'never stale', {
      timeout: 12000,
    });
    expect($(el, '[part=plot]')).to.exist;
    expect($(el, '.summary').textContent).to.contain('10.846');
  });

  it('reads inline CSV children and Open311 requested_datetime without field attributes', async () => {
    const el = await fixture<PantauComplaintTrend>(
      html`<pantau-complaint-trend period="day" series-field="status" time-zone="UTC">
        <script type="text/csv">
          requested_datetime,status
          2012-05-22T19:53:34Z,open
          2012-05-23T10:00:00Z,closed
          2012-05-23T11:00:00Z,open
        </script>
      </pantau-complaint-trend>`,
    );
    await waitUntil(() => el.toCsv() !== '', 'inline data never read');
    expect(el.toCsv()).to.equal(
      '\uFEFFPeriode,open,closed,Jumlah\r\n2012-05-22,1,0,1\r\n2012-05-23,1,1,2\r\n',
    );
  });
});
