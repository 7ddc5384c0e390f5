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
import { ELEMENTS } from '../bench/harness/elements.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = 1024;

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

// The harness is bench/harness/cycles.js (shared with the memory section of `npm run bench`).
const page = () => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>pantau memory</title>
<style>body { margin: 0 } #chart { width: 800px }</style>
<script type="module" src="/harness/cycles.js"></script></head><body><div id="chart"></div></body></html>`;

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
    await p.goto(`${origin}/cycles.html?el=${element}`, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__cycles !== undefined, null, { timeout: 60000 });
    await p.evaluate(() => window.__cycles.setup());
    const cdp = await context.newCDPSession(p);
    await p.evaluate((n) => window.__cycles.run(n), o.warm);
    const before = await heapAfterGc(cdp);
    const counts0 = o.snapshot ? await snapshotCounts(cdp) : undefined;
    const t0 = Date.now();
    const { undrawn } = await p.evaluate((n) => window.__cycles.run(n), o.cycles);
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
    pages: { '/cycles.html': page },
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
