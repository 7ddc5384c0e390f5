// Size section: pantau's CDN files against each peer's bundle for the same job.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundleAll } from './bundle.mjs';
import { CDN_SNAPSHOT, RESULTS, ROOT } from './paths.mjs';

/** How each peer case draws (the library's default renderer, as configured in bench/cases). */
export const RENDERERS = {
  pantau: 'SVG',
  d3: 'SVG',
  chartjs: 'canvas',
  echarts: 'canvas',
  highcharts: 'SVG',
  vega: 'canvas',
  plot: 'SVG',
};

/**
 * Compressed sizes by content hash: brotli at quality 11 takes seconds per megabyte, and most
 * files (the peers' bundles above all) are the same as in the previous run.
 */
const CACHE = join(RESULTS, 'size-cache.json');
const cache = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
/** The entries of this run: only they are kept. */
const used = {};

function measure(buf, raw) {
  const key = createHash('sha256').update(buf).digest('hex');
  used[key] = cache[key] ?? {
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  return { raw, min: buf.length, ...used[key] };
}

export async function runSize(o) {
  const cdn = CDN_SNAPSHOT;
  const rawFile = join(RESULTS, 'cdn-raw-sizes.json');
  const rawSizes = existsSync(rawFile) ? JSON.parse(readFileSync(rawFile, 'utf8')) : {};
  // The product's goals (size-budget.json `goal`), not the regression ceilings `npm test` enforces.
  const budgets = JSON.parse(readFileSync(join(ROOT, 'size-budget.json'), 'utf8')).goal;
  const budgetOf = (f) => {
    const p = Object.keys(budgets).find((k) =>
      new RegExp(`^${k.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(f),
    );
    return p ? budgets[p] : undefined;
  };
  const pantau = (existsSync(cdn) ? readdirSync(cdn) : [])
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => ({
      file,
      ...measure(readFileSync(join(cdn, file)), rawSizes[file]),
      budget: budgetOf(file),
    }));
  const peers = (o.bundles ?? (await bundleAll(o.log)))
    .filter((b) => b.peer !== 'pantau')
    .map((b) => ({
      job: b.job,
      peer: b.peer,
      renderer: RENDERERS[b.peer],
      ...(b.code ? measure(b.code, b.raw) : { status: 'error', error: b.error }),
    }));
  writeFileSync(CACHE, JSON.stringify(used));
  return { pantau, peers };
}
