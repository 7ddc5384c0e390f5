import { expect } from '@open-wc/testing';
import { DataError } from '../../../src/data/errors.js';
import { clearCache, fetchText } from '../../../src/data/net/fetch.js';
import { load } from '../../../src/data/load.js';
import type { DataProgress } from '../../../src/data/types.js';
// Every format reader, as pantau/data registers them.
import '../../../src/data/formats/all.js';

/**
 * The server notices a cancelled request only when its socket closes, which on a loaded
 * machine can take a while: poll for a non-zero value for up to 3 s instead of guessing a delay.
 */
async function eventually(read: () => Promise<number>): Promise<number> {
  const until = performance.now() + 3000;
  let value = await read();
  while (value === 0 && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

interface Calls {
  count: number;
  times: number[];
  aborted: number;
  notModified: number;
  headers: { 'if-none-match'?: string }[];
}
let n = 0;
const unique = () => `k${Date.now()}-${n++}`;
const calls = async (route: string, key: string): Promise<Calls> =>
  (await fetch(`/__faults/calls?route=${route}&key=${key}`)).json() as Promise<Calls>;
const fail = async (p: Promise<unknown>): Promise<DataError> => {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
};
const fast = { retryDelay: 10, maxRetryDelay: 20 };

describe('fetch: faults from the server', () => {
  beforeEach(() => clearCache());

  it('404 is an http error with its status, and is not retried', async () => {
    const key = unique();
    const e = await fail(fetchText(`/__faults/status/404?key=${key}`, fast));
    expect(e.info).to.deep.include({ code: 'http', status: 404 });
    expect(e.message).to.match(/404.*Check the address/);
    expect((await calls('status', key)).count).to.equal(1);
  });

  it('500 is retried with backoff until it works', async () => {
    const key = unique();
    const r = await fetchText(`/__faults/flaky?fail=2&key=${key}`, fast);
    expect(JSON.parse(r.text)).to.have.length(2);
    expect((await calls('flaky', key)).count).to.equal(3);
  });

  it('retries and revalidations ask the server even when the browser cached the error', async () => {
    const key = unique();
    const r = await fetchText(`/__faults/flaky.json?fail=1&key=${key}`, fast);
    expect(JSON.parse(r.text)).to.have.length(2);
    const again = unique();
    expect(
      (await fail(fetchText(`/__faults/flaky.json?fail=1&key=${again}`, { retries: 0 }))).info.status,
    ).to.equal(500);
    const retried = await fetchText(`/__faults/flaky.json?fail=1&key=${again}`, {
      retries: 0,
      revalidate: true,
    });
    expect(JSON.parse(retried.text)).to.have.length(2);
    expect((await calls('flaky.json', key)).count).to.equal(2);
    expect((await calls('flaky.json', again)).count).to.equal(2);
  });

  it('gives up after the retries are spent', async () => {
    const key = unique();
    const e = await fail(fetchText(`/__faults/flaky?fail=5&key=${key}`, { ...fast, retries: 1 }));
    expect(e.info.status).to.equal(500);
    expect((await calls('flaky', key)).count).to.equal(2);
  });

  it('429 waits as long as Retry-After says (seconds)', async () => {
    const key = unique();
    await fetchText(`/__faults/retry-after?after=1&key=${key}`, fast);
    const c = await calls('retry-after', key);
    expect(c.count).to.equal(2);
    expect(c.times[1]! - c.times[0]!).to.be.greaterThanOrEqual(900);
  });

  it('429 with an HTTP-date Retry-After within maxRetryAfter is honoured', async () => {
    const key = unique();
    const t0 = performance.now();
    await fetchText(`/__faults/retry-after?after=2&date=1&key=${key}`, { ...fast, maxRetryAfter: 5000 });
    // An HTTP date has whole seconds: two seconds ahead is one to two seconds away.
    expect(performance.now() - t0).to.be.within(500, 5000);
    expect((await calls('retry-after', key)).count).to.equal(2);
  });

  it('a hung response times out, and the server sees the request cancelled', async () => {
    const key = unique();
    const e = await fail(fetchText(`/__faults/hang?key=${key}`, { timeout: 300, retries: 0 }));
    expect(e.code).to.equal('timeout');
    expect(e.message).to.match(/did not answer within/);
    expect(await eventually(async () => (await calls('hang', key)).aborted)).to.equal(1);
  });

  it('a body that stops half-way times out', async () => {
    const e = await fail(fetchText(`/__faults/hang-body?key=${unique()}`, { timeout: 300, retries: 0 }));
    expect(e.code).to.equal('timeout');
  });

  it('a slow trickle that keeps coming is read to the end, with progress', async () => {
    const progress: DataProgress[] = [];
    const t0 = performance.now();
    const r = await fetchText(`/__faults/trickle?parts=8&ms=80&key=${unique()}`, {
      timeout: 400,
      onProgress: (p) => progress.push(p),
    });
    expect(performance.now() - t0).to.be.greaterThan(400); // longer than the timeout in total, never idle that long
    expect(r.text.split('\n').length).to.equal(42);
    expect(progress.length).to.be.greaterThan(3);
    expect(progress.at(-1)!.bytes).to.equal(new TextEncoder().encode(r.text).length);
  });

  it('truncated JSON is a parse error that says the file may be cut off', async () => {
    const e = await fail(load(`/__faults/truncated?key=${unique()}`));
    expect(e.code).to.equal('parse');
    expect(e.message).to.match(/not valid JSON.*cut off/);
  });

  it('an HTML page where data was expected is an error, not data', async () => {
    const e = await fail(load(`/__faults/page?key=${unique()}`));
    expect(e.code).to.equal('parse');
    expect(e.message).to.match(/HTML page/);
  });

  it('JSON served with a wrong content type is still read', async () => {
    const r = await load(`/__faults/plain?key=${unique()}`);
    expect(r.data).to.have.length(2);
  });

  it('an oversized body is refused by Content-Length before reading', async () => {
    const e = await fail(fetchText(`/__faults/big?bytes=200000&key=${unique()}`, { maxBytes: 100000 }));
    expect(e.code).to.equal('too-large');
    expect(e.message).to.match(/larger than the 0\.1 MB limit/);
  });

  it('an oversized body without Content-Length is stopped while streaming', async () => {
    const progress: DataProgress[] = [];
    const e = await fail(
      fetchText(`/__faults/big?bytes=400000&chunked=1&key=${unique()}`, {
        maxBytes: 100000,
        onProgress: (p) => progress.push(p),
      }),
    );
    expect(e.code).to.equal('too-large');
    // Under load the browser may hand over the first 100 KB as one chunk, so there may be no
    // progress at all; what must never happen is progress past the cap.
    expect(progress.filter((p) => p.bytes > 100000)).to.deep.equal([]);
  });
});

describe('fetch: sharing, caching and cancelling', () => {
  beforeEach(() => clearCache());

  it('many callers asking for one URL at once make one request', async () => {
    const key = unique();
    const url = `/__faults/slow?ms=200&key=${key}`;
    const results = await Promise.all([
      fetchText(url),
      fetchText(url),
      fetchText(new URL(url, location.href).href),
    ]);
    expect(new Set(results.map((r) => r.text)).size).to.equal(1);
    expect((await calls('slow', key)).count).to.equal(1);
  });

  it('serves a fresh cached copy without asking the server', async () => {
    const key = unique();
    const url = `/__faults/rows?key=${key}`;
    expect((await fetchText(url)).fromCache).to.equal(false);
    expect((await fetchText(url)).fromCache).to.equal(true);
    expect((await calls('rows', key)).count).to.equal(1);
  });

  it('revalidates with If-None-Match and reuses the body on 304', async () => {
    const key = unique();
    const url = `/__faults/etag?key=${key}`;
    const first = await fetchText(url);
    const second = await fetchText(url, { revalidate: true });
    expect(second.text).to.equal(first.text);
    expect(second.storedAt).to.be.greaterThanOrEqual(first.storedAt);
    const c = await calls('etag', key);
    expect(c.count).to.equal(2);
    expect(c.notModified).to.equal(1);
    expect(c.headers[1]!['if-none-match']).to.equal('"v1"');
  });

  it('serves a stale copy at once and revalidates in the background', async () => {
    const key = unique();
    const url = `/__faults/etag?key=${key}`;
    await fetchText(url);
    const r = await fetchText(url, { ttl: 0, staleWhileRevalidate: 60000 });
    expect(r.fromCache).to.equal(true);
    await new Promise((res) => setTimeout(res, 150));
    expect((await calls('etag', key)).notModified).to.equal(1);
  });

  it('an abort cancels the request on the server too', async () => {
    const key = unique();
    const ac = new AbortController();
    const p = fetchText(`/__faults/slow?ms=3000&key=${key}`, { signal: ac.signal });
    setTimeout(() => ac.abort(), 100);
    const e = await fail(p);
    expect(e.code).to.equal('aborted');
    expect(await eventually(async () => (await calls('slow', key)).aborted)).to.equal(1);
  });

  it('one caller giving up does not cancel the request another still waits for', async () => {
    const key = unique();
    const url = `/__faults/slow?ms=300&key=${key}`;
    const ac = new AbortController();
    const a = fetchText(url, { signal: ac.signal });
    const b = fetchText(url);
    ac.abort();
    expect((await fail(a)).code).to.equal('aborted');
    expect(JSON.parse((await b).text)).to.have.length(2);
    const c = await calls('slow', key);
    expect([c.count, c.aborted]).to.deep.equal([1, 0]);
  });
});
