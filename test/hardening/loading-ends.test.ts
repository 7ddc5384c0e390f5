import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setLoadDefaults } from '../../src/data/net/budget.js';
import { clearCache } from '../../src/data/net/fetch.js';
import type { PantauErrorEvent } from '../../src/events/error.js';
import '../../src/index.js';

/**
 * Every element, fed a source that never ends well, leaves "loading" within the load's deadline
 * with an error a reader can read (the page's language), and fires `pantau-error`.
 */
let n = 0;
const key = () => `end${Date.now()}-${n++}`;

type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** The four elements, each reading `src` (the map its geometry too). */
const ELEMENTS: [string, (src: string) => string][] = [
  ['pantau-stat', (src) => `<pantau-stat src="${src}"></pantau-stat>`],
  [
    'pantau-complaint-trend',
    (src) => `<pantau-complaint-trend period="month" src="${src}"></pantau-complaint-trend>`,
  ],
  [
    'pantau-compliance-map',
    (src) =>
      `<pantau-compliance-map src="${src}" geo-src="${src.replace('key=', 'key=geo')}"></pantau-compliance-map>`,
  ],
  ['pantau-service-standard', (src) => `<pantau-service-standard src="${src}"></pantau-service-standard>`],
];

async function ends(
  markup: string,
  within: number,
): Promise<{ el: Host; took: number; events: PantauErrorEvent[] }> {
  const wrapper = document.createElement('div');
  const events: PantauErrorEvent[] = [];
  wrapper.addEventListener('pantau-error', (e) => events.push(e));
  const t0 = performance.now();
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as Host;
  await fixture(wrapper);
  await waitUntil(
    () => el.getAttribute('aria-busy') === 'true' || el.shadowRoot?.querySelector('[role="alert"]'),
    'started',
    { timeout: 3000 },
  );
  await waitUntil(() => el.getAttribute('aria-busy') !== 'true', `${el.localName} still loading`, {
    timeout: within,
  });
  const took = performance.now() - t0;
  await el.updateComplete;
  return { el, took, events };
}

const alertText = (el: Host) =>
  el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('every load ends: data, or an error that says why', function () {
  this.timeout(20000);
  beforeEach(() => clearCache());
  afterEach(() => setLoadDefaults({ deadline: null }));

  for (const [tag, markup] of ELEMENTS) {
    it(`${tag}: a body trickled for ever ends at the deadline with a timeout`, async () => {
      setLoadDefaults({ deadline: 1500 });
      const { el, took, events } = await ends(markup(`/__faults/drip?ms=200&key=${key()}`), 6000);
      expect(took).to.be.below(6000);
      expect(alertText(el)).to.match(/Server data tidak merespons tepat waktu/);
      expect(events.map((e) => e.detail.code)).to.include('timeout');
    });

    it(`${tag}: a Retry-After of a day fails at once with the server's own words`, async () => {
      const { el, events } = await ends(markup(`/__faults/retry-after?after=100000&key=${key()}`), 5000);
      expect(alertText(el)).to.match(/Server data mengembalikan kesalahan \(HTTP 429\).*slow down/);
      expect(events[0]!.detail.status).to.equal(429);
    });
  }

  it('the trend refuses an Open311 range of 10,000 years, saying how to narrow it', async () => {
    const { el, events } = await ends(
      '<pantau-complaint-trend period="month" format="open311" ' +
        `src="/__faults/open311/requests?start_date=0001-01-01&end_date=9999-12-31&key=${key()}"></pantau-complaint-trend>`,
      3000,
    );
    expect(alertText(el)).to.match(/terlalu banyak permintaan.*Narrow start_date and end_date/);
    expect(events[0]!.detail.code).to.equal('request-limit');
  });

  it('the trend stops paging a CKAN table that never ends', async () => {
    const k = key();
    const { el } = await ends(
      `<pantau-complaint-trend period="year" src="/__faults/ckan/datastore_search?total=1000000000&limit=2&key=${k}"></pantau-complaint-trend>`,
      15000,
    );
    expect(alertText(el)).to.match(/terlalu banyak permintaan/);
    const calls = (await (await fetch(`/__faults/calls?route=ckan&key=${k}`)).json()) as { count: number };
    expect(calls.count).to.equal(100);
  });

  it("the trend's deadline and max-requests attributes set its own budget", async () => {
    const t0 = performance.now();
    const slow = await ends(
      `<pantau-complaint-trend deadline="1" src="/__faults/drip?ms=200&key=${key()}"></pantau-complaint-trend>`,
      5000,
    );
    expect(performance.now() - t0).to.be.below(5000);
    expect(alertText(slow.el)).to.match(/did not finish within 1 s/);
    const k = key();
    const paged = await ends(
      `<pantau-complaint-trend max-requests="3" period="year" src="/__faults/ckan/datastore_search?total=1000000000&limit=2&key=${k}"></pantau-complaint-trend>`,
      5000,
    );
    expect(alertText(paged.el)).to.match(/at most 3 per load/);
    const calls = (await (await fetch(`/__faults/calls?route=ckan&key=${k}`)).json()) as { count: number };
    expect(calls.count).to.equal(3);
  });

  it('a malformed CKAN envelope is an error in words, never a TypeError', async () => {
    const { el } = await ends(
      '<pantau-complaint-trend period="year" src="/__faults/ckan-bad?x=1"></pantau-complaint-trend>',
      3000,
    );
    const text = alertText(el);
    expect(text).to.match(/Susunan data tidak sesuai.*malformed: the type of field "date" is not text/);
    expect(text).to.not.match(/is not a function|TypeError/);
  });

  it('a cross-origin refresh works where the server allows only simple requests', async () => {
    const k = key();
    const u = new URL(location.href);
    u.hostname = u.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<pantau-complaint-trend period="month" refresh="1" src="${u.origin}/__faults/cors-simple?key=${k}"></pantau-complaint-trend>`;
    const el = wrapper.firstElementChild as Host;
    await fixture(wrapper);
    const gets = async () =>
      ((await (await fetch(`/__faults/calls?route=cors-simple&key=${k}`)).json()) as { methods?: string[] })
        .methods ?? [];
    // The first load, then a refresh whose conditional request the server's CORS refuses.
    await waitUntil(async () => (await gets()).filter((m) => m === 'GET').length >= 2, 'refreshed', {
      timeout: 8000,
    });
    await waitUntil(() => el.getAttribute('aria-busy') !== 'true', 'settled', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.data-state.stale'), 'no stale notice').to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
    el.remove();
  });

  it('an English page says it in English', async () => {
    const { el } = await ends(
      `<pantau-stat lang="en" src="/__faults/redirect-loop?key=${key()}"></pantau-stat>`,
      8000,
    );
    expect(alertText(el)).to.match(/This data source needs too many requests to the server.*redirect loop/);
  });
});
