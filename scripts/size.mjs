// `npm run size`: raw (unminified build), minified, gzip and brotli bytes of every CDN file.
// `npm run size:check`: the same, and exit 1 when a file's gzip size exceeds its ceiling in
// size-budget.json. The file holds two numbers per pattern: `goal`, the product's budget from the
// foundation issue, and `max`, the ceiling that stops regressions while a file is still above
// its goal. Both are printed; a file over its goal is marked, never hidden.
// dist/cdn is (re)built first when it is missing or older than the sources.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'dist', 'cdn');
const rawSizesFile = join(root, 'dist', '.cdn-raw-sizes.json');
const check = process.argv.includes('--check');

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function isStale() {
  if (!existsSync(rawSizesFile)) return true;
  if (entries.some((e) => e.cdn && !existsSync(join(cdnDir, `${e.cdn}.js`)))) return true;
  const built = statSync(rawSizesFile).mtimeMs;
  const inputs = [
    'src',
    'scripts/entries.mjs',
    'scripts/build.mjs',
    'scripts/vite-shared.mjs',
    'package-lock.json',
  ];
  return inputs.some((p) => existsSync(join(root, p)) && newestMtime(join(root, p)) > built);
}

/** `*` matches any run of characters except `/`. */
function matches(pattern, name) {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return re.test(name);
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);

async function main() {
  if (isStale()) {
    process.stdout.write('pantau: building CDN bundles for the size check…\n');
    const { buildCdnOnly } = await import('./build.mjs');
    await buildCdnOnly();
  }
  const files = readdirSync(cdnDir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  if (files.length === 0) throw new Error(`no CDN files in ${relative(root, cdnDir)}; run npm run build`);
  const raw = existsSync(rawSizesFile) ? JSON.parse(readFileSync(rawSizesFile, 'utf8')) : {};
  const { goal: goals, max: ceilings } = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8'));

  const rows = files.map((f) => {
    const buf = readFileSync(join(cdnDir, f));
    const gzip = gzipSync(buf, { level: 9 }).length;
    const brotli = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const limit = (table) => table[Object.keys(table).find((p) => matches(p, f))];
    return { f, raw: raw[f], min: buf.length, gzip, brotli, goal: limit(goals), budget: limit(ceilings) };
  });

  const w = Math.max(...rows.map((r) => r.f.length), 'file'.length);
  const head = `${'file'.padEnd(w)}   raw KB    min KB   gzip KB  brotli KB   goal KB    max KB (gzip)`;
  const lines = [head, '-'.repeat(head.length)];
  for (const r of rows) {
    const over = r.budget !== undefined && r.gzip > r.budget;
    lines.push(
      `${r.f.padEnd(w)}  ${r.raw === undefined ? '      -' : kb(r.raw)}   ${kb(r.min)}   ${kb(r.gzip)}    ${kb(r.brotli)}    ` +
        `${r.goal === undefined ? '      -' : kb(r.goal)}   ${r.budget === undefined ? '      -' : kb(r.budget)}` +
        `${over ? '  OVER MAX' : r.goal !== undefined && r.gzip > r.goal ? '  over goal' : ''}`,
    );
  }
  process.stdout.write(
    `${lines.join('\n')}\n(bytes: ${rows.map((r) => `${r.f} ${r.gzip} gzip`).join(', ')})\n`,
  );

  if (!check) return;
  const over = rows.filter((r) => r.budget !== undefined && r.gzip > r.budget);
  if (over.length > 0) {
    for (const r of over) {
      process.stderr.write(
        `size check failed: dist/cdn/${r.f} is ${r.gzip} bytes gzip, over its ceiling of ${r.budget} bytes (size-budget.json "max") by ${r.gzip - r.budget}\n`,
      );
    }
    process.exit(1);
  }
  const overGoal = rows.filter((r) => r.goal !== undefined && r.gzip > r.goal);
  process.stdout.write(
    `size check passed: ${rows.length} CDN files within their ceilings` +
      (overGoal.length
        ? `; still over the goal: ${overGoal.map((r) => r.f).join(', ')}`
        : '; all within the goal') +
      '\n',
  );
}

main().catch((e) => {
  process.stderr.write(`\npantau size: ${e.message}\n`);
  process.exit(1);
});
