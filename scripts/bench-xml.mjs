// `npm run bench:xml`: an Open311 XML of 20 MB (`--mb N`) loaded in Chromium by pantau's data
// client (its own XML reader, in 8 ms slices) and parsed with DOMParser on the main thread (what
// pantau did before): total time and the longest main-thread task of each, median of 3 runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { oxc } from './vite-shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const MB = argv.includes('--mb') ? Number(argv[argv.indexOf('--mb') + 1]) : 20;
const RUNS = 3;
const log = (s) => process.stdout.write(`${s}\n`);

const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-xml-'));
try {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    oxc,
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: join(root, 'bench/xml/page.ts'), formats: ['es'], fileName: () => 'page.js' },
    },
  });
  const item = (i) =>
    `<request><service_request_id>${i}</service_request_id><status>${i % 3 ? 'open' : 'closed'}</status>` +
    `<service_name>Jalan &amp; Jembatan</service_name><service_code>00${i % 7}</service_code>` +
    `<description>Lubang di jalan, dekat sekolah</description><requested_datetime>2024-0${(i % 9) + 1}-14T06:37:38+07:00</requested_datetime>` +
    `<address>Jl. Sudirman No. ${i}</address><lat>-6.2${i % 10}</lat><long>106.8${i % 10}</long></request>\n`;
  const parts = ['<?xml version="1.0" encoding="utf-8"?>\n<service_requests>\n'];
  let size = parts[0].length;
  for (let i = 0; size < MB * 1024 * 1024; i++) size += parts[parts.push(item(i)) - 1].length;
  parts.push('</service_requests>\n');
  const xml = parts.join('');
  const page = '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>';
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const [type, body] =
      path === '/requests.xml'
        ? ['application/xml', xml]
        : path === '/page.js'
          ? ['text/javascript', undefined]
          : ['text/html', page];
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    if (body !== undefined) return res.end(body);
    import('node:fs').then((fs) => fs.createReadStream(join(dir, 'page.js')).pipe(res));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  const results = { pantau: [], dom: [] };
  for (let i = 0; i < RUNS; i++)
    for (const how of ['pantau', 'dom']) {
      const p = await browser.newPage();
      await p.goto(`${origin}/`);
      await p.waitForFunction(() => 'benchXml' in window);
      results[how].push(await p.evaluate(([u, h]) => window.benchXml(u, h), [`${origin}/requests.xml`, how]));
      await p.close();
    }
  await browser.close();
  server.close();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ms = (n) => `${Math.round(n).toLocaleString('en')} ms`;
  log(
    `Open311 XML: ${(xml.length / 1048576).toFixed(1)} MB, ${results.pantau[0].rows.toLocaleString('en')} requests, median of ${RUNS} runs`,
  );
  log(
    `Machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  log('');
  log('| reader | total | longest main-thread task |');
  log('|---|---:|---:|');
  for (const [how, label] of [
    ['pantau', 'pantau `load` (own reader, 8 ms slices)'],
    ['dom', 'DOMParser on the main thread (before)'],
  ])
    log(
      `| ${label} | ${ms(median(results[how].map((r) => r.ms)))} | ${ms(median(results[how].map((r) => r.longestTask)))} |`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
