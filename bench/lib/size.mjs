// Size section: pantau's CDN files against each peer's bundle for the same job.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

function measure(buf, raw) {
  return {
    raw,
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
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
  return { pantau, peers };
}
