import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DataController } from '../../../src/elements/shared/data-controller.js';
import { clearCache } from '../../../src/data/net/fetch.js';
import { readDate, readNumber, validateRows, type Row } from '../../../src/data/validate/schema.js';
import type { AggregatePlan } from '../../../src/data/aggregate/plan.js';
import type { SourceFormat } from '../../../src/data/types.js';
import { PantauErrorEvent } from '../../../src/events/error.js';
import { renderDataState, dataStateStyles } from '../../../src/elements/shared/data-state.js';
import { tokens } from '../../../src/styles/tokens.js';
import { base } from '../../../src/styles/base.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
// Every format reader, as pantau/data registers them.
import '../../../src/data/formats/all.js';

interface Item {
  date: string;
  value: number;
}

@customElement('test-data-element')
class TestDataElement extends LitElement {
  static override styles = [tokens, base, dataStateStyles];
  @property() src?: string;
  @property() format?: SourceFormat;
  @property({ attribute: false }) data?: unknown;
  @property({ type: Number }) refresh?: number;
  @property({ attribute: false }) plan?: AggregatePlan;

  readonly items = new DataController<Item[] | unknown>(this, {
    source: () => ({ src: this.src, format: this.format, data: this.data, refresh: this.refresh }),
    validate: (input) =>
      validateRows(input, (row: Row, ctx) => {
        const date = readDate(row, 'date', ctx, { required: true });
        const value = readNumber(row, 'value', ctx, { required: true });
        return date && value !== undefined ? { date, value } : undefined;
      }),
    aggregate: () => this.plan,
    load: { retryDelay: 5, maxRetryDelay: 10, timeout: 3000 },
  });

  override render() {
    const lang = this.lang === 'en' ? 'en' : 'id';
    const v = this.items.value as Item[] | undefined;
    return html`<div class="root">
      ${renderDataState(this.items, lang, () => this.items.retry())}
      ${Array.isArray(v) && this.items.status !== 'pending' ? html`<p class="count">${v.length}</p>` : nothing}
    </div>`;
  }
}

// Two sources on one element, as the compliance map has (ratings and geometry).
@customElement('test-two-sources')
class TestTwoSources extends LitElement {
  @property() first?: string;
  @property() second?: string;
  readonly a = new DataController<unknown>(this, {
    source: () => ({ src: this.first }),
    validate: (v) => ({ value: v, issues: [], rowCount: 1 }),
    inline: false,
  });
  readonly b = new DataController<unknown>(this, {
    source: () => ({ src: this.second }),
    validate: (v) => ({ value: v, issues: [], rowCount: 1 }),
    inline: false,
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'test-data-element': TestDataElement;
    'test-two-sources': TestTwoSources;
  }
}

let n = 0;
const key = () => `c${Date.now()}-${n++}`;
const calls = async (route: string, k: string) =>
  (await (await fetch(`/__faults/calls?route=${route}&key=${k}`)).json()) as {
    count: number;
    aborted: number;
  };
const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();
const settled = (el: TestDataElement) =>
  waitUntil(() => el.items.status !== 'pending', 'still pending', { timeout: 8000 });

describe('DataController', () => {
  beforeEach(() => clearCache());

  it('is idle with no source and says there is no data yet, in both languages', async () => {
    const el = await fixture<TestDataElement>(html`<test-data-element></test-data-element>`);
    expect(el.items.status).to.equal('idle');
    expect(text(el)).to.equal('Belum ada data');
    el.lang = 'en';
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el)).to.equal('No data yet');
  });

  it('takes the .data property first, synchronously', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element src="/__faults/status/500" .data=${[{ date: '2024-01-01', value: 3 }]}>
        <script type="application/json">
          [
            { "date": "2024-01-01", "value": 1 },
            { "date": "2024-01-02", "value": 2 }
          ]
        </script>
      </test-data-element>`,
    );
    expect(el.items.status).to.equal('complete');
    expect(el.items.value).to.deep.equal([{ date: '2024-01-01', value: 3 }]);
    expect(el.items.updatedAt).to.be.instanceOf(Date);
  });

  it('reads inline JSON without running it, and follows changes to it', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element src="/__faults/status/500">
        <script type="application/json">
          [
            { "date": "2024-01-01", "value": 1 },
            { "date": "2024-01-02", "value": "x" }
          ]
        </script>
      </test-data-element>`,
    );
    expect(el.items.status).to.equal('complete');
    expect(el.items.value).to.have.length(1);
    expect(el.items.issues).to.deep.equal([
      {
        row: 2,
        field: 'value',
        value: 'x',
        expected: 'a number like 1234.5 or 1.234,5',
        code: 'number',
        params: { locale: '' },
      },
    ]);
    el.querySelector('script')!.textContent =
      '[{"date": "2024-02-01", "value": 5}, {"date": "2024-02-02", "value": 6}]';
    await waitUntil(() => (el.items.value as Item[]).length === 2);
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('2');
  });

  it('reads inline CSV, indented as a CMS editor leaves it', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element
        ><script type="text/csv">
          date,value
          2024-01-01,1
          2024-01-02,2
        </script></test-data-element
      >`,
    );
    expect(el.items.issues).to.deep.equal([]);
    expect(el.items.value).to.deep.equal([
      { date: '2024-01-01', value: 1 },
      { date: '2024-01-02', value: 2 },
    ]);
  });

  it('shows a skeleton with progress and sets aria-busy while a src loads', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element src=${`/__faults/slow?ms=400&key=${key()}`}></test-data-element>`,
    );
    expect(el.items.status).to.equal('pending');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('.skeleton')).to.exist;
    expect(shadow(el).querySelector('progress')).to.exist;
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Memuat data…');
    await settled(el);
    await el.updateComplete;
    expect(el.items.status).to.equal('complete');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('2');
  });

  it('stays aria-busy while any of its sources is pending', async () => {
    const el = await fixture<TestTwoSources>(
      html`<test-two-sources
        first=${`/__faults/rows?key=${key()}`}
        second=${`/__faults/slow?ms=800&key=${key()}`}
      ></test-two-sources>`,
    );
    await waitUntil(() => el.a.status === 'complete', 'first never loaded');
    expect(el.b.status).to.equal('pending');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => el.b.status === 'complete', 'second never loaded', { timeout: 3000 });
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows bytes read while a body trickles in', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element
        format="csv"
        src=${`/__faults/trickle?parts=6&ms=150&key=${key()}`}
      ></test-data-element>`,
    );
    await waitUntil(() => (el.items.progress?.bytes ?? 0) > 0, 'no progress', { timeout: 3000 });
    await el.updateComplete;
    expect(shadow(el).querySelector('.progress-text')!.textContent).to.match(/KB dimuat/);
    await settled(el);
    expect(el.items.value).to.have.length(40);
  });

  it('on an HTTP error: an alert with the status, a pantau-error event, and a retry that works', async () => {
    const k = key();
    const el = document.createElement('test-data-element');
    el.lang = 'en';
    const event = oneEvent(el, 'pantau-error');
    el.src = `/__faults/flaky?fail=1&status=404&key=${k}`;
    document.body.append(el);
    const e = (await event) as PantauErrorEvent;
    expect(e).to.be.instanceOf(PantauErrorEvent);
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail).to.deep.include({ code: 'http', status: 404 });
    await el.updateComplete;
    expect(el.items.status).to.equal('error');
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('The data server answered with an error (HTTP 404).');
    await expectNoAxeViolations(el);
    const button = alert.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Retry');
    button.click();
    await settled(el);
    expect(el.items.status).to.equal('complete');
    expect(await calls('flaky', k)).to.deep.include({ count: 2 });
    el.remove();
  });

  it('keeps the last good data when a refresh fails, and says so', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element src=${`/__faults/ok-then-fail?key=${key()}`}></test-data-element>`,
    );
    await settled(el);
    el.items.retry();
    await waitUntil(() => el.items.status === 'stale', 'not stale', { timeout: 5000 });
    await el.updateComplete;
    expect(el.items.value).to.have.length(2);
    expect(el.items.error).to.deep.include({ code: 'http', status: 503 });
    const notice = shadow(el).querySelector('.stale')!;
    expect(notice.getAttribute('aria-live')).to.equal('polite');
    expect(notice.textContent).to.match(
      /Menampilkan data terakhir yang berhasil dimuat \(.+\)\. Pembaruan gagal: Server data mengembalikan kesalahan \(HTTP 503\)/,
    );
    expect(shadow(el).querySelector('.count')!.textContent).to.equal('2');
    await expectNoAxeViolations(el);
  });

  it('cancels its request when it leaves the page', async () => {
    const k = key();
    const el = await fixture<TestDataElement>(
      html`<test-data-element src=${`/__faults/slow?ms=3000&key=${k}`}></test-data-element>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    await waitUntil(async () => (await calls('slow', k)).aborted === 1, 'server never saw the abort', {
      timeout: 3000,
    }).catch(async (e) => {
      console.log(JSON.stringify(await calls('slow', k)), el.items.status);
      throw e;
    });
    expect(el.hasAttribute('aria-busy')).to.equal(true);
  });

  it('cancels the old request when the source changes', async () => {
    const k = key();
    const el = await fixture<TestDataElement>(
      html`<test-data-element src=${`/__faults/slow?ms=3000&key=${k}`}></test-data-element>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    el.src = `/__faults/rows?key=${key()}`;
    await settled(el);
    expect(el.items.value).to.have.length(2);
    await waitUntil(async () => (await calls('slow', k)).aborted === 1, 'old request not cancelled', {
      timeout: 3000,
    });
  });

  it('refreshes on an interval, and pauses while the tab is hidden', async () => {
    const k = key();
    const el = await fixture<TestDataElement>(
      html`<test-data-element refresh="0.15" src=${`/__faults/rows?key=${k}`}></test-data-element>`,
    );
    await waitUntil(async () => (await calls('rows', k)).count >= 3, 'no refresh', { timeout: 3000 });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      await new Promise((r) => setTimeout(r, 250));
      const paused = (await calls('rows', k)).count;
      await new Promise((r) => setTimeout(r, 400));
      expect((await calls('rows', k)).count).to.equal(paused);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    const resumed = (await calls('rows', k)).count;
    await waitUntil(async () => (await calls('rows', k)).count > resumed, 'did not resume', {
      timeout: 3000,
    });
    el.remove();
  });

  it('aggregates a CSV source when the element gives a plan, again when the plan changes', async () => {
    const el = await fixture<TestDataElement>(
      html`<test-data-element
        format="csv"
        .plan=${{ period: 'month', series: 'category' }}
        src=${`/__faults/complaints-csv?rows=3000&key=${key()}`}
      ></test-data-element>`,
    );
    // The test schema wants rows, so an aggregated table is a shape error: proves the plan reached the loader.
    await settled(el);
    expect(el.items.status).to.equal('error');
    expect(el.items.error!.code).to.equal('shape');
    await nextFrame();
  });
});
