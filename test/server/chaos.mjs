// Routes for the chaos suite (/__chaos/...): hostile bodies, endless paging, redirect loops,
// trickled bodies and long Retry-After, each counting the requests it gets so a test can say
// "at most N requests". Every route ends by itself: nothing outlives its test by more than
// a few seconds, and no request leaves this machine.
import { PassThrough } from 'node:stream';

const counts = new Map();
const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A body from the query: `b` as base64url text, served as `type`. */
function echo(ctx) {
  ctx.type = String(ctx.query.type || 'text/plain');
  ctx.body = Buffer.from(String(ctx.query.b ?? ''), 'base64url').toString('utf8');
}

/** A CKAN `datastore_search` page that always claims a billion rows and links the next page. */
function ckanStorm(ctx, key) {
  const offset = Number(ctx.query.offset ?? 0);
  ctx.type = 'application/json';
  ctx.body = {
    help: 'chaos',
    success: true,
    result: {
      fields: [
        { id: 'date', type: 'text' },
        { id: 'value', type: 'numeric' },
      ],
      records: [{ date: '2024-01-01', value: '1' }],
      total: 1e9,
      _links: { next: `/__chaos/ckan-storm?key=${key}&offset=${offset + 1}&limit=1` },
    },
  };
}

/** Open311 requests for whatever window is asked: one request a day, forever. */
function open311Endless(ctx) {
  ctx.type = 'application/json';
  const start = String(ctx.query.start_date ?? '2024-01-01');
  ctx.body = [
    {
      service_request_id: `r-${start}`,
      status: 'open',
      service_name: 'Jalan',
      requested_datetime: start.length === 10 ? `${start}T10:00:00Z` : start,
    },
  ];
}

/** One byte every `every` ms for at most `max` ms, with no Content-Length. */
function trickle(ctx) {
  const every = Math.min(Number(ctx.query.every ?? 3000), 5000);
  const max = Math.min(Number(ctx.query.max ?? 60000), 60000);
  const out = new PassThrough();
  ctx.type = 'text/csv';
  ctx.body = out;
  const text = 'date,value\n2024-01-01,1\n';
  let i = 0;
  const started = Date.now();
  const timer = setInterval(() => {
    if (i >= text.length || Date.now() - started > max) {
      clearInterval(timer);
      out.end();
      return;
    }
    out.write(text[i++]);
  }, every);
  ctx.req.on('close', () => {
    clearInterval(timer);
    out.end();
  });
}

export async function chaosMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__chaos/')) return next();
  const route = ctx.path.slice('/__chaos/'.length);
  const key = `${route}:${ctx.query.key ?? ''}`;
  ctx.set('cache-control', 'no-store');
  ctx.set('access-control-allow-origin', '*');
  if (route === 'count') {
    ctx.type = 'application/json';
    ctx.body = { count: counts.get(`${ctx.query.route}:${ctx.query.key ?? ''}`) ?? 0 };
    return undefined;
  }
  count(key);
  switch (route) {
    case 'echo':
      return echo(ctx);
    case 'ckan-storm':
      return ckanStorm(ctx, ctx.query.key ?? '');
    case 'open311':
      return open311Endless(ctx);
    case 'redirect-loop':
      ctx.status = 302;
      ctx.redirect(`/__chaos/redirect-loop?key=${ctx.query.key ?? ''}&n=${Number(ctx.query.n ?? 0) + 1}`);
      return undefined;
    case 'trickle':
      return trickle(ctx);
    case 'retry-after': {
      ctx.status = 503;
      ctx.set('retry-after', String(ctx.query.after ?? '100000'));
      ctx.type = 'text/plain';
      ctx.body = 'Layanan sedang dipelihara';
      return undefined;
    }
    case 'slow': {
      await sleep(Math.min(Number(ctx.query.ms ?? 1000), 10000));
      return echo(ctx);
    }
    default:
      ctx.status = 404;
      return undefined;
  }
}
