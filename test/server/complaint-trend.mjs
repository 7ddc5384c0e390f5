// Routes for <pantau-complaint-trend> state tests: a slow answer (pending), an answer that
// fails once then works (error and retry), and one that works once then fails (stale). The
// paths have no extension because the test runner marks any path with one cacheable for a year.
const ROWS = JSON.stringify([
  { date: '2023-05-01', value: 8452 },
  { date: '2024-05-01', value: 10846 },
]);
const seen = new Map();

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
  if (ctx.path === '/__complaint-trend/fail-once') return calls === 1 ? fail() : ok();
  if (ctx.path === '/__complaint-trend/ok-once') return calls === 1 ? ok() : fail();
  return next();
}
