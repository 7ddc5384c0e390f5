// Mobile section: Lighthouse (bench's pinned 12.2.x, which runs on Node 20) on the built demo,
// served from 127.0.0.1, with its default mobile emulation and simulated throttling, in the
// same Debian Chromium as the rest (chrome-launcher reads CHROME_PATH).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { runChild } from './child.mjs';
import { BENCH, RESULTS, ROOT } from './paths.mjs';
import { serve } from './server.mjs';

const require = createRequire(join(BENCH, 'package.json'));

// Always rebuilt (under a second): a demo-dist left from an older checkout would be measured
// as if it were today's code.
async function ensureDemo(log) {
  const out = join(ROOT, 'demo-dist');
  log('  building the demo (npm run build:demo)…');
  const r = await runChild('npm', ['run', 'build:demo'], { cwd: ROOT, timeout: 240000 });
  if (r.code !== 0 || !existsSync(join(out, 'index.html'))) {
    throw new Error(
      r.timedOut
        ? 'npm run build:demo timed out'
        : `npm run build:demo failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' ')}`,
    );
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function runMobile({ quick, log }) {
  let demo;
  try {
    demo = await ensureDemo(log);
  } catch (e) {
    return { status: 'error', error: e.message };
  }
  const cli = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  const version = JSON.parse(readFileSync(require.resolve('lighthouse/package.json'), 'utf8')).version;
  const server = await serve({ routes: { '/': demo } });
  const runs = [];
  try {
    const n = quick ? 1 : 3;
    for (let i = 0; i < n; i++) {
      const file = join(RESULTS, `lighthouse-${i}.json`);
      rmSync(file, { force: true });
      const r = await runChild(
        process.execPath,
        [
          cli,
          `${server.origin}/`,
          '--output=json',
          `--output-path=${file}`,
          '--only-categories=performance,accessibility',
          // The full-page screenshot is taken after the trace, for the report viewer only: 2 s a run.
          '--disable-full-page-screenshot',
          `--chrome-flags=${CHROME_ARGS.join(' ')}`,
          '--max-wait-for-load=45000',
          '--quiet',
        ],
        { cwd: ROOT, env: { CHROME_PATH: findChrome() }, timeout: 150000 },
      );
      if (r.timedOut) {
        log(`  lighthouse run ${i + 1}: timeout`);
        runs.push({ status: 'timeout' });
        continue;
      }
      if (r.code !== 0 || !existsSync(file)) {
        const why = (r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ').slice(0, 300);
        log(`  lighthouse run ${i + 1}: error: ${why}`);
        runs.push({ status: 'error', error: why });
        continue;
      }
      const lhr = JSON.parse(readFileSync(file, 'utf8'));
      const run = {
        status: 'ok',
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        tbt: lhr.audits['total-blocking-time'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        // Lighthouse's own CPU speed probe: low values mean a busy machine, and simulated
        // throttling multiplies observed task times, so TBT rises with the machine's load.
        benchmarkIndex: lhr.environment?.benchmarkIndex,
        runtimeError: lhr.runtimeError?.message,
        failedA11y: Object.values(lhr.audits)
          .filter(
            (a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id),
          )
          .map((a) => a.id),
      };
      log(
        `  lighthouse run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, TBT ${Math.round(run.tbt)} ms, LCP ${Math.round(run.lcp)} ms, CPU index ${Math.round(run.benchmarkIndex ?? NaN)}`,
      );
      runs.push(run);
    }
  } finally {
    await server.close();
  }
  const ok = runs.filter((r) => r.status === 'ok');
  if (ok.length === 0)
    return { status: runs[0]?.status ?? 'error', error: runs[0]?.error, runs, lighthouse: version };
  return {
    status: 'ok',
    lighthouse: version,
    page: 'demo-dist/index.html',
    runs,
    performance: median(ok.map((r) => r.performance)),
    accessibility: median(ok.map((r) => r.accessibility)),
    tbt: median(ok.map((r) => r.tbt)),
    lcp: median(ok.map((r) => r.lcp)),
    failedA11y: [...new Set(ok.flatMap((r) => r.failedA11y))],
  };
}
