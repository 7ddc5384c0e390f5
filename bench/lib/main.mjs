// The benchmark run behind `npm run bench` (scripts/bench.mjs installs and builds first).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.mjs';
import { bundleAll } from './bundle.mjs';
import { runData } from './data.mjs';
import { firstPaintHtml, runFirstPaint } from './first-paint.mjs';
import { runMemory } from './memory.mjs';
import { runMobile } from './mobile.mjs';
import { CDN_SNAPSHOT, RESULTS, ROOT } from './paths.mjs';
import { RENDER_CASES, pageHtml, runRender } from './render.mjs';
import { report, sectionTimes } from './report.mjs';
import { benchRoutes } from './routes.mjs';
import { serve } from './server.mjs';
import { runSize } from './size.mjs';

export const SECTIONS = ['size', 'render', 'firstpaint', 'data', 'memory', 'mobile'];

export async function main({ only, quick, shots, cases, peers }) {
  const started = Date.now();
  const log = (m) => process.stdout.write(`${m}\n`);
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  mkdirSync(RESULTS, { recursive: true });
  snapshotCdn(log);
  const results = {
    date: new Date().toISOString(),
    quick,
    sections: only,
    machine: {
      cores: cpus().length,
      cpu: cpuModel(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadBefore: loadavg().map((l) => +l.toFixed(2)),
    },
  };
  // Seconds of wall time per section, printed at the end (the run must fit in 10 minutes).
  const times = {};
  const timed = async (name, fn) => {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      times[name] = Math.round((Date.now() - t0) / 100) / 10;
    }
  };
  const server = await serve({
    cache: true,
    pages: { '/page.html': pageHtml, '/cycles.html': cyclesHtml, '/first-paint.html': firstPaintHtml },
    routes: benchRoutes(CDN_SNAPSHOT),
  });
  let browser;
  const needBrowser = only.some((s) => s === 'render' || s === 'memory' || s === 'firstpaint');
  try {
    let bundles;
    if (only.includes('size') || needBrowser) {
      log(`bundling the cases with Vite… (${elapsed()})`);
      bundles = await timed('bundles', () => bundleAll(log));
    }
    if (only.includes('size')) results.size = await timed('size', () => runSize({ log, bundles }));
    if (needBrowser) {
      const b = await timed('browser', () => launch());
      browser = b.browser;
      results.machine.chromium = b.version;
    }
    if (only.includes('render')) {
      log(
        `render: 1 warm-up page per library, then ${quick ? 'quick: 3' : '7'} measured pages per case and library… (${elapsed()})`,
      );
      if (shots) mkdirSync(join(RESULTS, 'shots'), { recursive: true });
      results.render = await timed('render', () =>
        runRender(browser, server.origin, {
          cases: cases ? RENDER_CASES.filter((c) => cases.includes(c.id)) : RENDER_CASES,
          peers,
          warmups: 1,
          reps: quick ? 3 : 7,
          deadline: 30000,
          heap: only.includes('memory'),
          shots: shots ? join(RESULTS, 'shots') : undefined,
          log,
        }),
      );
    }
    if (only.includes('firstpaint')) {
      log(
        `first paint: each element alone on a 360 px page, CPU 4× slower: script bytes fetched, longest task… (${elapsed()})`,
      );
      results.firstPaint = await timed('firstpaint', () =>
        runFirstPaint(browser, server.origin, { quick, log }),
      );
    }
    if (only.includes('memory')) {
      log(`memory: heap after each render, and 1,000 mount/unmount cycles per element… (${elapsed()})`);
      results.memory = await timed('memory', () =>
        runMemory(browser, server.origin, { render: results.render, quick, log }),
      );
    }
    if (browser) {
      await browser.close();
      browser = undefined;
    }
    if (only.includes('data')) {
      log(`data: the data client's 1,000,000-row CSV figure (scripts/bench-data.mjs)… (${elapsed()})`);
      results.data = await timed('data', () => runData({ quick, log }));
    }
    if (only.includes('mobile')) {
      log(`mobile: Lighthouse on the built demo… (${elapsed()})`);
      results.mobile = await timed('mobile', () => runMobile({ quick, log }));
    }
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.sectionSeconds = times;
  results.machine.loadAfter = loadavg().map((l) => +l.toFixed(2));
  const md = report(results);
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(RESULTS, 'latest.md'), md);
  log(`\n${md}`);
  const sections = sectionTimes(times);
  log(
    `Figures: bench/results/latest.json and bench/results/latest.md (${results.seconds} s in all${sections ? `: ${sections}` : ''}).`,
  );
}

function cyclesHtml() {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>pantau cycles</title>
<style>body { margin: 0; } #chart { width: 800px; }</style>
<script type="module" src="/harness/cycles.js"></script>
</head><body><div id="chart"></div></body></html>`;
}

/**
 * Copies dist/cdn (and its raw sizes) aside, so that a rebuild during the run cannot pull the
 * files from under the pages; every pantau figure of the run comes from this one build.
 */
function snapshotCdn(log) {
  rmSync(CDN_SNAPSHOT, { recursive: true, force: true });
  const cdn = join(ROOT, 'dist', 'cdn');
  if (!existsSync(join(cdn, 'pantau.js'))) {
    log('dist/cdn/pantau.js is missing: pantau is not measured in this run (npm run build first).');
    return;
  }
  cpSync(cdn, CDN_SNAPSHOT, { recursive: true });
  const raw = join(ROOT, 'dist', '.cdn-raw-sizes.json');
  if (existsSync(raw)) cpSync(raw, join(CDN_SNAPSHOT, '..', 'cdn-raw-sizes.json'));
}

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux: fall back to what Node reports
  }
  return cpus()[0]?.model?.trim();
}
