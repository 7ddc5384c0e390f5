// Measures <pantau-compliance-map> in headless Chromium: render time and the longest
// main-thread task for 38 provinces, 507 regencies and the 3,231 US counties of us-atlas
// (pre-projected, projection "none"), then a resize. Budget: no task over 200 ms.
// Usage: npm run bench:map [-- --runs 3 --width 1200]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { createServer as createHttpServer } from 'node:http';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { oxc } from './vite-shared.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, width: { type: 'string', default: '1200' } },
});
const RUNS = Math.max(1, Number(values.runs));
const WIDTH = Number(values.width);
const BUDGET_MS = 200;
const DEADLINE = setTimeout(() => {
  console.error('bench:map took over 3 minutes; stopping.');
  process.exit(2);
}, 180_000);

// The element is measured as shipped: a minified production bundle (Lit without dev mode),
// served with the fixtures by a small local server.
const ENTRY = `import ${JSON.stringify(resolve('src/pantau-compliance-map.ts'))};
// Used, not only imported: the src/ tree is not listed under package.json "sideEffects".
import { ID_PROVINCES } from ${JSON.stringify(resolve('src/geo/id-provinces.ts'))};
window.idProvinces = ID_PROVINCES;
import { csvParse } from ${JSON.stringify(resolve('node_modules/d3-dsv/dist/d3-dsv.mjs'))};
window.csvParse = csvParse;
window.benchReady = true;`;
const PAGE =
  '<!doctype html><html lang="id"><body><div id="box"></div><script type="module" src="/bench.js"></script></body></html>';

const tmp = await mkdtemp(join(tmpdir(), 'pantau-bench-'));
await writeFile(join(tmp, 'entry.js'), ENTRY);
const built = await build({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  oxc,
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: join(tmp, 'entry.js'), formats: ['es'], fileName: 'bench' },
  },
});
await rm(tmp, { recursive: true, force: true });
const bundle = (Array.isArray(built) ? built[0] : built).output.find((o) => o.type === 'chunk').code;

const SERVED = ['/test/fixtures/', '/node_modules/us-atlas/'];
const server = createHttpServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  if (path === '/bench.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
  if (SERVED.some((p) => path.startsWith(p)) && !path.includes('..')) {
    try {
      return res.writeHead(200).end(await readFile(resolve(path.slice(1))));
    } catch {
      /* falls through to 404 */
    }
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
});

// Runs in the page: creates a map, gives it geometry and data, and waits until every region is drawn.
async function runCase(spec) {
  const longest = { value: 0 };
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest.value = Math.max(longest.value, e.duration);
  });
  obs.observe({ type: 'longtask' });
  const [geo, rows] = await Promise.all([
    spec.geoUrl ? fetch(spec.geoUrl).then((r) => r.json()) : null,
    spec.dataUrl ? fetch(spec.dataUrl).then((r) => r.text()) : null,
  ]);
  let data;
  if (rows) {
    data = window.csvParse(rows);
  } else {
    const ids = (geo?.objects?.[spec.object]?.geometries ?? []).map((g) => g.id);
    // Deterministic scores from the id, so runs compare.
    data = ids.map((id) => ({ code: id, score: (Number(id) * 7919) % 100 }));
  }
  await new Promise((r) => setTimeout(r, 300));
  const box = document.getElementById('box');
  box.replaceChildren();
  box.style.width = spec.width + 'px';
  const t0 = performance.now();
  const el = document.createElement('pantau-compliance-map');
  for (const [k, v] of Object.entries(spec.attrs)) el.setAttribute(k, v);
  if (spec.geoAsProperty) el.geo = geo;
  el.data = data;
  box.append(el);
  const drawn = () => el.shadowRoot?.querySelectorAll('.regions [data-i]:not(.hit)').length ?? 0;
  const give = performance.now() + 30_000;
  const frame = () => {
    if (performance.now() > give)
      throw new Error(
        `gave up after 30 s: ${drawn()} regions drawn; ${el.shadowRoot?.textContent?.slice(0, 200)}`,
      );
    // Timers, not animation frames: a headless page may not paint, so frames may not come.
    return new Promise((r) => setTimeout(r, 16));
  };
  while (drawn() < spec.min) await frame();
  await new Promise((r) => setTimeout(r, 0));
  const render = performance.now() - t0;
  const regions = drawn();
  const t1 = performance.now();
  box.style.width = Math.round(spec.width * 0.6) + 'px';
  const viewBox = () => el.shadowRoot.querySelector('svg.map')?.getAttribute('viewBox');
  const before = viewBox();
  while (viewBox() === before) await frame();
  const resize = performance.now() - t1;
  await new Promise((r) => setTimeout(r, 300));
  obs.disconnect();
  return { render, resize, longest: longest.value, regions };
}

const CASES = [
  {
    label: '38 provinces (geo="id-provinces")',
    attrs: { geo: 'id-provinces', 'name-field': 'entity_name' },
    dataUrl: '/test/fixtures/compliance/ombudsman-compliance-2022.csv',
    min: 38,
  },
  {
    label: '507 regencies (GeoJSON, name join)',
    geoUrl: '/test/fixtures/geo/id-regencies-507.geojson',
    geoAsProperty: true,
    attrs: { 'name-key': 'WADMKK', 'name-field': 'entity_name' },
    dataUrl: '/test/fixtures/compliance/ombudsman-compliance-2022.csv',
    min: 507,
  },
  {
    label: '3,231 US counties (us-atlas, projection none)',
    geoUrl: '/node_modules/us-atlas/counties-albers-10m.json',
    geoAsProperty: true,
    object: 'counties',
    attrs: { projection: 'none', 'geo-object': 'counties', scheme: 'ombudsman-2021' },
    min: 3100,
  },
];

let worst = 0;
try {
  const page = await browser.newPage({ viewport: { width: WIDTH + 40, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
  const [load] = loadavg();
  const busy = load > cpus().length ? ' (busy machine: wall-clock figures are inflated)' : '';
  console.log(`load average ${load.toFixed(1)} on ${cpus().length} cores${busy}`);
  console.log(
    `pantau-compliance-map, width ${WIDTH} px, ${RUNS} run(s) each (median; longest task = worst run)\n`,
  );
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().includes('404') && console.error('page:', m.text()),
  );
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const c of CASES) {
    // The first run also pays one-time costs (compiling, Intl data): reported apart.
    const cold = await page.evaluate(runCase, { ...c, width: WIDTH });
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(await page.evaluate(runCase, { ...c, width: WIDTH }));
    const median = (k) => results.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
    const longest = Math.max(...results.map((r) => r.longest));
    worst = Math.max(worst, longest);
    const ms = (v) => `${v ? v.toFixed(0) : '<50'} ms`.padStart(7);
    console.log(
      `${c.label.padEnd(46)} ${String(results[0].regions).padStart(5)} regions  render ${ms(median('render'))}  resize ${ms(median('resize'))}  longest task ${ms(longest)}  (cold run: ${ms(cold.longest).trim()})`,
    );
  }

  console.log(
    `\nlongest main-thread task: ${worst ? worst.toFixed(0) : '<50'} ms (budget ${BUDGET_MS} ms): ${worst <= BUDGET_MS ? 'OK' : 'OVER BUDGET'}`,
  );
} finally {
  await browser.close();
  server.close();
  clearTimeout(DEADLINE);
}
process.exit(worst <= BUDGET_MS ? 0 : 1);
