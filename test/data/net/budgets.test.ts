import { expect } from '@open-wc/testing';
import { setLoadDefaults } from '../../../src/data/net/budget.js';
import { ckanPage } from '../../../src/data/formats/ckan/ckan.js';
import { fetchCkan } from '../../../src/data/formats/ckan/fetch.js';
import { DataError } from '../../../src/data/errors.js';
import { clearCache, fetchText } from '../../../src/data/net/fetch.js';
import { load } from '../../../src/data/load.js';
import { open311Windows } from '../../../src/data/formats/open311/open311.js';
import '../../../src/data/formats/all.js';

interface Calls {
  count: number;
  aborted: number;
  methods?: string[];
  headers: { 'if-none-match'?: string; 'if-modified-since'?: string }[];
}
let n = 0;
const unique = () => `b${Date.now()}-${n++}`;
const calls = async (route: string, key: string): Promise<Calls> =>
  (await fetch(`/__faults/calls?route=${route}&key=${key}`)).json() as Promise<Calls>;
const fail = async (p: Promise<unknown>): Promise<DataError> => {
  try {
    await p;
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('load budgets: request caps', () => {
  beforeEach(() => clearCache());

  it('refuses an Open311 range that would take more windows than the cap, before any request', async () => {
    const key = unique();
    const t0 = performance.now();
    const e = await fail(
      load(`/__faults/open311/requests?start_date=0001-01-01&end_date=9999-12-31&key=${key}`, {
        format: 'open311',
      }),
    );
    expect(performance.now() - t0).to.be.below(1000);
    expect(e.code).to.equal('request-limit');
    expect(e.message).to.match(/40,5\d\d requests.*at most 100 per load.*Narrow start_date and end_date/);
    expect((await calls('open311', key)).count).to.equal(0);
  });

  it('plans the windows of a huge range without building them', () => {
    expect(() => open311Windows(new Date(-8.64e15), new Date(8.64e15))).to.throw(
      DataError,
      /millions of requests/,
    );
    expect(open311Windows('2024-01-01', '2024-12-31')).to.have.length(5);
  });

  it('stops a CKAN table that never ends at the request cap, saying how to ask for less', async () => {
    const key = unique();
    const e = await fail(
      load(`/__faults/ckan/datastore_search?total=1000000000&limit=3&key=${key}`, { maxRequests: 6 }),
    );
    expect(e.code).to.equal('request-limit');
    expect(e.message).to.match(/at most 6 per load.*limit=10000/);
    expect((await calls('ckan', key)).count).to.equal(6);
  });

  it('counts retries against the same cap', async () => {
    const key = unique();
    const e = await fail(
      load(`/__faults/flaky?fail=9&key=${key}`, {
        format: 'json',
        maxRequests: 2,
        retryDelay: 5,
        retries: 5,
      }),
    );
    expect(e.code).to.equal('request-limit');
    expect((await calls('flaky', key)).count).to.equal(2);
  });

  it('a redirect loop fails once, with a sentence, not after three rounds of 20 redirects', async () => {
    const key = unique();
    const e = await fail(load(`/__faults/redirect-loop?key=${key}`, { format: 'json', retryDelay: 5 }));
    expect(e.code).to.equal('request-limit');
    expect(e.message).to.match(/redirects.*redirect loop/);
    // One fetch (the browser follows 20 redirects) and one that does not follow them.
    expect((await calls('redirect-loop', key)).count).to.be.within(2, 23);
  });
});

describe('load budgets: the deadline', () => {
  beforeEach(() => clearCache());
  afterEach(() => setLoadDefaults({ deadline: null }));

  it('a body that trickles for ever ends at the deadline, though the idle timer never fires', async () => {
    const key = unique();
    const t0 = performance.now();
    const e = await fail(load(`/__faults/drip?ms=200&key=${key}`, { format: 'csv', deadline: 1200 }));
    const took = performance.now() - t0;
    expect(e.code).to.equal('timeout');
    expect(e.message).to.match(/did not finish within 1\.2 s \(the deadline per load\)/);
    expect(took).to.be.within(1100, 4000);
    for (let i = 0; i < 60 && (await calls('drip', key)).aborted === 0; i++) await wait(50);
    expect((await calls('drip', key)).aborted).to.equal(1);
  });

  it('the page-wide default applies to every load that sets none, counted in the worker too', async () => {
    setLoadDefaults({ deadline: 800 });
    const e = await fail(
      load(`/__faults/drip?ms=100&key=${unique()}`, {
        format: 'csv',
        aggregate: { period: 'month', date: 'date' },
        worker: true,
      }),
    );
    expect(e.code).to.equal('timeout');
    expect(e.message).to.match(/0\.8 s/);
  });

  it('a Retry-After longer than pantau waits fails at once with what the server said', async () => {
    for (const q of ['after=100000', 'after=2000000000&date=1']) {
      const key = unique();
      const t0 = performance.now();
      const e = await fail(fetchText(`/__faults/retry-after?${q}&key=${key}`));
      expect(performance.now() - t0, q).to.be.below(2500);
      expect(e.info).to.deep.include({ code: 'http', status: 429 });
      expect(e.message, q).to.match(
        /asked to wait .* h before trying again.*longer than the 10 s.*It said: "slow down"/,
      );
      expect((await calls('retry-after', key)).count).to.equal(1);
    }
  });

  it('a Retry-After that would pass the deadline fails at once too', async () => {
    const key = unique();
    const e = await fail(
      load(`/__faults/retry-after?after=5&key=${key}`, { format: 'json', deadline: 3000 }),
    );
    expect(e.info.status).to.equal(429);
    expect(e.message).to.match(/asked to wait 5 s/);
  });
});

describe('cross-origin revalidation', () => {
  beforeEach(() => clearCache());

  // The test server under its other name is another origin.
  const other = () => {
    const u = new URL(location.href);
    u.hostname = u.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    return u.origin;
  };

  it('falls back to a simple request when the server refuses conditional headers, and remembers', async () => {
    const key = unique();
    const url = `${other()}/__faults/cors-simple?key=${key}`;
    const first = await fetchText(url);
    const again = await fetchText(url, { revalidate: true });
    expect(again.text).to.equal(first.text);
    expect(again.fromCache).to.equal(false);
    const third = await fetchText(url, { revalidate: true });
    expect(third.text).to.equal(first.text);
    const c = await calls('cors-simple', key);
    // GET, a refused preflight (no GET follows it), GET; then straight to GET.
    expect(c.methods).to.deep.equal(['GET', 'OPTIONS', 'GET', 'GET']);
    expect(c.headers.map((h) => h['if-none-match'] ?? '')).to.deep.equal(['', '', '', '']);
  });
});

describe('CKAN envelopes that are not what they claim', () => {
  const bad: [string, unknown][] = [
    ['fields not a list', { success: true, result: { fields: 'x', records: [] } }],
    [
      'a field type that is not text',
      { success: true, result: { fields: [{ id: 'a', type: 7 }], records: [{ a: '1' }] } },
    ],
    ['a field without id', { success: true, result: { fields: [null], records: [] } }],
    ['a record that is not an object', { success: true, result: { records: [null] } }],
    ['a total that is not a count', { success: true, result: { records: [], total: 'many' } }],
    ['a result that is a list', { success: true, result: [] }],
    ['an error that is not an object', { success: false, error: 'no' }],
  ];
  for (const [what, value] of bad)
    it(`${what}: a DataError that says so, never a TypeError`, () => {
      let thrown: unknown;
      try {
        ckanPage(value);
      } catch (e) {
        thrown = e;
      }
      expect(thrown, what).to.be.instanceOf(DataError);
      expect((thrown as DataError).code).to.equal('shape');
      expect((thrown as DataError).message).to.match(/CKAN/);
    });

  it('a well-formed page still reads', async () => {
    const r = await fetchCkan(`/__faults/ckan/datastore_search?total=5&key=${unique()}`);
    expect(r.records).to.have.length(5);
  });
});
