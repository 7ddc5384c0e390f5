// Development aid: CPU profile of one render case in the bench harness, summarised by function
// (self time) — to see where a widget spends its time when it misses a target.
//   node bench/profile.mjs line-10k pantau [--top 25] [--dev]   (--dev: unminified build of src/)
import { join } from 'node:path';
import { launch, withPage } from './lib/browser.mjs';
import { CDN_SNAPSHOT, ROOT } from './lib/paths.mjs';
import { RENDER_CASES, caseUrl, pageHtml } from './lib/render.mjs';
import { benchRoutes, devBuild } from './lib/routes.mjs';
import { serve } from './lib/server.mjs';
import { existsSync } from 'node:fs';

const [caseId = 'line-10k', peer = 'pantau'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
const c = RENDER_CASES.find((x) => x.id === caseId);
if (!c) throw new Error(`unknown case ${caseId}`);
const dev = process.argv.includes('--dev')
  ? await devBuild('cdn-dev', [
      ['index.ts', 'pantau'],
      ['pantau-compliance-map.ts', 'pantau-compliance-map'],
    ])
  : undefined;
const server = await serve({
  pages: { '/page.html': pageHtml },
  routes: benchRoutes(dev ?? (existsSync(CDN_SNAPSHOT) ? CDN_SNAPSHOT : join(ROOT, 'dist', 'cdn'))),
});
const { browser } = await launch();
try {
  await withPage(browser, 120000, 'profile', async (page, cdp) => {
    await page.goto(caseUrl(server.origin, c, peer, process.argv.includes('--warm-intl') ? '&warmIntl' : ''));
    await page.waitForFunction(() => window.__bench !== undefined);
    await page.evaluate(() => window.__bench.setup());
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const r = await page.evaluate(() => window.__bench.run());
    const { profile } = await cdp.send('Profiler.stop');
    const dt = new Map();
    const { samples, timeDeltas, nodes } = profile;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (timeDeltas[i] ?? 0)));
    const self = new Map();
    for (const [id, us] of dt) {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + us);
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    console.log(
      `${caseId} ${peer}: ${r.ms.toFixed(1)} ms, longest task ${r.longestTask} ms; profile ${(total / 1000).toFixed(0)} ms`,
    );
    for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
    // Inclusive time of pantau's own functions (a node's samples plus its descendants').
    const incl = new Map();
    const inclOf = (id) => {
      const n = byId.get(id);
      let us = dt.get(id) ?? 0;
      for (const ch of n.children ?? []) us += inclOf(ch);
      const f = n.callFrame;
      if (f.url.includes('pantau') && f.functionName) {
        const key = `${f.functionName} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
        incl.set(key, (incl.get(key) ?? 0) + us);
      }
      return us;
    };
    inclOf(nodes[0].id);
    if (process.argv.includes('--inclusive')) {
      console.log('\ninclusive:');
      for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
    }
    // Who calls the hottest functions: the chain of callers (3 levels) weighted by self time.
    const parent = new Map();
    for (const n of nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
    const label = (id) => {
      const f = byId.get(id).callFrame;
      return `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    };
    const hot = [...self]
      .filter(([k]) => !k.startsWith('('))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k]) => k);
    for (const h of hot) {
      const chains = new Map();
      for (const [id, us] of dt) {
        const f = byId.get(id).callFrame;
        const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
        if (key !== h) continue;
        const chain = [];
        for (let p = parent.get(id); p && chain.length < 4; p = parent.get(p)) chain.push(label(p));
        const ck = chain.join(' < ');
        chains.set(ck, (chains.get(ck) ?? 0) + us);
      }
      console.log(`\ncallers of ${h}:`);
      for (const [ck, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 4))
        console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${ck}`);
    }
  });
} finally {
  await browser.close();
  await server.close();
}
