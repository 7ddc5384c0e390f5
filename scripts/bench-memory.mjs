// `npm run bench:memory`: mounts and unmounts each pantau element 2,500 times (data set, drawn,
// removed) in headless Chromium and prints the JS heap growth per cycle after full garbage
// collections. Target: under 1 KB per cycle for every element (growth is a leak).
//   npm run bench:memory                              all four elements, 2,500 cycles each
//   npm run bench:memory -- --cycles 500 --only pantau-compliance-map
//   npm run bench:memory -- --snapshot pantau-compliance-map
//       also takes heap snapshots before and after and prints the constructors whose live
//       count grew, to find what a leak retains.
// Uses dist/cdn (run `npm run build` first). Hold the shared lock: `flock /tmp/pantau-bench.lock …`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapAfterGc, launch } from '../bench/lib/browser.mjs';
import { serve } from '../bench/lib/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ELEMENTS = [
  'pantau-stat',
  'pantau-complaint-trend',
  'pantau-compliance-map',
  'pantau-service-standard',
];
const TARGET = 1024;
const PROVINCES =
  '11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96'.split(
    ' ',
  );

function parseArgs(argv) {
  const o = { cycles: 2500, warm: 200, only: ELEMENTS, snapshot: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cycles') o.cycles = Number(argv[++i]);
    else if (a === '--warm') o.warm = Number(argv[++i]);
    else if (a === '--only') o.only = argv[++i].split(',');
    else if (a === '--snapshot') o.snapshot = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  if (o.snapshot) o.only = [o.snapshot];
  return o;
}

// The page's harness: one element per cycle, its data set, attached until drawn, then removed.
const HARNESS = `
import { mapDataset, lineDataset } from '/harness/data.js';
await import('/cdn/pantau.js');
const [which, variant] = new URLSearchParams(location.search).get('el').split('@');
const box = document.getElementById('box');
const frame = () => new Promise((r) => requestAnimationFrame(r));
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
let make;
if (which === 'pantau-stat') {
  make = () => {
    const el = document.createElement(which);
    for (const [k, v] of Object.entries({ label: 'Pengaduan selesai', value: '10846', previous: '8452', unit: 'laporan', period: '2024', source: 'Ombudsman RI', updated: '2025-01-15' })) el.setAttribute(k, v);
    return { el, drawn: () => !!el.shadowRoot?.querySelector('.value') };
  };
} else if (which === 'pantau-complaint-trend') {
  const ds = lineDataset(300, 7);
  const table = { period: 'day', periods: Array.from(ds.dates, isoDay), series: [...ds.series], values: ds.values.map((v) => Array.from(v)), total: 0 };
  make = () => {
    const el = document.createElement(which);
    el.setAttribute('period', 'day');
    el.data = table;
    return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.chart path') };
  };
} else if (which === 'pantau-compliance-map' && variant && variant !== 'interact') {
  // The bundled boundaries by name, or geometry and ratings by URL (the loaders and their cache).
  await import('/cdn/pantau-id-provinces.js');
  const rows = await (await fetch('/fixtures/ratings-38.json')).json();
  make = () => {
    const el = document.createElement(which);
    if (variant === 'src') {
      el.setAttribute('geo-src', '/fixtures/id-provinces-38.topo.json');
      el.setAttribute('feature-key', 'id');
      el.setAttribute('src', '/fixtures/ratings-38.json');
    } else {
      el.setAttribute('geo', 'id-provinces');
      el.data = rows;
    }
    return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.map path') };
  };
} else if (which === 'pantau-compliance-map') {
  const ds = await mapDataset('id-provinces-38');
  const data = ds.ratings.map((r) => ({ code: String(r.key), score: r.score, year: 2022 }));
  make = () => {
    const el = document.createElement(which);
    el.setAttribute('scheme', 'ombudsman-2022');
    el.setAttribute('feature-key', ds.key);
    el.geo = ds.geo;
    el.data = data;
    return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.map path') };
  };
} else {
  const data = await (await fetch('/fixtures/services.json')).json();
  make = () => {
    const el = document.createElement(which);
    el.data = data;
    return { el, drawn: () => (el.shadowRoot?.textContent ?? '').trim().length > 0 };
  };
}
// A reader's visit: hover a region, tab to the map, move with the arrow keys, select, open the list.
async function interact(el) {
  const root = el.shadowRoot;
  const path = root?.querySelector('svg.map path[data-i], svg.chart path');
  path?.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 200, clientY: 100 }));
  const focus = root?.querySelector('.map-focus, [tabindex="0"]');
  focus?.focus();
  for (const key of ['ArrowRight', 'ArrowDown', 'Enter', 'Escape'])
    focus?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  root?.querySelector('button[aria-controls$="-list"], .table-toggle')?.click();
  await el.updateComplete;
  await frame();
}
window.__cycles = async (n) => {
  let undrawn = 0;
  for (let i = 0; i < n; i += 10) {
    const batch = Array.from({ length: Math.min(10, n - i) }, make);
    for (const { el } of batch) box.append(el);
    for (let f = 0; f < 20 && !batch.every(({ drawn }) => drawn()); f++) {
      await Promise.all(batch.map(({ el }) => el.updateComplete));
      await frame();
    }
    undrawn += batch.filter(({ drawn }) => !drawn()).length;
    if (variant === 'interact') for (const { el } of batch) await interact(el);
    for (const { el } of batch) el.remove();
  }
  await frame();
  await new Promise((r) => setTimeout(r, 50));
  return undrawn;
};
window.__ready = true;
`;

const page = () => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>pantau memory</title>
<style>body { margin: 0 } #box { width: 800px }</style>
<script type="module">${HARNESS}</script></head><body><div id="box"></div></body></html>`;

/** Live object counts by constructor name in a heap snapshot (a V8 .heapsnapshot, parsed). */
async function snapshotCounts(cdp) {
  let json = '';
  const onChunk = (e) => (json += e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(json);
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [ti, ni, si] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size')];
  const counts = new Map();
  for (let i = 0; i < snap.nodes.length; i += f.length) {
    const type = types[snap.nodes[i + ti]];
    const name = `${type}:${snap.strings[snap.nodes[i + ni]]}`;
    const c = counts.get(name) ?? { n: 0, bytes: 0 };
    c.n++;
    c.bytes += snap.nodes[i + si];
    counts.set(name, c);
  }
  return counts;
}

async function measure(browser, origin, element, o) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  try {
    await p.goto(`${origin}/memory.html?el=${element}`, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__ready === true, null, { timeout: 60000 });
    const cdp = await context.newCDPSession(p);
    await p.evaluate((n) => window.__cycles(n), o.warm);
    const before = await heapAfterGc(cdp);
    const counts0 = o.snapshot ? await snapshotCounts(cdp) : undefined;
    const t0 = Date.now();
    const undrawn = await p.evaluate((n) => window.__cycles(n), o.cycles);
    const ms = Date.now() - t0;
    const after = await heapAfterGc(cdp);
    if (counts0) {
      const counts1 = await snapshotCounts(cdp);
      const grown = [...counts1]
        .map(([name, c]) => ({
          name,
          dn: c.n - (counts0.get(name)?.n ?? 0),
          db: c.bytes - (counts0.get(name)?.bytes ?? 0),
        }))
        // Blink's own (native) objects are outside the JS heap measured here.
        .filter((g) => g.db > 0 && !g.name.startsWith('native:'))
        .sort((a, b) => b.db - a.db)
        .slice(0, 25);
      console.log(`  constructors that grew over ${o.cycles} cycles (count, bytes):`);
      for (const g of grown) console.log(`    ${g.name.padEnd(50)} +${g.dn}  +${g.db} B`);
    }
    return { element, before, after, perCycle: (after - before) / o.cycles, ms, undrawn, errors };
  } finally {
    await context.close();
  }
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(join(ROOT, 'dist', 'cdn', 'pantau.js')))
    throw new Error('dist/cdn/pantau.js is missing: run `npm run build` first');
  const server = await serve({
    routes: {
      '/harness/': join(ROOT, 'bench', 'harness'),
      '/cdn/': join(ROOT, 'dist', 'cdn'),
      '/fixtures/services.json': join(ROOT, 'test', 'fixtures', 'services', 'services.json'),
      '/fixtures/': join(ROOT, 'bench', 'fixtures'),
    },
    pages: {
      '/memory.html': page,
      // JSON served as a page is still JSON to fetch(): the 38 provinces' 2022-style ratings.
      '/fixtures/ratings-38.json': () =>
        JSON.stringify(
          Array.from({ length: 38 }, (_, i) => ({ code: PROVINCES[i], score: 40 + i, year: 2022 })),
        ),
    },
  });
  const { browser } = await launch();
  const rows = [];
  try {
    console.log(
      `pantau memory: ${o.cycles} mount/unmount cycles per element, after ${o.warm} warm-up cycles`,
    );
    for (const element of o.only) {
      const r = await measure(browser, server.origin, element, o);
      rows.push(r);
      const ok = r.perCycle < TARGET ? 'ok' : 'OVER 1 KB';
      console.log(
        `  ${element.padEnd(26)} heap ${(r.before / 1048576).toFixed(2)} → ${(r.after / 1048576).toFixed(2)} MB, ` +
          `${r.perCycle.toFixed(0)} B per cycle (${ok}), ${(r.ms / o.cycles).toFixed(1)} ms per cycle` +
          `${r.undrawn ? `, ${r.undrawn} not drawn` : ''}${r.errors.length ? `, errors: ${r.errors.slice(0, 2).join(' | ')}` : ''}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const over = rows.filter((r) => r.perCycle >= TARGET || r.undrawn);
  process.exitCode = over.length ? 1 : 0;
}

main().catch((e) => {
  console.error(`bench:memory: ${e.stack ?? e.message}`);
  process.exit(1);
});
