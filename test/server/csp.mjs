// Serves the CSP hardening pages: /csp/page.html?body=<markup>[&css=hostile] wraps the given
// element markup in a page that loads only the CDN bundle and an external probe script, under
// a strict Content-Security-Policy (no inline script or style, no eval, same-origin workers).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'";

const fixtures = fileURLToPath(new URL('../hardening/fixtures/', import.meta.url));
const STATIC = {
  '/csp/probe.js': ['probe.js', 'text/javascript'],
  '/csp/hostile.css': ['hostile.css', 'text/css'],
};

function page(body, css) {
  return `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8" />
    <title>pantau CSP probe</title>
    <script src="/csp/probe.js"></script>
    ${css === 'hostile' ? '<link rel="stylesheet" href="/csp/hostile.css" />' : ''}
    <script type="module" src="/dist/cdn/pantau.js"></script>
  </head>
  <body>
    ${body}
  </body>
</html>`;
}

export async function cspMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/csp/')) return next();
  ctx.set('Content-Security-Policy', STRICT_CSP);
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/csp/page.html') {
    ctx.type = 'text/html';
    ctx.body = page(String(ctx.query.body ?? ''), String(ctx.query.css ?? ''));
    return undefined;
  }
  const file = STATIC[ctx.path];
  if (!file) return next();
  ctx.type = file[1];
  ctx.body = await readFile(`${fixtures}${file[0]}`);
  return undefined;
}
