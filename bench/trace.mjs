// Development aid: where the main thread's time goes during one render case (a Chromium trace
// summarised by event: script, style, layout, paint…), top-level events only.
//   node bench/trace.mjs line-10k pantau
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib/browser.mjs';
import { CDN_SNAPSHOT, RESULTS, ROOT } from './lib/paths.mjs';
import { RENDER_CASES, caseUrl, pageHtml } from './lib/render.mjs';
import { benchRoutes } from './lib/routes.mjs';
import { serve } from './lib/server.mjs';

const [caseId = 'line-10k', peer = 'pantau'] = process.argv.slice(2);
const c = RENDER_CASES.find((x) => x.id === caseId);
const cdn =
  existsSync(join(RESULTS, 'cdn-dev', 'pantau.js')) && process.argv.includes('--dev')
    ? join(RESULTS, 'cdn-dev')
    : existsSync(CDN_SNAPSHOT)
      ? CDN_SNAPSHOT
      : join(ROOT, 'dist', 'cdn');
const server = await serve({
  pages: { '/page.html': pageHtml },
  routes: benchRoutes(cdn),
});
const { browser } = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(caseUrl(server.origin, c, peer, process.argv.includes('--warm-intl') ? '&warmIntl' : ''));
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.evaluate(() => window.__bench.setup());
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'blink.user_timing',
    ],
  });
  const r = await page.evaluate(() => window.__bench.run());
  const buf = await browser.stopTracing();
  const events = JSON.parse(buf.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const sum = new Map();
  for (const e of on) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur);
  console.log(`${caseId} ${peer}: ${r.ms.toFixed(1)} ms, longest task ${r.longestTask} ms`);
  const names = [
    'RunTask',
    'FunctionCall',
    'EvaluateScript',
    'v8.run',
    'TimerFire',
    'FireAnimationFrame',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'RasterTask',
    'HitTest',
    'ParseHTML',
    'MinorGC',
    'MajorGC',
    'V8.GC_SCAVENGER',
    'ResizeObserver',
    'UpdateLayer',
    'Commit',
  ];
  for (const [n, us] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${n}${names.includes(n) ? '' : ''}`);
  for (const e of on.filter((x) => x.name === 'Layout' || x.name === 'UpdateLayoutTree')) {
    const b = e.args?.beginData ?? {};
    const st = b.stackTrace?.[0];
    console.log(
      `  ${e.name} ${(e.dur / 1000).toFixed(1)} ms objects ${b.dirtyObjects ?? b.elementCount ?? ''}/${b.totalObjects ?? ''}${st ? ` forced by ${st.functionName}@${st.url.split('/').pop()}:${st.lineNumber}` : ''}`,
    );
  }
  if (process.argv.includes('--timeline')) {
    const tasks = on.filter((e) => e.name === 'RunTask' && e.dur > 2000).sort((a, b) => a.ts - b.ts);
    const t0 = tasks[0]?.ts ?? 0;
    for (const t of tasks) {
      const inner = on.filter(
        (e) =>
          e !== t &&
          e.ts >= t.ts &&
          e.ts + e.dur <= t.ts + t.dur &&
          e.dur > 1000 &&
          !e.name.startsWith('V8.'),
      );
      const parts = new Map();
      for (const e of inner) parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur);
      console.log(
        `  +${((t.ts - t0) / 1000).toFixed(0).padStart(5)} ms task ${(t.dur / 1000).toFixed(1)} ms: ${[...parts].map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', ')}`,
      );
    }
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
