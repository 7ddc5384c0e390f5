// Development aid: the CPU time one render case costs each thread, from a Chromium trace (each
// event's thread time, `tdur`), so that two builds or two libraries can be compared on a busy
// machine where wall times mostly measure the neighbours. Fresh pages, variants interleaved.
//   node bench/cpu.mjs line-1k [--pages 7] [pantau d3 ...]      (default: pantau d3)
//   node bench/cpu.mjs line-1k base=/tmp/cdn-old new=dist/cdn    (pantau from two builds)
//   node bench/cpu.mjs line-1k --detail     (also the main thread's self CPU by trace event)
// Per variant, the median (and least) over pages of: wall ms (the harness's figure), main-thread
// CPU between the harness's marks (script, style, layout, paint), style and layout alone, and
// raster CPU on every thread of the renderer.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from './lib/browser.mjs';
import { CDN_SNAPSHOT, ROOT } from './lib/paths.mjs';
import { RENDER_CASES, caseUrl, pageHtml } from './lib/render.mjs';
import { benchRoutes } from './lib/routes.mjs';
import { serve } from './lib/server.mjs';

const args = process.argv.slice(2);
const pagesAt = args.indexOf('--pages');
const pages = pagesAt >= 0 ? Number(args[pagesAt + 1]) : 7;
// Positional arguments: everything but the flags and the value after `--pages` (when given).
const [caseId = 'line-1k', ...rest] = args.filter(
  (a, i) => !a.startsWith('--') && (pagesAt < 0 || i !== pagesAt + 1),
);
const c = RENDER_CASES.find((x) => x.id === caseId);
if (!c) throw new Error(`unknown case ${caseId}`);
const cdn = existsSync(join(CDN_SNAPSHOT, 'pantau.js')) ? CDN_SNAPSHOT : join(ROOT, 'dist', 'cdn');
/** `peer` or `name=cdn-dir` (pantau from that build). */
const variants = (rest.length ? rest : ['pantau', 'd3']).map((v) => {
  const [name, dir] = v.split('=');
  return dir ? { name, peer: 'pantau', dir: resolve(dir) } : { name, peer: name, dir: cdn };
});
const servers = new Map();
for (const v of variants)
  servers.set(
    v,
    await serve({
      pages: { '/page.html': pageHtml },
      routes: benchRoutes(v.dir),
    }),
  );

const detail = args.includes('--detail');

/** Self CPU time by event name on one thread: each event's time less its nested events'. */
function selfTimes(events) {
  const out = new Map();
  const stack = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const t = (e.tdur ?? e.dur) / 1000;
    // A call from the browser into script is named after its function (connectedCallback…).
    const fn = e.args?.data?.functionName;
    e.key = fn ? `${e.name} ${fn}` : e.name;
    out.set(e.key, (out.get(e.key) ?? 0) + t);
    const parent = stack[stack.length - 1];
    if (parent) out.set(parent.key, out.get(parent.key) - t);
    stack.push(e);
  }
  return out;
}

const ms = (events) => events.reduce((a, e) => a + (e.tdur ?? e.dur), 0) / 1000;

/** One fresh page: the harness's run() under a trace, summed by thread between its marks. */
async function onePage(context, browser, v) {
  const page = await context.newPage();
  try {
    await page.goto(caseUrl(servers.get(v).origin, c, v.peer));
    await page.evaluate(() => window.__bench.ready);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    const r = await page.evaluate(() => window.__bench.run());
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const mark = (name) => events.find((e) => e.name === name)?.ts;
    const [t0, t1] = [mark('bench-start'), mark('bench-end')];
    if (t0 === undefined || t1 === undefined) throw new Error('the harness marks are missing');
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const inside = events.filter(
      (e) => e.pid === main.pid && e.ph === 'X' && e.ts + e.dur >= t0 && e.ts <= t1,
    );
    const onMain = inside.filter((e) => e.tid === main.tid);
    if (detail) selves.get(v).push(selfTimes(onMain));
    return [
      r.ms,
      ms(onMain.filter((e) => e.name === 'RunTask')),
      ms(onMain.filter((e) => e.name === 'Layout' || e.name === 'UpdateLayoutTree')),
      ms(inside.filter((e) => e.name === 'RasterTask')),
    ];
  } finally {
    await page.close();
  }
}

const { browser } = await launch();
const results = new Map(variants.map((v) => [v, []]));
const selves = new Map(variants.map((v) => [v, []]));
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  // A warm-up round, then `pages` rounds of every variant once.
  for (let round = 0; round <= pages; round++)
    for (const v of variants) {
      const row = await onePage(context, browser, v);
      if (round > 0) results.get(v).push(row);
    }
} finally {
  await browser.close();
  for (const s of servers.values()) await s.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${caseId}, ${pages} pages each: median (least) ms`);
console.log('variant    wall           main CPU       style+layout   raster CPU');
for (const [v, rows] of results) {
  const cols = [0, 1, 2, 3].map((j) => {
    const xs = rows.map((row) => row[j]);
    return `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)})`.padEnd(15);
  });
  console.log(`${v.name.padEnd(10)} ${cols.join('')}`);
}
if (detail)
  for (const [v, maps] of selves) {
    const names = new Set(maps.flatMap((m) => [...m.keys()]));
    const rows = [...names]
      .map((n) => [n, median(maps.map((m) => m.get(n) ?? 0))])
      .filter(([, t]) => t >= 0.1)
      .sort((a, b) => b[1] - a[1]);
    console.log(`\n${v.name}, main thread self CPU by event (median ms):`);
    for (const [n, t] of rows.slice(0, 20)) console.log(`${t.toFixed(1).padStart(7)}  ${n}`);
  }
