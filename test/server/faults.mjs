// Fault routes for the data client's tests (/__faults/...): error statuses, retries,
// Retry-After, hung and trickling responses, broken bodies, size caps, ETag revalidation,
// paged Open311 and CKAN APIs, and call counters the tests read back (/__faults/calls).
// Paths have no file extension on purpose: the test runner marks every path with one as
// cacheable for a year, which would let the browser answer a retry from its cache.
import { PassThrough } from 'node:stream';

const calls = new Map();
function record(key) {
  let c = calls.get(key);
  if (!c) calls.set(key, (c = { count: 0, times: [], aborted: 0, notModified: 0, headers: [] }));
  return c;
}

const noStore = (ctx) => ctx.set('cache-control', 'no-store');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// Resolves when the client goes away (or after `ms`), so a hung route never outlives its test.
const closed = (ctx, ms = 20000) =>
  new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    ctx.req.on('close', () => (clearTimeout(t), resolve(true)));
  });

const ROWS = [
  { date: '2024-01-05', category: 'jalan', value: 3 },
  { date: '2024-02-10', category: 'air', value: 2 },
];

// Synthetic Open311 requests, one per day of 2024 at 10:00 UTC.
function open311Requests(startIso, endIso) {
  const out = [];
  const [a, b] = [Date.parse(startIso), Date.parse(endIso)];
  for (let t = Date.UTC(2024, 0, 1, 10); t < Date.UTC(2025, 0, 1); t += 86400000) {
    if (t >= a && t <= b + 86400000)
      out.push({
        service_request_id: `r${t}`,
        status: 'open',
        service_name: 'Jalan',
        requested_datetime: new Date(t).toISOString(),
      });
  }
  return out;
}

function csvRows(n, bad = false) {
  const lines = ['id,requested_datetime,category,status'];
  const cats = ['jalan', 'air', 'sampah'];
  for (let i = 0; i < n; i++) {
    if (bad && i === 4) lines.push('4,31/12/2024,jalan,open');
    const d = new Date(Date.UTC(2024, 0, 1) + (i % 366) * 86400000).toISOString().slice(0, 10);
    lines.push(`${i},${d}T10:00:00+07:00,${cats[i % 3]},${i % 2 ? 'open' : 'closed'}`);
  }
  return lines.join('\n') + '\n';
}

export async function faultsMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__faults/')) return next();
  const route = ctx.path.slice('/__faults/'.length);
  const q = ctx.query;
  const key = `${route.split('/')[0]}:${q.key ?? ''}`;
  const c = record(key);
  c.count++;
  c.times.push(Date.now());
  c.headers.push({ 'if-none-match': ctx.get('if-none-match') || undefined });
  noStore(ctx);
  c.headers.at(-1)['if-modified-since'] = ctx.get('if-modified-since') || undefined;
  c.methods = [...(c.methods ?? []), ctx.method];
  const json = (v) => ((ctx.type = 'application/json'), (ctx.body = JSON.stringify(v)));

  if (route === 'calls') {
    const r = calls.get(`${q.route}:${q.key ?? ''}`) ?? {
      count: 0,
      times: [],
      aborted: 0,
      notModified: 0,
      headers: [],
    };
    return json(r);
  }
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice(7));
    ctx.body = `status ${ctx.status}`;
    return;
  }
  if (route === 'rows') return json(ROWS);
  if (route === 'rows-csv')
    return (
      (ctx.type = 'text/csv'),
      (ctx.body = 'date,category,value\n2024-01-05,jalan,3\n2024-02-10,air,2\n')
    );
  if (route === 'ok-then-fail') {
    if (c.count > 1) return ((ctx.status = 503), (ctx.body = 'down'));
    return json(ROWS);
  }
  // flaky.json: the one path with an extension, so the test runner marks even its errors as
  // cacheable for a year, and a retry answered by the browser cache would be caught.
  if (route === 'flaky' || route === 'flaky.json') {
    if (c.count <= Number(q.fail ?? 1))
      return ((ctx.status = Number(q.status ?? 500)), (ctx.body = 'try again'));
    return json(ROWS);
  }
  if (route === 'retry-after') {
    if (c.count === 1) {
      ctx.status = Number(q.status ?? 429);
      ctx.set(
        'retry-after',
        q.date ? new Date(Date.now() + Number(q.after) * 1000).toUTCString() : String(q.after ?? 1),
      );
      ctx.body = 'slow down';
      return;
    }
    return json(ROWS);
  }
  if (route === 'hang') {
    if (await closed(ctx)) c.aborted++;
    return json(ROWS);
  }
  if (route === 'hang-body') {
    const body = new PassThrough();
    ctx.type = 'application/json';
    ctx.body = body;
    body.write('[{"date":"2024-01-05",');
    closed(ctx).then((gone) => (gone && c.aborted++, body.end()));
    return;
  }
  if (route === 'trickle') {
    const body = new PassThrough();
    ctx.type = 'text/csv';
    ctx.body = body;
    const text =
      'date,category,value\n' +
      Array.from({ length: 40 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')},jalan,1\n`).join(
        '',
      );
    const parts = Number(q.parts ?? 8);
    const step = Math.ceil(text.length / parts);
    (async () => {
      for (let i = 0; i < text.length; i += step) {
        body.write(text.slice(i, i + step));
        await sleep(Number(q.ms ?? 50));
      }
      body.end();
    })();
    return;
  }
  // One byte every `ms` (default 3000), for ever: a body that is alive but never ends.
  if (route === 'drip') {
    const body = new PassThrough();
    ctx.type = 'text/csv';
    ctx.body = body;
    body.write('date,value\n');
    const timer = setInterval(() => body.write('2'), Number(q.ms ?? 3000));
    closed(ctx, 120000).then((gone) => (clearInterval(timer), gone && c.aborted++, body.end()));
    return;
  }
  // Redirects to itself for ever (the browser gives up after 20).
  if (route === 'redirect-loop') {
    ctx.status = 302;
    ctx.set('location', `/__faults/redirect-loop?key=${q.key ?? ''}&n=${c.count}`);
    return;
  }
  // Answers with CORS for simple requests only: a preflight (which a conditional request needs
  // cross-origin) gets no Access-Control-Allow-Headers, so the browser refuses the request.
  if (route === 'cors-simple') {
    ctx.set('access-control-allow-origin', '*');
    if (ctx.method === 'OPTIONS') return ((ctx.status = 204), undefined);
    ctx.set('last-modified', 'Mon, 01 Jan 2024 00:00:00 GMT');
    ctx.set('etag', '"v1"');
    ctx.set('access-control-expose-headers', 'etag, last-modified');
    return json(ROWS);
  }
  // Open311 XML that is broken (`kind=broken`) or carries an XHTML image with an onerror handler.
  if (route === 'open311-xml') {
    ctx.type = 'application/xml';
    const item = (d) =>
      `<request><service_request_id>${d}</service_request_id><requested_datetime>2024-0${d}-01T10:00:00Z</requested_datetime>` +
      `<description><x:img src="/nowhere.png" onerror="document.title='pwned'"/>Jalan</description></request>`;
    ctx.body =
      q.kind === 'broken'
        ? '<service_requests><request><status>open</request>'
        : `<service_requests xmlns:x="http://www.w3.org/1999/xhtml">${item(1)}${item(2)}${item(3)}</service_requests>`;
    return;
  }
  // A CKAN envelope whose field types are not text: it once surfaced as a raw TypeError.
  if (route === 'ckan-bad')
    return json({
      success: true,
      result: { fields: [{ id: 'date', type: 7 }], records: [{ date: '2024-01-01' }], total: 1 },
    });
  if (route === 'truncated')
    return ((ctx.type = 'application/json'), (ctx.body = JSON.stringify(ROWS).slice(0, 30)));
  if (route === 'page')
    return (
      (ctx.type = 'text/html'),
      (ctx.body = '<!DOCTYPE html><html><body>Halaman tidak ditemukan</body></html>')
    );
  if (route === 'plain') return ((ctx.type = 'text/plain'), (ctx.body = JSON.stringify(ROWS)));
  if (route === 'big') {
    const n = Number(q.bytes ?? 100000);
    ctx.type = 'text/csv';
    if (q.chunked) {
      const body = new PassThrough();
      ctx.body = body;
      (async () => {
        for (let i = 0; i < n && !ctx.req.destroyed; i += 16384) {
          body.write('x'.repeat(Math.min(16384, n - i)));
          await sleep(1);
        }
        body.end();
      })();
      return;
    }
    ctx.body = Buffer.from('x'.repeat(n));
    return;
  }
  if (route === 'etag') {
    const tag = `"v${q.version ?? 1}"`;
    ctx.set('etag', tag);
    if (ctx.get('if-none-match') === tag) return (c.notModified++, (ctx.status = 304));
    return json(ROWS);
  }
  if (route === 'slow') {
    const gone = await Promise.race([closed(ctx), sleep(Number(q.ms ?? 300)).then(() => false)]);
    if (gone) c.aborted++;
    return json(ROWS);
  }
  if (route === 'slow-csv') {
    const gone = await Promise.race([closed(ctx), sleep(Number(q.ms ?? 300)).then(() => false)]);
    if (gone) c.aborted++;
    ctx.type = 'text/csv';
    ctx.body = csvRows(Number(q.rows ?? 100));
    return;
  }
  if (route === 'complaints-csv') {
    const text = csvRows(Number(q.rows ?? 1000), Boolean(q.bad));
    // `cr`: old Mac line ends, a lone CR after every line.
    return ((ctx.type = 'text/csv'), (ctx.body = q.cr ? text.replaceAll('\n', '\r') : text));
  }
  if (route === 'open311/requests') return json(open311Requests(q.start_date, q.end_date));
  if (route === 'ckan/datastore_search') {
    const total = Number(q.total ?? 250);
    const offset = Number(q.offset ?? 0);
    const limit = Number(q.limit ?? 100);
    const records = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++)
      records.push({
        _id: i + 1,
        quarter: `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1}`,
        volume: String(i / 10),
        active: i % 2 ? 'true' : 'false',
      });
    return json({
      help: 'test',
      success: true,
      result: {
        fields: [
          { id: '_id', type: 'int4' },
          { id: 'quarter', type: 'text' },
          { id: 'volume', type: 'numeric' },
          { id: 'active', type: 'bool' },
        ],
        records,
        total,
        _links: {
          start: '/__faults/ckan/datastore_search',
          next: `/__faults/ckan/datastore_search?offset=${offset + limit}&limit=${limit}&total=${total}&key=${q.key ?? ''}`,
        },
      },
    });
  }
  return next();
}
