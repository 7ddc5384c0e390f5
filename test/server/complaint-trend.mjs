// Routes for <pantau-complaint-trend> state tests: a slow answer (pending), an answer that
// fails once then works (error and retry), and one that works once then fails (stale); and
// CSVs for the streamed path: `big` (generated complaints, trickled so progress shows) and
// `values` (a summed series), and `unsized/<fixture path>` (a fixture sent without its length,
// as a compressed or generated response is: the element counts such a file in a worker). Other
// paths have no extension because the test runner marks any path with one cacheable for a year
// (`unsized` keeps the fixture's, which names its format, and asks for a new `key` each time).
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
const ROWS = JSON.stringify([
  { date: '2023-05-01', value: 8452 },
  { date: '2024-05-01', value: 10846 },
]);
const seen = new Map();
const CATEGORIES = ['agraria', 'kepolisian', 'pendidikan'];
const DAY = 86_400_000;

/**
 * `rows` complaints (`date,kategori`): row i (0-based) falls on day i % 366 of 2024, in category
 * i % 3; every 10,000th data row has an unreadable date. The test computes the same counts.
 */
function bigCsv(rows) {
  const lines = ['date,kategori'];
  for (let i = 0; i < rows; i++) {
    const date = (i + 1) % 10_000 === 0 ? 'bukan-tanggal' : new Date(Date.UTC(2024, 0, 1) + (i % 366) * DAY);
    lines.push(`${typeof date === 'string' ? date : date.toISOString().slice(0, 10)},${CATEGORIES[i % 3]}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Pads every row of `bigCsv` with a text column, so the same complaints make a file past `bytes`. */
function padded(buf, rows, bytes) {
  const width = Math.max(0, Math.ceil((bytes - buf.length) / (rows + 1)));
  const lines = buf.toString('latin1').trimEnd().split('\n');
  const pad = 'x'.repeat(width);
  return Buffer.from(`${lines.map((l, i) => `${l},${i ? pad : 'catatan'}`).join('\n')}\n`, 'latin1');
}

const FIXTURES = resolve('test/fixtures') + sep;

/** The body in `pieces` chunks `ms` apart, with its length announced. */
async function* trickle(buf, pieces, ms) {
  const size = Math.ceil(buf.length / pieces);
  for (let i = 0; i < buf.length; i += size) {
    if (i) await new Promise((resolve) => setTimeout(resolve, ms));
    yield buf.subarray(i, i + size);
  }
}

export async function complaintTrendMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__complaint-trend/')) return next();
  const key = `${ctx.path}?${ctx.query.key ?? ''}`;
  const calls = (seen.get(key) ?? 0) + 1;
  seen.set(key, calls);
  const ok = () => {
    ctx.type = 'application/json';
    ctx.set('cache-control', 'no-store');
    ctx.body = ROWS;
  };
  const fail = () => {
    ctx.status = 404;
    ctx.set('cache-control', 'no-store');
    ctx.body = 'gone';
  };
  if (ctx.path === '/__complaint-trend/slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 3000)));
    return ok();
  }
  if (ctx.path === '/__complaint-trend/big') {
    const rows = Number(ctx.query.rows ?? 50_000);
    // `bytes`: at least this large, so the element's own size rule (not a test knob) picks the worker.
    const buf = ctx.query.bytes ? padded(bigCsv(rows), rows, Number(ctx.query.bytes)) : bigCsv(rows);
    ctx.type = 'text/csv';
    ctx.set('cache-control', 'no-store');
    ctx.body = Readable.from(trickle(buf, 20, Number(ctx.query.ms ?? 40)));
    ctx.length = buf.length;
    return;
  }
  if (ctx.path.startsWith('/__complaint-trend/unsized/')) {
    // The fixture's own path follows, so its extension still names its format.
    const file = resolve(ctx.path.slice('/__complaint-trend/unsized/'.length));
    if (!file.startsWith(FIXTURES)) return fail();
    ctx.type = file.endsWith('.csv') ? 'text/csv' : 'application/json';
    ctx.set('cache-control', 'no-store');
    // A stream without `ctx.length`: sent chunked, with no Content-Length.
    ctx.body = Readable.from([await readFile(file)]);
    return;
  }
  if (ctx.path === '/__complaint-trend/values') {
    ctx.type = 'text/csv';
    ctx.set('cache-control', 'no-store');
    ctx.body = 'date,value\n2019,7903\n2021,7148\n2022,8295\n';
    return;
  }
  if (ctx.path === '/__complaint-trend/fail-once') return calls === 1 ? fail() : ok();
  if (ctx.path === '/__complaint-trend/ok-once') return calls === 1 ? ok() : fail();
  return next();
}
