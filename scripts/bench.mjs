// `npm run bench`: pantau against the chart libraries people would use instead, in headless
// Chromium on this machine. Prints Markdown tables and writes bench/results/latest.{json,md}, with
// the wall time of each section at the end (the whole run must fit in 10 minutes on 2 cores).
//   npm run bench                                  everything
//   npm run bench -- --quick                       fewer pages and cycles, for development
//   npm run bench -- --only size,render            some sections: size, render, firstpaint, data,
//                                                  memory, mobile
//   npm run bench -- --cases line-10k,map-507      some render cases: line-1k, line-10k, line-100k,
//                                                  line-10k-update (960×500), line-1k-phone, …
//                                                  (360×640), line-1k-800, … (800×400, the old
//                                                  box), map-38, map-507, map-3231
//   npm run bench -- --peers pantau,d3             some libraries: pantau, d3, chartjs, echarts,
//                                                  highcharts, vega, plot
//   npm run bench -- --shots                       also save a screenshot of each render case
// The flags combine, e.g. `--only render --cases map-507 --peers pantau,d3` for one quick check.
// Hold the shared lock for any run: `flock /tmp/pantau-bench.lock npm run bench -- …`.
// Peers live in bench/package.json (installed on first run), never in pantau's dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECTIONS = ['size', 'render', 'firstpaint', 'data', 'memory', 'mobile'];

function parseArgs(argv) {
  const o = { only: SECTIONS, quick: false, shots: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--shots') o.shots = true;
    else if (a === '--cases' || a === '--peers') o[a.slice(2)] = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--only' || a.startsWith('--only=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      o.only = (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = o.only.filter((s) => !SECTIONS.includes(s));
      if (bad.length || o.only.length === 0)
        throw new Error(`--only takes some of ${SECTIONS.join(',')}; got "${v}"`);
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(
        `usage: npm run bench -- [--quick] [--only ${SECTIONS.join(',')}] [--shots] [--cases id,…] [--peers name,…]\n`,
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}

function run(cmd, args, what, { optional = false } = {}) {
  process.stdout.write(`bench: ${what}…\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status === 0) return;
  const msg = `${what} failed (${cmd} ${args.join(' ')})`;
  if (!optional) throw new Error(msg);
  process.stdout.write(`bench: ${msg}; pantau's figures will be missing, the peers are still measured.\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!existsSync(join(root, 'bench', 'node_modules', '.package-lock.json'))) {
    run(
      npm,
      ['install', '--prefix', 'bench', '--no-audit', '--no-fund'],
      'installing the peer libraries into bench/node_modules (first run)',
    );
  }
  if (!existsSync(join(root, 'node_modules', '.package-lock.json')))
    run(process.execPath, ['scripts/ensure-deps.mjs'], "installing pantau's dependencies");
  if (!existsSync(join(root, 'dist', 'cdn', 'pantau.js')))
    run(npm, ['run', 'build'], 'building pantau (npm run build)', { optional: true });
  const { main: bench } = await import('../bench/lib/main.mjs');
  await bench(opts);
}

main().catch((e) => {
  process.stderr.write(`\npantau bench: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
