// `npm run build`: the npm package (ES modules + .d.ts + custom-elements.json) and the CDN bundles.
//   node scripts/build.mjs              everything, into a clean dist/
//   node scripts/build.mjs --cdn-only   only dist/cdn (what `npm run size:check` needs)
//   node scripts/build.mjs --sync-exports   only rewrite package.json `exports` from scripts/entries.mjs
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minifySync } from 'rolldown/utils';
import { entries as allEntries, sideFiles } from './entries.mjs';
import { external, oxc } from './vite-shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cdnDir = join(dist, 'cdn');
/** Unminified byte counts of the CDN files, read by scripts/size.mjs (the "raw" column). */
export const RAW_SIZES = join(dist, '.cdn-raw-sizes.json');

const args = new Set(process.argv.slice(2));
// PANTAU_ENTRIES=index,pantau-stat builds a subset while an entry is still being written.
const only = process.env.PANTAU_ENTRIES?.split(',').map((s) => s.trim());
const entries = only ? allEntries.filter((e) => only.includes(e.name)) : allEntries;
const log = (msg) => process.stdout.write(`${msg}\n`);

/** Subpath export for an entry: `index` is the package root, `pantau-stat` is `./stat`. */
export function exportKey(name) {
  return name === 'index' ? '.' : `./${name.replace(/^pantau-/, '')}`;
}

function expectedExports() {
  const map = {};
  for (const e of allEntries) {
    map[exportKey(e.name)] = {
      types: `./dist/${e.src.replace(/^src\//, '').replace(/\.ts$/, '.d.ts')}`,
      import: `./dist/${e.name}.js`,
    };
  }
  map['./custom-elements.json'] = './dist/custom-elements.json';
  map['./package.json'] = './package.json';
  return map;
}

function checkExports() {
  const pkgPath = join(root, 'package.json');
  const text = readFileSync(pkgPath, 'utf8');
  const pkg = JSON.parse(text);
  const want = expectedExports();
  if (JSON.stringify(pkg.exports) === JSON.stringify(want)) return;
  if (args.has('--sync-exports')) {
    pkg.exports = want;
    writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
    log('pantau: package.json exports updated from scripts/entries.mjs');
    return;
  }
  throw new Error(
    'package.json "exports" does not match scripts/entries.mjs.\n' +
      'Run `node scripts/build.mjs --sync-exports` (or set it to):\n' +
      JSON.stringify(want, null, 2),
  );
}

function checkEntriesExist() {
  const missing = entries.filter((e) => !existsSync(join(root, e.src)));
  if (missing.length > 0) {
    throw new Error(`entry source missing: ${missing.map((e) => `${e.name} → ${e.src}`).join(', ')}`);
  }
}

function run(cmd, cmdArgs) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', cmd), ...cmdArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} failed`);
  }
}

/** Shared Vite settings; `configFile: false` keeps the demo's vite.config.ts (root demo/) out. */
const common = {
  configFile: false,
  root,
  // Relative base: a worker's URL resolves against the bundle's own URL (same origin).
  base: './',
  logLevel: 'warn',
  publicDir: false,
  oxc,
  worker: { format: 'es' },
};

async function buildLibrary() {
  await build({
    ...common,
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      assetsDir: 'chunks',
      lib: {
        entry: Object.fromEntries(entries.map((e) => [e.name, join(root, e.src)])),
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  });
}

// Patterns a strict Content-Security-Policy (no unsafe-eval, worker-src 'self') would block.
const FORBIDDEN = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  // Vite's inlined-worker wrapper (blob: URL with a data: fallback) instead of a worker file.
  [/revokeObjectURL\(import\.meta\.url\)/, 'an inlined (blob:) worker'],
  [/\bdata:text\/javascript/, 'a data: script URL'],
  [/\bimport\s*\(/, 'an unresolved dynamic import()'],
];

/**
 * CDN file names (without `.js`) by source: `src/geo/id-provinces.ts` → `pantau-id-provinces`,
 * `src/elements/complaint-trend/trend-export.ts` → `pantau-complaint-trend.export` (a side file).
 */
const cdnNameBySrc = new Map(
  [...allEntries.filter((e) => e.cdn), ...sideFiles].map((e) => [join(root, e.src), e.cdn]),
);
const cdnNames = new Set(cdnNameBySrc.values());
/** `import("./pantau-x.js")` of a sibling CDN file (a geometry or a side file), the one dynamic import allowed. */
const SIBLING_IMPORT = /\bimport\(\s*(["'`])\.\/([a-z0-9.-]+)\.js\1\s*\)/g;

function checkCsp(fileName, code) {
  const rest = code.replace(SIBLING_IMPORT, (m, _q, name) => (cdnNames.has(name) ? '' : m));
  for (const [re, what] of FORBIDDEN) {
    if (re.test(rest))
      throw new Error(`dist/cdn/${fileName} contains ${what}, which breaks under a strict CSP`);
  }
}

/**
 * One self-contained file per `cdn` entry: Lit and d3 inlined, dynamic imports inlined, module
 * workers emitted as their own same-origin files next to the bundle (never blob:/data: URLs).
 * The markup and CSS inside Lit's `html`/`css` literals are minified first (Lit's own plugin:
 * html-minifier-next and Lightning CSS), which the JS minifier cannot do; the rendered DOM and
 * pixels stay the same. Vite writes nothing: the unminified output is measured, minified with oxc
 * and written here, so `npm run size` can report both without a second build.
 */
/**
 * A CDN bundle imports another entry (a shipped geometry, loaded on first use by
 * src/geo/autoload.ts) or a side file (src/elements/shared/side-module.ts) as the sibling CDN
 * file, never inlined: `import('./id-provinces.js')` becomes `import('./pantau-id-provinces.js')`
 * and `import('./trend-export.js')` becomes `import('./pantau-complaint-trend.export.js')`, which
 * the browser resolves against the bundle's own URL. Static imports of either stay inlined.
 */
function siblingEntries() {
  return {
    name: 'pantau:cdn-sibling-entries',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (options?.kind !== 'dynamic-import' || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const name = resolved && cdnNameBySrc.get(resolved.id);
      return name ? { id: `./${name}.js`, external: true } : null;
    },
  };
}

const LIT_MODULE = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/]/;

/**
 * What a side file gets for `import … from 'lit'`: only the template tags. A side file (the
 * table's, pantau-table.js) returns templates that the element's own Lit renders; a template
 * is plain data (`_$litType$`, `strings`, `values`, Lit's public `TemplateResult` shape) and
 * `nothing` is a global symbol, so these few lines stand in for Lit's. Lit itself would bring its
 * renderer (about 7 KB) and create its Trusted Types policy a second time, which a page that
 * allows `lit-html` only once refuses. Anything else taken from 'lit' fails the build here.
 */
const SIDE_LIT = `const tag = (type) => (strings, ...values) => ({ ['_$litType$']: type, strings, values });
export const html = tag(1);
export const svg = tag(2);
export const nothing = Symbol.for('lit-nothing');
export const noChange = Symbol.for('lit-noChange');`;

function sideLit() {
  const id = '\0pantau:side-lit';
  return {
    name: 'pantau:side-lit',
    enforce: 'pre',
    resolveId: (source) => (source === 'lit' ? id : null),
    load: (x) => (x === id ? SIDE_LIT : null),
  };
}
const isSide = (e) => sideFiles.includes(e);

/** Lit's literal minifier, memoised: the seven CDN builds share most modules. */
function literalMinifier() {
  const plugin = minifyLiterals({ include: [join(root, 'src/**/*.ts')], failOnError: true });
  const done = new Map();
  return {
    ...plugin,
    transform(code, id) {
      const key = `${id}\0${code}`;
      if (!done.has(key)) done.set(key, plugin.transform.call(this, code, id));
      return done.get(key);
    },
  };
}

/**
 * Chromium's explicit compile hint, the first line of each element's file and of `pantau.js`:
 * V8 compiles every function while the file streams in (off the main thread) instead of each
 * on its first call, which in the trend's first render was 10–25 ms of the task that draws it
 * (issue 18). The data client, shipped geometry and side files keep lazy compilation (nothing
 * of theirs is on a first paint); other browsers ignore the comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

async function buildCdn(rawSizes) {
  mkdirSync(cdnDir, { recursive: true });
  const minifier = literalMinifier();
  const sides = only ? sideFiles.filter((f) => f.for.some((n) => only.includes(n))) : sideFiles;
  for (const e of [...entries.filter((x) => x.cdn), ...sides]) {
    const result = await build({
      ...common,
      plugins: [siblingEntries(), ...(isSide(e) ? [sideLit()] : [])],
      build: {
        outDir: cdnDir,
        emptyOutDir: false,
        write: false,
        target: 'es2022',
        minify: false,
        copyPublicDir: false,
        assetsDir: '',
        lib: { entry: join(root, e.src), formats: ['es'], fileName: () => `${e.cdn}.js` },
        rolldownOptions: {
          output: { codeSplitting: false },
          plugins: [minifier],
          // A side file uses pure helpers of modules that also render with Lit; Lit's own
          // top-level statements (version counters, polyfill hooks) belong to the element's
          // bundle, so the side file leaves them out rather than carry a second copy of Lit.
          ...(isSide(e) && { treeshake: { moduleSideEffects: (id) => !LIT_MODULE.test(id) } }),
          // The minifier is slow on first sight of a module, which is expected, not a warning.
          checks: { bundlerTimings: false },
        },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    for (const file of outputs) {
      const code = file.type === 'chunk' ? file.code : String(file.source);
      if (!file.fileName.endsWith('.js')) {
        throw new Error(
          `CDN build of ${e.name ?? e.cdn} emitted ${file.fileName}; CDN bundles must be single JS files`,
        );
      }
      const min = minifySync(file.fileName, code, {
        module: true,
        compress: { target: 'es2022' },
        mangle: true,
        codegen: { legalComments: 'eof' },
      });
      if (min.errors.length > 0) throw new Error(`minifying ${file.fileName}: ${min.errors[0].message}`);
      checkCsp(file.fileName, min.code);
      const element = e.name === 'index' || e.name?.startsWith('pantau-');
      const hint = element && file.fileName === `${e.cdn}.js` ? COMPILE_HINT : '';
      writeFileSync(join(cdnDir, file.fileName), hint + min.code);
      rawSizes[file.fileName] = Buffer.byteLength(code);
    }
  }
  writeFileSync(RAW_SIZES, `${JSON.stringify(rawSizes, null, 2)}\n`);
}

/** Rebuilds only dist/cdn; used by `npm run size:check` on a fresh clone. */
export async function buildCdnOnly() {
  checkEntriesExist();
  rmSync(cdnDir, { recursive: true, force: true });
  await buildCdn({});
}

async function main() {
  const t0 = Date.now();
  if (args.has('--sync-exports')) {
    checkExports();
    return;
  }
  checkEntriesExist();
  if (args.has('--cdn-only')) {
    await buildCdnOnly();
    log(`pantau: CDN bundles → ${relative(root, cdnDir)}/ in ${Date.now() - t0} ms`);
    return;
  }
  checkExports();
  rmSync(dist, { recursive: true, force: true });
  await buildLibrary();
  run('typescript/bin/tsc', ['-p', 'tsconfig.build.json']);
  run('@custom-elements-manifest/analyzer/cem.js', ['analyze']);
  await buildCdn({});
  log(`pantau: built dist/ (ESM, .d.ts, custom-elements.json, cdn/) in ${Date.now() - t0} ms`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    process.stderr.write(`\npantau build failed: ${e.message}\n`);
    process.exit(1);
  });
}
