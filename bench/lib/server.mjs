// A tiny static server on 127.0.0.1 (a free port): the harness, the bundles, pantau's CDN files
// and the fixtures. Nothing is fetched from outside this machine.
import { existsSync, readFileSync, statSync } from 'node:fs';
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
 * function of the URL returning HTML). Resolves with `{ origin, close }`. With `cache`, files
 * are read once and kept in memory, and the browser may keep them for the run (they do not
 * change while it lasts: dist/cdn is a snapshot, the bundles are built before); pages never.
 */
export function serve({ routes = {}, pages = {}, cache = false }) {
  const files = new Map();
  const read = (file) => {
    if (!cache) return readFileSync(file);
    let body = files.get(file);
    if (!body) files.set(file, (body = readFileSync(file)));
    return body;
  };
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
    if (!files.has(file) && !existsSync(file)) return notFound(res);
    const body = read(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': !cache ? 'no-cache' : SCRIPT.test(file) ? 'no-store' : 'max-age=3600',
    });
    res.end(body);
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

/**
 * Scripts are never stored by the browser: a stored script gets a V8 code cache, and each page
 * must compile its library from scratch, as on a first visit (and as before, when every page had
 * a context of its own).
 */
const SCRIPT = /\.m?js$/;

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
