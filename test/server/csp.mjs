// Serves the CSP hardening pages: /csp/page.html?body=<markup>[&css=hostile][&tt=…][&bundles=…][&cdn=lonely]
// wraps the given element markup in a page that loads only CDN bundles (`bundles`, a comma list
// of dist/cdn names, default pantau, or none; `cdn=lonely` serves them from /csp/lonely/, a copy of the
// CDN folder without its geometry file and side files such as pantau-complaint-trend.export.js) and an external probe script, under a strict
// Content-Security-Policy (no inline script or style, no eval, same-origin workers). `tt` adds
// Trusted Types enforcement: `any` allows every policy name, else it lists the allowed ones.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { sideFiles } from '../../scripts/entries.mjs';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'";

const fixtures = fileURLToPath(new URL('../hardening/fixtures/', import.meta.url));
const cdnDir = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const STATIC = {
  '/csp/probe.js': ['probe.js', 'text/javascript'],
  '/csp/hostile.css': ['hostile.css', 'text/css'],
};

/** The CSP of a page: the strict one, plus Trusted Types when `tt` is given. */
function policyFor(tt) {
  if (!tt) return STRICT_CSP;
  const names = tt === 'any' ? '' : `; trusted-types ${tt.split(',').join(' ')}`;
  return `${STRICT_CSP}; require-trusted-types-for 'script'${names}`;
}

/**
 * Complaint records as CSV, sent in chunks with no Content-Length, so the data client cannot
 * tell its size and counts it in the worker: month m of 2024 has m records.
 */
function recordsCsv() {
  const lines = ['date,service\n'];
  for (let m = 1; m <= 12; m++)
    for (let i = 0; i < m; i++)
      lines.push(`2024-${String(m).padStart(2, '0')}-${String(i + 1).padStart(2, '0')},KTP\n`);
  return Readable.from(lines);
}

function page(body, css, bundles, base) {
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <title>pantau CSP probe</title>
    <script src="/csp/probe.js"></script>
    ${css === 'hostile' ? '<link rel="stylesheet" href="/csp/hostile.css" />' : ''}
    ${bundles.map((b) => `<script type="module" src="${base}${b}.js"></script>`).join('\n    ')}
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

export async function cspMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/csp/')) return next();
  ctx.set('Content-Security-Policy', policyFor(String(ctx.query.tt ?? '')));
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/csp/page.html') {
    // `none`: the body brings its own script tags (an embed code pasted whole).
    const bundles = ctx.query.bundles === 'none' ? [] : String(ctx.query.bundles || 'pantau').split(',');
    if (!bundles.every((b) => /^[a-z-]+$/.test(b))) ctx.throw(400, 'bundles: CDN file names only');
    ctx.type = 'text/html';
    const base = ctx.query.cdn === 'lonely' ? '/csp/lonely/' : '/dist/cdn/';
    ctx.body = page(String(ctx.query.body ?? ''), String(ctx.query.css ?? ''), bundles, base);
    return undefined;
  }
  // A CDN folder someone copied without pantau-id-provinces.js; side files (`pantau-x.export.js`,
  // the format readers `pantau-open311.js`, `pantau-ckan.js`, `pantau-table.js`, …: every
  // `sideFiles` entry) are not served either: the element files alone.
  const lonely = /^\/csp\/lonely\/([a-z0-9.-]+|worker-[A-Za-z0-9_-]+)\.js$/.exec(ctx.path);
  if (lonely && !['pantau-id-provinces', ...sideFiles.map((f) => f.cdn)].includes(lonely[1])) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(`${cdnDir}${lonely[1]}.js`);
    return undefined;
  }
  if (ctx.path === '/csp/records.csv') {
    ctx.type = 'text/csv';
    ctx.body = recordsCsv();
    return undefined;
  }
  const file = STATIC[ctx.path];
  if (!file) return next();
  ctx.type = file[1];
  ctx.body = await readFile(`${fixtures}${file[0]}`);
  return undefined;
}
