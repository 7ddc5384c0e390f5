// Development aid: the first-paint page of one element (CPU 4× slower), its main-thread tasks
// over 20 ms and, with a CPU profile, the self time of the functions that ran in the longest.
//   node bench/fp-profile.mjs pantau-compliance-map [--dev] [--top 30]
import { join } from 'node:path';
import { launch, withPage } from './lib/browser.mjs';
import { ROOT } from './lib/paths.mjs';
import { firstPaintHtml, CPU_SLOWDOWN } from './lib/first-paint.mjs';
import { benchRoutes, devBuild } from './lib/routes.mjs';
import { serve } from './lib/server.mjs';

const [element = 'pantau-compliance-map'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 30;

const cdn = process.argv.includes('--dev')
  ? await devBuild('cdn-fp-dev', [[`${element}.ts`, element]])
  : join(ROOT, 'dist', 'cdn');
const server = await serve({
  pages: { '/first-paint.html': firstPaintHtml },
  routes: benchRoutes(cdn),
});
const { browser } = await launch();
try {
  await withPage(browser, 120000, 'fp-profile', async (page, cdp) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${server.origin}/first-paint.html?el=${element}`, { waitUntil: 'load' });
    await page.evaluate(() => window.__first.ready);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const r = await page.evaluate(() => window.__first.run());
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`${element}: ${r.ms.toFixed(0)} ms, long tasks ${r.longTasks.join(', ') || 'none'}`);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
    // Stretches of script between idle or non-script time (a frame's style, layout and paint
    // show as "(program)"): roughly the tasks, each with its pantau functions by inclusive time.
    const name = (id) => byId.get(id).callFrame.functionName;
    const gap = (id) => name(id) === '(idle)' || name(id) === '(program)';
    const stretches = [];
    for (let i = 0, start = 0, us = 0; i <= profile.samples.length; i++) {
      if (i === profile.samples.length || gap(profile.samples[i])) {
        if (us > 0) stretches.push({ start, end: i, us });
        [start, us] = [i + 1, 0];
      } else us += profile.timeDeltas[i] ?? 0;
    }
    const longest = stretches.reduce((a, b) => (b.us > a.us ? b : a), { us: 0 });
    for (const st of stretches.filter((x) => x.us > 8000)) {
      const incl = new Map();
      for (let i = st.start; i < st.end; i++) {
        const seen = new Set();
        for (let p = profile.samples[i]; p; p = parent.get(p)) {
          const g = byId.get(p).callFrame;
          if (!g.url.includes('pantau') || !g.functionName) continue;
          const k = `${g.functionName}:${g.lineNumber + 1}`;
          if (!seen.has(k)) incl.set(k, (incl.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
          seen.add(k);
        }
      }
      const tops = [...incl].sort((a, b) => b[1] - a[1]).slice(0, 14);
      console.log(
        `stretch ${(st.us / 1000).toFixed(1)} ms: ${tops.map(([k, us]) => `${k} ${(us / 1000).toFixed(1)}`).join(', ')}`,
      );
    }
    const best = [longest.start, longest.end];
    const self = new Map();
    const incl = new Map();
    profile.samples.forEach((id, i) => {
      if (process.argv.includes('--longest') && (i < best[0] || i >= best[1])) return;
      const us = profile.timeDeltas[i] ?? 0;
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + us);
      const seen = new Set();
      for (let p = id; p; p = parent.get(p)) {
        const g = byId.get(p).callFrame;
        const k = `${g.functionName || '(anon)'} ${g.url.split('/').pop()}:${g.lineNumber + 1}`;
        if (seen.has(k)) continue;
        seen.add(k);
        incl.set(k, (incl.get(k) ?? 0) + us);
      }
    });
    console.log('self:');
    for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
    console.log('inclusive:');
    for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  });
} finally {
  await browser.close();
  await server.close();
}
