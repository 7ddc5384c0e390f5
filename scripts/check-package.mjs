// `npm run test:package` (run by .ci/run after the build): what a user gets without this repo.
//  1. The release archive (scripts/release.mjs): unpacked, its SHA256SUMS checked, its files
//     copied under a CMS-like path and a host page using them rendered under a strict CSP.
//  2. `npm pack`: the tarball installed into an empty project (offline when the npm cache has
//     lit and d3, else from the registry), every export resolved by Node, a page importing
//     `pantau` bundled with Vite's defaults and rendered under the same CSP.
// Each page holds every element with inline data (the map with only geo="id-provinces") and
// passes when each shows its figures with no CSP violation, page error or failed request, and
// the trend's SVG and the map's PNG download work, their tables open, and a CSV served without
// a length is counted in the data worker: features loaded on first use from side files (the CDN
// folder's `pantau-*.export.js`, `pantau-ckan.js`, `pantau-table.js`, `pantau-large-csv.js`
// beside the worker file; the bundler's chunks of the npm package).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { release, sha256 } from './release.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
const log = (msg) => process.stdout.write(`check-package: ${msg}\n`);

/** The four elements as a CMS page writes them: attributes and inline data only. */
export const HOST_BODY = `
<pantau-stat id="stat" label="Laporan masyarakat" value="10846" previous="8452" unit="laporan"
  period="2024" previous-period="2023" lower-is-better source="Ombudsman RI"></pantau-stat>
<pantau-complaint-trend id="trend" period="year" heading="Laporan masyarakat" source="Ombudsman RI">
  <script type="application/json" data-pantau="annotations">[{"date": "2024", "label": "Definisi baru"}]</script>
  <script type="text/csv">date,value
2022,8292
2023,8452
2024,10846
</script>
</pantau-complaint-trend>
<pantau-compliance-map id="map" geo="id-provinces" name-field="name" heading="Kepatuhan 2022">
  <script type="application/json">[{"name": "Kalimantan Selatan", "score": 91.5, "year": 2022}]</script>
</pantau-compliance-map>
<pantau-complaint-trend id="ckan" period="year" heading="Laporan (CKAN)">
  <script type="application/json">{"success": true, "result": {"fields": [{"id": "date", "type": "date"},
    {"id": "value", "type": "int4"}], "records": [{"date": "2023-01-01", "value": "8452"},
    {"date": "2024-01-01", "value": "10846"}], "total": 2}}</script>
</pantau-complaint-trend>
<pantau-complaint-trend id="large" period="month" date-field="date" src="/records.csv"></pantau-complaint-trend>
<pantau-service-standard id="card">
  <script type="application/json">{"name": "Penerbitan KTP-el", "fee": 0,
    "timeLimit": {"value": 14, "unit": "hari kerja"}, "requirements": ["Kartu Keluarga"]}</script>
</pantau-service-standard>`;

/** What each element must show once it has its data. */
const EXPECT = {
  stat: /10\.846/,
  trend: /Definisi baru/,
  // Read by the CKAN plugin, loaded on first use (pantau-ckan.js, a chunk of the npm package).
  ckan: /10\.846 pada 2024/,
  map: /kualitas tertinggi.*Tidak ada data 37 wilayah/,
  // Streamed without a length, so counted in the data worker (its client: pantau-large-csv.js).
  large: /dari 11 pada November 2024 menjadi 12 pada Desember 2024/,
  card: /Gratis/,
};

const page = (scripts) => `<!doctype html>
<html lang="id">
<head><meta charset="utf-8"><title>pantau host page</title><link rel="icon" href="data:,">
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</head>
<body>${HOST_BODY}</body>
</html>`;

/** The `large` trend's CSV: one row per report, 1 in January 2024 … 12 in December. */
export const RECORDS_CSV = [
  'date,service',
  ...Array.from({ length: 12 }, (_, m) =>
    Array.from(
      { length: m + 1 },
      (_, i) => `2024-${String(m + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')},KTP`,
    ),
  ).flat(),
].join('\n');

const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.csv': 'text/csv',
};

/** Serves `dir` on 127.0.0.1 with the strict CSP on every response. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      // No content-length (a chunked response): a CSV of unknown size goes to the data worker.
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': STRICT_CSP,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Opens `url` and returns, per element id, its shadow text, plus everything that went wrong. */
async function render(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url);
  const texts = await page
    .waitForFunction(
      (ids) => {
        const out = {};
        for (const id of ids) {
          const el = document.getElementById(id);
          const text = el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
          if (!text || el.getAttribute('aria-busy') === 'true') return false;
          out[id] = text;
        }
        return out;
      },
      Object.keys(EXPECT),
      { timeout: 15000 },
    )
    .then((h) => h.jsonValue())
    .catch(() => ({}));
  for (const [id, re] of Object.entries(EXPECT))
    if (!re.test(texts[id] ?? '')) problems.push(`#${id} shows ${JSON.stringify(texts[id] ?? '(nothing)')}`);
  for (const [id, want] of Object.entries(DOWNLOADS)) {
    const got = await page.evaluate(pickDownload, [id, want.kind]).catch((e) => ({ error: String(e) }));
    if (got.name !== want.name || got.type !== want.type || !(got.bytes > 1000))
      problems.push(`#${id} ${want.kind} download: ${JSON.stringify(got)}`);
  }
  for (const [id, button] of Object.entries(TABLES)) {
    const rows = await page.evaluate(openTable, [id, button]).catch((e) => String(e));
    if (!(rows > 0)) problems.push(`#${id} table: ${rows}`);
  }
  if (!requested.some((p) => /\/worker-[^/]*\.js$/.test(p)))
    problems.push(`#large: no data worker started (requests: ${requested.join(', ')})`);
  await page.close();
  return problems;
}

/** Downloads picked from the menus once the page has rendered, and what each must save. */
const DOWNLOADS = {
  trend: { kind: 'svg', name: 'laporan-masyarakat.svg', type: 'image/svg+xml' },
  map: { kind: 'png', name: 'kepatuhan-2022.png', type: 'image/png' },
};

/** Tables opened once the page has rendered (their code loads on the first press): the button of each. */
const TABLES = { trend: '[part=table-toggle]', map: '.toolbar > [aria-controls$="-list"]' };

/** In the page: presses element `id`'s table `button` and returns the rows of the table it opens. */
async function openTable([id, button]) {
  const el = document.getElementById(id);
  const toggle = el.shadowRoot.querySelector(button);
  toggle.click();
  for (let i = 0; i < 250 && toggle.getAttribute('aria-expanded') !== 'true'; i++)
    await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el.shadowRoot.querySelectorAll('table tbody tr').length;
}

/**
 * In the page: picks `kind` from element `id`'s download menu and returns what `<a download>`
 * was asked to save (the blob kept as it is made: the CSP's connect-src has no blob:), or the
 * error the menu shows instead.
 */
async function pickDownload([id, kind]) {
  const el = document.getElementById(id);
  const blobs = new Map();
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  const saved = new Promise((resolve) => {
    URL.createObjectURL = (blob) => {
      const url = createObjectURL.call(URL, blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function () {
      resolve(this);
    };
  });
  const shown = () => el.shadowRoot.querySelector('.dl-error');
  try {
    el.shadowRoot.querySelector('[part=download-button]').click();
    await el.updateComplete;
    el.shadowRoot.querySelector(`[part=download-menu] button[data-kind=${kind}]`).click();
    const failed = new Promise((resolve) => {
      const poll = () => (shown() ? resolve(shown()) : setTimeout(poll, 20));
      poll();
    });
    const late = new Promise((resolve) => setTimeout(resolve, 10000));
    const got = await Promise.race([saved, failed, late]);
    if (!got) return { error: 'nothing saved and no error shown' };
    if (!(got instanceof HTMLAnchorElement)) return { error: got.textContent.trim() };
    const blob = blobs.get(got.href);
    return { name: got.download, type: blob?.type, bytes: blob?.size };
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
}

/** Files of a .tgz as [name, bytes] (regular files of a ustar archive). */
function untgz(bytes) {
  const tar = gunzipSync(bytes);
  const files = [];
  for (let at = 0; at + 512 <= tar.length;) {
    const name = tar.toString('utf8', at, at + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = parseInt(tar.toString('utf8', at + 124, at + 136).replace(/\0.*$/s, ''), 8);
    if (tar[at + 156] === 0x30 || tar[at + 156] === 0)
      files.push([name, tar.subarray(at + 512, at + 512 + size)]);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** The release archive, unpacked into `site/cms/assets/pantau/` beside a host page. */
function checkRelease(work) {
  const { path, dir } = release(join(work, 'release'));
  const files = new Map(untgz(readFileSync(path)).map(([n, b]) => [n.slice(dir.length + 1), b]));
  const sums = files.get('SHA256SUMS')?.toString() ?? '';
  const listed = sums.trim().split('\n');
  if (listed.length !== files.size - 1)
    throw new Error(`SHA256SUMS lists ${listed.length} of ${files.size - 1} files`);
  for (const line of listed) {
    const [hash, name] = line.split(/ {2}/);
    if (sha256(files.get(name) ?? Buffer.alloc(0)) !== hash) throw new Error(`checksum mismatch: ${name}`);
  }
  for (const need of ['LICENSE', 'licenses/id-provinces-geometry-MIT.txt', 'licenses/idn-area-data-ODbL.txt'])
    if (!files.has(need)) throw new Error(`the archive lacks ${need}`);
  const site = join(work, 'site');
  for (const [name, bytes] of files) {
    const to = join(site, 'cms', 'assets', 'pantau', name);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, bytes);
  }
  mkdirSync(join(site, 'news', '2025'), { recursive: true });
  writeFileSync(join(site, 'news', '2025', 'index.html'), page(['/cms/assets/pantau/pantau.js']));
  writeFileSync(join(site, 'records.csv'), RECORDS_CSV);
  log(`release archive ${dir}.tgz: ${files.size} files, checksums match`);
  return { site, path: '/news/2025/' };
}

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** `npm pack`, installed into an empty project, its exports resolved and a page bundled with Vite. */
async function checkPack(work) {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root))[0];
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "pack-check", "private": true, "type": "module" }\n');
  const tarball = join(work, packed.filename);
  const flags = ['--no-audit', '--no-fund', '--ignore-scripts'];
  const offline = spawnSync('npm', ['install', '--offline', ...flags, tarball], {
    cwd: app,
    encoding: 'utf8',
  });
  if (offline.status !== 0) run('npm', ['install', '--prefer-offline', ...flags, tarball], app);
  const from = offline.status === 0 ? 'from the npm cache' : 'dependencies from the registry';
  log(`npm pack: ${packed.filename} (${packed.entryCount} files) installed into an empty project, ${from}`);

  // Every export resolves to a file in the installed package.
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'pantau', 'package.json'), 'utf8'));
  const probe = Object.keys(pkg.exports)
    .map((k) => `import.meta.resolve(${JSON.stringify(k === '.' ? 'pantau' : `pantau${k.slice(1)}`)});`)
    .join('\n');
  writeFileSync(join(app, 'resolve.mjs'), `${probe}\nimport 'pantau/data';\n`);
  run(process.execPath, ['resolve.mjs'], app);

  writeFileSync(join(app, 'main.js'), "import 'pantau';\n");
  writeFileSync(join(app, 'index.html'), page(['./main.js']));
  await build({ configFile: false, root: app, base: './', logLevel: 'error', build: { outDir: 'dist' } });
  const site = join(work, 'pack-site');
  mkdirSync(join(site, 'blog'), { recursive: true });
  writeFileSync(join(site, 'records.csv'), RECORDS_CSV);
  for (const f of readdirSync(join(app, 'dist'), { recursive: true })) {
    const from = join(app, 'dist', f);
    if (extname(f)) {
      mkdirSync(dirname(join(site, 'blog', f)), { recursive: true });
      writeFileSync(join(site, 'blog', f), readFileSync(from));
    }
  }
  return { site, path: '/blog/index.html' };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'pantau-package-'));
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS });
  let failed = false;
  try {
    for (const [what, check] of [
      ['release archive', checkRelease],
      ['npm package', checkPack],
    ]) {
      const { site, path } = await check(work);
      const server = await serve(site);
      try {
        const problems = await render(browser, `${server.origin}${path}`);
        if (problems.length) {
          failed = true;
          process.stderr.write(`check-package: the ${what}'s host page:\n  ${problems.join('\n  ')}\n`);
        } else
          log(
            `the ${what}'s host page renders every element, downloads, opens its tables and counts a large CSV in the worker under a strict CSP`,
          );
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    process.stderr.write(`check-package failed: ${e.stack ?? e}\n`);
    process.exit(1);
  });
}
