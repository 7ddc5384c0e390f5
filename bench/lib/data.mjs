// Data section: runs the data client helper's own benchmark (scripts/bench-data.mjs, which
// owns bench/data/) and reports its figure; this runner does not measure parsing itself.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runChild } from './child.mjs';
import { ROOT } from './paths.mjs';

export async function runData({ quick, log }) {
  const script = join(ROOT, 'scripts', 'bench-data.mjs');
  if (!existsSync(script)) return { status: 'missing', error: 'scripts/bench-data.mjs does not exist yet' };
  const r = await runChild(process.execPath, [script, ...(quick ? ['--quick'] : [])], {
    cwd: ROOT,
    timeout: 300000,
    onLine: (l) => log(`  | ${l}`),
  });
  if (r.timedOut) return { status: 'timeout', stdout: r.stdout };
  if (r.code !== 0)
    return {
      status: 'error',
      error: (r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ').slice(0, 300),
      stdout: r.stdout,
    };
  // The script's closing block (from its "Data client:" line) is its report: keep it as printed.
  const lines = r.stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('Data client:'));
  const table = start >= 0 ? lines.slice(start).join('\n').trim() : undefined;
  return { status: 'ok', stdout: r.stdout, table };
}
