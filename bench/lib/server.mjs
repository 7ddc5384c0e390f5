// A tiny static server on 127.0.0.1 (a free port): the harness, the bundles, pantau's CDN files
// and the fixtures. Nothing is fetched from outside this machine.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `routes` (URL prefix → folder, or exact path → file) and `pages` (exact path →
 * function of the URL returning HTML). Resolves with `{ origin, close }`.
 */
export function serve({ routes = {}, pages = {} }) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      res.end(page(url));
      return;
    }
    const prefix = prefixes.find(
      (p) => url.pathname === p || (p.endsWith('/') && url.pathname.startsWith(p)),
    );
    if (!prefix) return notFound(res);
    let file = routes[prefix];
    if (prefix.endsWith('/')) {
      const rest = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
      if (rest.startsWith('..')) return notFound(res);
      file = join(file, rest);
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound(res);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
