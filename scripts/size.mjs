// `npm run size`: raw (unminified build), minified, gzip and brotli bytes of every CDN file, then
// per CDN bundle the bytes before its first pixel (the file and what it imports statically) and
// the files it loads on first use (side files, the worker, the shipped geometry), and the bytes
// of everything with every feature loaded (pantau.js and what it loads on first use).
// `npm run size:check`: the same, and exit 1 when a gzip size exceeds its ceiling in
// size-budget.json. The file holds two numbers per file pattern (and for `everything`): `goal`,
// the product's budget from issue 18, and `max`, the ceiling that stops regressions while a file
// is still above its goal. Both are printed; a size over its goal is marked, never hidden.
// dist/cdn is (re)built first when it is missing or older than the sources.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { entries, sideFiles } from './entries.mjs';

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
  const files = [...entries.filter((e) => e.cdn), ...sideFiles].map((e) => `${e.cdn}.js`);
  if (files.some((f) => !existsSync(join(cdnDir, f)))) return true;
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

/**
 * What a CDN file loads: `now`, the sibling files it imports statically (needed before its first
 * pixel), and `later`, those it loads on first use (`import("./x.js")`, a worker's
 * `new URL("x.js", import.meta.url)`).
 */
function siblingsOf(code) {
  const names = (re) => [...code.matchAll(re)].map((m) => m[2]);
  return {
    now: names(/(?:\bfrom|\bimport)\s*(["'`])\.\/([\w.-]+\.js)\1/g),
    later: [
      ...names(/\bimport\(\s*(["'`])\.\/([\w.-]+\.js)\1\s*\)/g),
      ...names(/\bnew URL\(\s*(["'`])(?:\.\/)?([\w.-]+\.js)\1\s*,\s*import\.meta\.url/g),
    ],
  };
}

/** The file and everything it imports statically, transitively. */
function closure(file, codeOf, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of siblingsOf(codeOf(file)).now) closure(f, codeOf, seen);
  return seen;
}

/**
 * The file, its static imports and every file loaded on first use from any of them, transitively
 * (a side file may start the worker beside it).
 */
function withLater(file, codeOf) {
  const all = closure(file, codeOf);
  for (const f of all) for (const g of siblingsOf(codeOf(f)).later) closure(g, codeOf, all);
  return all;
}

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

  const byFile = new Map(rows.map((r) => [r.f, r]));
  const codeOf = (f) => (byFile.has(f) ? readFileSync(join(cdnDir, f), 'utf8') : '');
  const gz = (files) => [...files].reduce((sum, f) => sum + (byFile.get(f)?.gzip ?? 0), 0);
  const first = [];
  for (const e of entries.filter((x) => x.cdn && x.name !== 'index' && !x.name.startsWith('geo/'))) {
    const file = `${e.cdn}.js`;
    const now = closure(file, codeOf);
    const later = [...withLater(file, codeOf)].filter((f) => !now.has(f));
    first.push({ file, gzip: gz(now), later: [...later].sort() });
  }
  const fw = Math.max(...first.map((r) => r.file.length));
  const firstLines = [
    '',
    `Before the first pixel (gzip KB: the file and its static imports; goal ${(goals['*.js'] / 1024).toFixed(1)}) and loaded on first use:`,
  ];
  for (const r of first) {
    const goal = byFile.get(r.file)?.goal;
    firstLines.push(
      `${r.file.padEnd(fw)}  ${kb(r.gzip)}${goal !== undefined && r.gzip > goal ? '  over goal' : '           '}  ` +
        `on first use: ${r.later.map((f) => `${f} ${(byFile.get(f)?.gzip / 1024).toFixed(1)}`).join(', ') || 'nothing'}`,
    );
  }
  // Everything: pantau.js and every code file it loads on first use (a geometry is data, and only
  // for a map that names it, so it is listed apart).
  const all = withLater('pantau.js', codeOf);
  const geometry = [...all].filter((f) => /^pantau-id-/.test(f));
  const code = [...all].filter((f) => !geometry.includes(f)).sort();
  const everything = { gzip: gz(code), goal: goals.everything, budget: ceilings.everything };
  firstLines.push(
    `everything, all features: ${(everything.gzip / 1024).toFixed(1)} KB gzip (goal ${(everything.goal / 1024).toFixed(1)}, max ${(everything.budget / 1024).toFixed(1)}): ${code.join(' + ')}` +
      `${everything.gzip > everything.goal ? '  over goal' : ''}; shipped geometry ${(gz(geometry) / 1024).toFixed(1)} KB apart`,
  );
  process.stdout.write(`${firstLines.join('\n')}\n`);

  if (!check) return;
  if (everything.budget !== undefined && everything.gzip > everything.budget) {
    rows.push({ f: `everything: ${code.join(' + ')}`, gzip: everything.gzip, budget: everything.budget });
  }
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
  if (everything.gzip > everything.goal) overGoal.push({ f: 'everything' });
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
