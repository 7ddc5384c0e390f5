// `npm run bench:data`: parses and aggregates a generated complaints CSV in Chromium with
// pantau's data client (module worker, streaming) and with d3-dsv csvParse + d3-array rollup
// on the main thread, and prints time, peak JS heap and the longest main-thread task of each.
//   node scripts/bench-data.mjs            1,000,000 rows, 3 runs each (median)
//   node scripts/bench-data.mjs --quick    200,000 rows, 1 run each
//   node scripts/bench-data.mjs --rows N --runs N
//   node scripts/bench-data.mjs --auto      pantau with worker: 'auto' (as elements load), not true
//   node scripts/bench-data.mjs --breakdown [--stages a,b]   time each stage of the path instead
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { oxc } from './vite-shared.mjs';
import { generateComplaints } from '../bench/data/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const quick = argv.includes('--quick');
// Heap sampling talks to the page and the worker over CDP every 50 ms; --no-heap measures time alone.
const sampleHeap = !argv.includes('--no-heap');
const ROWS = arg('--rows', quick ? 200_000 : 1_000_000);
const RUNS = arg('--runs', quick ? 1 : 3);
const log = (s) => process.stdout.write(`${s}\n`);
const breakdown = argv.includes('--breakdown');
const workerMode = argv.includes('--auto') ? 'auto' : true;
// What each `--breakdown` stage times (see bench/data/page.ts and breakdown-worker.ts).
const STAGES = {
  'main-discard': 'main thread: fetch, read the body and drop it (time to last byte)',
  'main-text': "main thread: fetch + res.text() (the baseline's download)",
  'worker-discard': 'worker: fetch, read the body and drop it',
  'transfer-discard': 'main fetches, body stream transferred to a worker that drops it',
  'worker-decode': 'worker: fetch + TextDecoder per chunk (what a text parser pays first)',
  'worker-scan': 'worker: fetch + CSV scan of the bytes (no counting)',
  'worker-aggregate': 'worker: fetch + scan + count (pantau without load())',
  'cpu-decode': 'worker, body already in memory: TextDecoder',
  'cpu-scan': 'worker, body already in memory: CSV scan of the bytes',
  'cpu-aggregate': 'worker, body already in memory: scan + count',
};
const stagesArg = argv.includes('--stages') ? argv[argv.indexOf('--stages') + 1].split(',') : undefined;

async function bundle(dir) {
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    oxc,
    worker: { format: 'es' },
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      copyPublicDir: false,
      assetsDir: '',
      lib: { entry: join(root, 'bench/data/page.ts'), formats: ['es'], fileName: () => 'page.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
}

function serve(dir) {
  const types = { '.js': 'text/javascript', '.html': 'text/html', '.csv': 'text/csv' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path.slice(1));
    let size;
    try {
      size = statSync(file).size;
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Samples the used JS heap of the page and of its workers (via CDP) until stopped; returns the peak of their sum. */
async function heapSampler(page) {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Map();
  const pending = new Map();
  let id = 0;
  cdp.on('Target.attachedToTarget', (e) => workers.set(e.sessionId, 0));
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    if (pending.has(m.id)) {
      pending.get(m.id)(m.result?.usedSize ?? 0);
      pending.delete(m.id);
    }
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const workerHeap = (sessionId) =>
    new Promise((resolve) => {
      const n = ++id;
      pending.set(n, resolve);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: n, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => resolve(0));
      setTimeout(() => pending.has(n) && (pending.delete(n), resolve(0)), 500);
    });
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let running = true;
  // A page that crashes or closes ends the sampling; the measurement then reports the page's own error.
  const loop = (async () => {
    while (running && !page.isClosed()) {
      const [main, ...w] = await Promise.all([
        cdp.send('Runtime.getHeapUsage').then((h) => h.usedSize),
        ...[...workers.keys()].map(workerHeap),
      ]).catch(() => [NaN]);
      if (Number.isNaN(main)) break;
      peak = Math.max(peak, main + w.reduce((a, b) => a + b, 0));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach().catch(() => undefined);
    return peak;
  };
}

async function stage(browser, origin, name) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'benchStage' in window);
  const r = await page.evaluate(([u, n]) => window.benchStage(u, n), [`${origin}/complaints.csv`, name]);
  await page.close();
  return r;
}

async function runBreakdown(browser, origin, bytes) {
  const names = stagesArg ?? Object.keys(STAGES);
  const results = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < RUNS; i++)
    for (const n of names) {
      log(`bench:data: breakdown run ${i + 1}/${RUNS}, ${n}…`);
      results[n].push(await stage(browser, origin, n));
    }
  log('');
  log(
    `Data client stages: ${ROWS.toLocaleString('en')} rows, ${mb(bytes)} CSV, median of ${RUNS} run(s), Chromium ${browser.version()}`,
  );
  log(
    `Machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (1, 5, 15 min)`,
  );
  log('');
  log('| stage | what | time | MB/s | wall (incl. worker start) | worker start | chunks |');
  log('|---|---|---:|---:|---:|---:|---:|');
  for (const n of names) {
    const rs = results[n];
    const t = median(rs.map((r) => r.ms));
    log(
      `| ${n} | ${STAGES[n] ?? ''} | ${ms(t)} | ${Math.round(bytes / 1024 / 1024 / (t / 1000))} | ${ms(median(rs.map((r) => r.wallMs)))} | ${ms(median(rs.map((r) => r.startMs)))} | ${median(rs.map((r) => r.chunks)).toLocaleString('en')} |`,
    );
  }
}

async function measure(browser, origin, fn) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => log(`page error: ${e.message}`));
  await page.goto(`${origin}/`);
  page.on('crash', () => log('bench:data: the page crashed'));
  await page.waitForFunction(() => 'benchPantau' in window);
  const stop = sampleHeap ? await heapSampler(page) : async () => NaN;
  const run = await page.evaluate(
    ([f, url, w]) => window[f](url, w),
    [fn, `${origin}/complaints.csv`, workerMode],
  );
  run.peakHeap = await stop();
  await page.close();
  return run;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n) => `${Math.round(n).toLocaleString('en')} ms`;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-data-'));
  let server;
  let browser;
  try {
    log(`bench:data: generating ${ROWS.toLocaleString('en')} complaint rows…`);
    const bytes = await generateComplaints(join(dir, 'complaints.csv'), ROWS);
    log(`bench:data: bundling the page with Vite…`);
    await bundle(dir);
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pantau data bench</title><script type="module" src="./page.js"></script></head><body></body></html>';
    writeFileSync(join(dir, 'index.html'), html);
    server = await serve(dir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: findChrome(),
      args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
    });
    if (breakdown) return await runBreakdown(browser, origin, bytes);
    const results = { pantau: [], baseline: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const [name, fn] of [
        ['pantau', 'benchPantau'],
        ['baseline', 'benchBaseline'],
      ]) {
        log(`bench:data: run ${i + 1}/${RUNS}, ${name}…`);
        results[name].push(await measure(browser, origin, fn));
      }
    }
    const [p, b] = [results.pantau, results.baseline];
    const agree =
      JSON.stringify(Object.entries(p[0].cells).sort()) === JSON.stringify(Object.entries(b[0].cells).sort());
    const pm = median(p.map((r) => r.ms));
    const bm = median(b.map((r) => r.ms));
    const row = (name, rs) =>
      `| ${name} | ${ms(median(rs.map((r) => r.ms)))} | ${Math.round((ROWS / median(rs.map((r) => r.ms))) * 1000).toLocaleString('en')} | ${mb(Math.max(...rs.map((r) => r.peakHeap)))} | ${Math.max(...rs.map((r) => r.longestTask)) ? ms(Math.max(...rs.map((r) => r.longestTask))) : 'none over 50 ms'} | ${ms(Math.max(...rs.map((r) => r.maxGap)))} |`;
    log('');
    log(
      `Data client: ${ROWS.toLocaleString('en')} rows, ${mb(bytes)} CSV, parse + count per month and service, median of ${RUNS} run(s), Chromium ${browser.version()}`,
    );
    // Wall-clock times on a shared machine: the load says how much to trust them.
    log(
      `Machine: ${cpus().length} cores, load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} (1, 5, 15 min)`,
    );
    log('');
    log(
      '| client | time | rows/s | peak JS heap (page + worker) | longest main-thread task | longest main-thread gap |',
    );
    log('|---|---:|---:|---:|---:|---:|');
    log(row(`pantau (module worker, streaming; worker: ${workerMode})`, p));
    log(row('d3-dsv csvParse + d3-array rollup (main thread)', b));
    log('');
    const speedup = bm / pm;
    const longest = Math.max(...p.map((r) => r.longestTask));
    log(`speed-up: ${speedup.toFixed(2)}× (target ≥ 2×): ${speedup >= 2 ? 'met' : 'MISSED'}`);
    log(
      `longest main-thread task while pantau ran: ${longest ? ms(longest) : 'none over 50 ms'} (target: none over 50 ms): ${longest <= 50 ? 'met' : 'MISSED'}`,
    );
    log(
      `results agree (every month × service count): ${agree ? 'yes' : 'NO'}; rows read: pantau ${p[0].rows.toLocaleString('en')}, baseline ${b[0].rows.toLocaleString('en')}`,
    );
    const busy = loadavg()[0] > cpus().length;
    if ((speedup < 2 || longest > 50) && busy)
      log(
        `why a target may be missed: the machine is busier than its cores (load ${loadavg()[0].toFixed(1)} on ${cpus().length}); both clients fetch the same ${mb(bytes)} through the same network process, so download time, not parsing, dominates, and a thread descheduled mid-task shows as a long task even when it does ~nothing (pantau's main thread only starts the worker and receives progress). Run again on an idle machine.`,
      );
    if (!agree || p[0].rows !== ROWS) process.exitCode = 1;
  } finally {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench:data failed: ${e.stack ?? e}\n`);
  process.exit(1);
});
