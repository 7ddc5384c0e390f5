// Render section: each case × peer in fresh pages, in rounds (every peer once per round, so
// drift on the machine spreads over all of them), after warm-up pages for each library.
import { Pages, Timeout, heapAfterGc } from './browser.mjs';

export const LINE_PEERS = ['pantau', 'd3', 'chartjs', 'echarts', 'highcharts', 'vega', 'plot'];
export const MAP_PEERS = ['pantau', 'd3', 'echarts', 'highcharts', 'vega', 'plot'];

/**
 * The boxes the trend is measured in. `peers` is the box the peers' own examples use (and where
 * an independent run measured, issue 18); `phone` a phone's; `legacy` the box of earlier runs,
 * kept so figures can be compared with them (there pantau's plot was forced to 300 px high).
 * In `peers` and `phone` pantau is at its natural height, every peer fills the box.
 */
export const BOXES = {
  peers: { w: 960, h: 500, label: '960×500' },
  phone: { w: 360, h: 640, label: '360×640' },
  legacy: { w: 800, h: 400, label: '800×400, pantau plot 300 px', legacy: true },
  map: { w: 800, h: 500, label: '800×500' },
};

const PHONE_PEERS = ['pantau', 'd3', 'plot'];
const POINTS = { '1k': '1000', '10k': '10000', '100k': '100000' };
const line = (n, box, id, extra = {}) => ({
  id,
  job: 'line',
  size: POINTS[n],
  mode: 'render',
  box,
  label: `trend, 10 series, ${n} points in all, ${BOXES[box].label}`,
  ...extra,
});

export const RENDER_CASES = [
  line('1k', 'peers', 'line-1k'),
  line('10k', 'peers', 'line-10k'),
  line('100k', 'peers', 'line-100k'),
  {
    id: 'line-10k-update',
    job: 'line',
    size: '10000',
    mode: 'update',
    box: 'peers',
    label: 'trend update, new 10,000 points, 960×500',
  },
  // The phone box against the floor and the SVG library closest to pantau (all seven would
  // double the run: the slowest peers take seconds a page at 100k points).
  line('1k', 'phone', 'line-1k-phone', { peers: PHONE_PEERS }),
  line('10k', 'phone', 'line-10k-phone', { peers: PHONE_PEERS }),
  line('100k', 'phone', 'line-100k-phone', { peers: PHONE_PEERS }),
  // The old box, pantau and the floor only: it is there to compare with earlier runs.
  line('1k', 'legacy', 'line-1k-800', { peers: ['pantau', 'd3'] }),
  line('10k', 'legacy', 'line-10k-800', { peers: ['pantau', 'd3'] }),
  line('100k', 'legacy', 'line-100k-800', { peers: ['pantau', 'd3'] }),
  {
    id: 'map-38',
    job: 'map',
    size: 'id-provinces-38',
    mode: 'render',
    box: 'map',
    label: 'map, 38 provinces (TopoJSON)',
  },
  {
    id: 'map-507',
    job: 'map',
    size: 'id-regencies-507',
    mode: 'render',
    box: 'map',
    label: 'map, 507 regencies (GeoJSON)',
  },
  {
    id: 'map-3231',
    job: 'map',
    size: 'us-counties-3231',
    mode: 'render',
    box: 'map',
    label: 'map, 3,231 US counties (TopoJSON)',
  },
];

/** The page every measurement opens: a box of the case's size and the harness (which loads the case). */
export function pageHtml(url) {
  const box = BOXES[url.searchParams.get('box')] ?? BOXES.map;
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>pantau bench</title>
<style>
  body { margin: 0; font: 12px system-ui, sans-serif; }
  #chart { width: ${box.w}px; height: ${box.h}px; }
  ${box.legacy ? 'pantau-complaint-trend { --pantau-trend-height: 300px; }' : ''}
</style>
<script type="module" src="/harness/harness.js"></script>
</head><body><div id="chart"></div></body></html>`;
}

/** The URL of one case's page. */
export function caseUrl(origin, c, peer, extra = '') {
  return `${origin}/page.html?job=${c.job}&peer=${peer}&case=${encodeURIComponent(c.size)}&mode=${c.mode}&box=${c.box}${extra}`;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function onePage(pages, origin, c, peer, { deadline, heap, shot }) {
  const url = caseUrl(origin, c, peer);
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
  const peers = (c.job === 'line' ? LINE_PEERS : MAP_PEERS).filter(
    (p) => (!o.peers || o.peers.includes(p)) && (!c.peers || c.peers.includes(p)),
  );
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
      box: c.box,
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
