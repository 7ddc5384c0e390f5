// Render section: each case × peer in fresh pages, in rounds (every peer once per round, so
// drift on the machine spreads over all of them), after warm-up pages for each library.
import { Pages, Timeout, heapAfterGc } from './browser.mjs';

export const LINE_PEERS = ['pantau', 'd3', 'chartjs', 'echarts', 'highcharts', 'vega', 'plot'];
export const MAP_PEERS = ['pantau', 'd3', 'echarts', 'highcharts', 'vega', 'plot'];

export const RENDER_CASES = [
  { id: 'line-1k', job: 'line', size: '1000', mode: 'render', label: 'trend, 10 series × 1,000 points' },
  { id: 'line-10k', job: 'line', size: '10000', mode: 'render', label: 'trend, 10 series × 10,000 points' },
  {
    id: 'line-100k',
    job: 'line',
    size: '100000',
    mode: 'render',
    label: 'trend, 10 series × 100,000 points',
  },
  {
    id: 'line-10k-update',
    job: 'line',
    size: '10000',
    mode: 'update',
    label: 'trend update, new 10,000 points',
  },
  {
    id: 'map-38',
    job: 'map',
    size: 'id-provinces-38',
    mode: 'render',
    label: 'map, 38 provinces (TopoJSON)',
  },
  {
    id: 'map-507',
    job: 'map',
    size: 'id-regencies-507',
    mode: 'render',
    label: 'map, 507 regencies (GeoJSON)',
  },
  {
    id: 'map-3231',
    job: 'map',
    size: 'us-counties-3231',
    mode: 'render',
    label: 'map, 3,231 US counties (TopoJSON)',
  },
];

/** The page every measurement opens: a fixed-size box and the harness (which loads the case). */
export function pageHtml(url) {
  const job = url.searchParams.get('job');
  const box = job === 'line' ? 'width:800px;height:400px' : 'width:800px;height:500px';
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>pantau bench</title>
<style>
  body { margin: 0; font: 12px system-ui, sans-serif; }
  #chart { ${box}; }
  pantau-complaint-trend { --pantau-trend-height: 300px; }
</style>
<script type="module" src="/harness/harness.js"></script>
</head><body><div id="chart"></div></body></html>`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function onePage(pages, origin, c, peer, { deadline, heap, shot }) {
  const url = `${origin}/page.html?job=${c.job}&peer=${peer}&case=${encodeURIComponent(c.size)}&mode=${c.mode}`;
  return pages.run(deadline, `${c.id}/${peer}`, async (page, { cdp, settle }) => {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() =>
      window.__bench ? window.__bench.ready : Promise.reject(new Error('the harness did not load')),
    );
    const session = heap ? await cdp() : undefined;
    await settle();
    const before = heap ? await heapAfterGc(session) : undefined;
    const r = await page.evaluate(() => window.__bench.run());
    if (heap) {
      r.heapBefore = before;
      r.heapAfter = await heapAfterGc(session);
    }
    if (shot)
      await page
        .locator('#chart')
        .screenshot({ path: shot })
        .catch(() => {});
    return r;
  });
}

/**
 * Measures every case for every peer. Returns one entry per case × peer with the samples, the
 * median time, the longest main-thread task (median and worst over the pages), the renderer
 * seen in the DOM, and when asked, the JS heap before and after the render (after a forced GC).
 * `o.warmups` pages per library come first, on the first case of each job: every page is a new
 * renderer process, so what they warm is shared by all cases (the HTTP cache, the server, the
 * browser process), not per case.
 */
export async function runRender(browser, origin, o) {
  const out = [];
  const pages = new Pages(browser);
  const warmed = new Set();
  try {
    for (const c of o.cases) out.push(...(await runCase(pages, origin, c, warmed, o)));
  } finally {
    await pages.reset();
  }
  return out;
}

async function runCase(pages, origin, c, warmed, o) {
  const out = [];
  const peers = (c.job === 'line' ? LINE_PEERS : MAP_PEERS).filter((p) => !o.peers || o.peers.includes(p));
  const state = Object.fromEntries(peers.map((p) => [p, { samples: [], status: 'ok', runs: [] }]));
  const note = (peer, e) => {
    const s = state[peer];
    s.status = e instanceof Timeout ? 'timeout' : 'error';
    s.error = e.message.split('\n')[0].slice(0, 300);
    o.log(`  ${c.id} ${peer}: ${s.status}: ${s.error}`);
  };
  const warmups = warmed.has(c.job) ? 0 : o.warmups;
  warmed.add(c.job);
  for (let round = -warmups; round < o.reps; round++) {
    for (const peer of peers) {
      const s = state[peer];
      if (s.status !== 'ok') continue;
      const last = round === o.reps - 1;
      try {
        const r = await onePage(pages, origin, c, peer, {
          deadline: o.deadline,
          heap: o.heap && last,
          shot: o.shots && last ? `${o.shots}/${c.id}-${peer}.png` : undefined,
        });
        if (round < 0) continue;
        s.samples.push(r.ms);
        s.runs.push(r);
      } catch (e) {
        note(peer, e);
      }
    }
  }
  for (const peer of peers) {
    const s = state[peer];
    const last = s.runs.at(-1);
    const entry = {
      case: c.id,
      label: c.label,
      job: c.job,
      peer,
      status: s.status,
      error: s.error,
      samples: s.samples.map((x) => Math.round(x * 10) / 10),
      median: s.status === 'ok' ? median(s.samples) : null,
      longestTask: s.status === 'ok' ? median(s.runs.map((r) => r.longestTask)) : null,
      worstTask: s.status === 'ok' ? Math.max(0, ...s.runs.map((r) => r.longestTask)) : null,
      renderer: last?.renderer,
      paths: last?.paths,
      extraFrames: last?.extraFrames,
      bundle: last?.bundle,
      heapBefore: last?.heapBefore,
      heapAfter: last?.heapAfter,
    };
    out.push(entry);
    o.log(
      `  ${c.id.padEnd(16)} ${peer.padEnd(10)} ${entry.median === null ? entry.status : `${entry.median.toFixed(1)} ms`}` +
        (entry.median === null
          ? ''
          : `  (longest task ${Math.round(entry.longestTask)} ms, ${entry.renderer})`),
    );
  }
  return out;
}
