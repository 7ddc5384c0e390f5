// Bundles each peer case (bench/cases/<job>/<peer>.js) the way a site would ship it: Vite's
// production build of tree-shaken ESM, one file, then minified with the same oxc minifier and
// options as pantau's CDN build (scripts/build.mjs), so "min" means the same for everyone.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH } from './paths.mjs';

const CASES = join(BENCH, 'cases');
export const BUILD_DIR = join(BENCH, 'results', 'build');

/** Every case as { job, peer, file }. */
export function listCases() {
  return ['line', 'map'].flatMap((job) =>
    readdirSync(join(CASES, job))
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ job, peer: f.replace(/\.js$/, ''), file: join(CASES, job, f) })),
  );
}

/** What a bundle is made of: its case, the shared case code, the peers' versions and this builder. */
function inputsKey(paths) {
  const hash = createHash('sha256');
  for (const p of paths) hash.update(p).update(existsSync(p) ? readFileSync(p) : '');
  return hash.digest('hex');
}

/** Builds one case unless its inputs are the same as for the bundle on disk; returns { raw, min, code }. */
export async function bundleCase({ job, peer, file }) {
  mkdirSync(BUILD_DIR, { recursive: true });
  const out = join(BUILD_DIR, `${job}-${peer}.js`);
  const meta = `${out}.json`;
  const inputs = [
    file,
    join(CASES, 'shared', 'geo.js'),
    join(CASES, 'shared', 'style.js'),
    join(BENCH, 'package-lock.json'),
    fileURLToPath(import.meta.url),
  ];
  const key = inputsKey(inputs);
  if (existsSync(out) && existsSync(meta)) {
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    if (m.key === key) return { raw: m.raw, min: m.min, code: readFileSync(out) };
  }
  const [{ build }, { minifySync }] = await Promise.all([import('vite'), import('rolldown/utils')]);
  const result = await build({
    configFile: false,
    root: BENCH,
    logLevel: 'error',
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      copyPublicDir: false,
      lib: { entry: file, formats: ['es'], fileName: () => `${job}-${peer}.js` },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${job}/${peer}: expected one bundle, got ${chunks.length}`);
  const raw = chunks[0].code;
  const min = minifySync(`${job}-${peer}.js`, raw, {
    module: true,
    compress: { target: 'es2022' },
    mangle: true,
    codegen: { legalComments: 'eof' },
  });
  if (min.errors.length > 0) throw new Error(`minifying ${job}/${peer}: ${min.errors[0].message}`);
  writeFileSync(out, min.code);
  const sizes = { raw: Buffer.byteLength(raw), min: Buffer.byteLength(min.code) };
  writeFileSync(meta, JSON.stringify({ key, ...sizes }));
  return { ...sizes, code: Buffer.from(min.code) };
}

/** Bundles every case (pantau's too: its glue is served like the others); failures are kept, not thrown. */
export async function bundleAll(log) {
  const out = [];
  for (const c of listCases()) {
    try {
      out.push({ job: c.job, peer: c.peer, ...(await bundleCase(c)) });
    } catch (e) {
      log(`  bundling ${c.job}/${c.peer} failed: ${e.message.split('\n')[0]}`);
      out.push({ job: c.job, peer: c.peer, error: e.message.split('\n')[0] });
    }
  }
  return out;
}
