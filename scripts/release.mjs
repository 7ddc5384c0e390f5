// `npm run release`: a versioned archive of the CDN files for teams that do not build,
// release/pantau-<version>.tgz (a `pantau-<version>/` folder), with the licences of pantau and
// of the geometry it ships, a short README.txt, and SHA256SUMS (the `sha256sum -c` format).
// Reads dist/cdn, so run after `npm run build` (the `release` script does both).
//   node scripts/release.mjs [--out dir]
// The archive is the same bytes for the same files: entries are sorted and stamped with
// SOURCE_DATE_EPOCH (else the time of the newest file).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { entries } from './entries.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** One ustar header (POSIX tar) for a regular file. */
function tarHeader(name, size, mtime) {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: name too long: ${name}`);
  const h = Buffer.alloc(512);
  const put = (text, offset, length) => h.write(text, offset, length, 'utf8');
  const octal = (n, length) => n.toString(8).padStart(length - 1, '0');
  put(name, 0, 100);
  put(`${octal(0o644, 8)}\0`, 100, 8);
  put(`${octal(0, 8)}\0`, 108, 8);
  put(`${octal(0, 8)}\0`, 116, 8);
  put(`${octal(size, 12)}\0`, 124, 12);
  put(`${octal(mtime, 12)}\0`, 136, 12);
  put('        ', 148, 8); // the checksum counts its own field as spaces
  put('0', 156, 1);
  put('ustar\0' + '00', 257, 8);
  put('root', 265, 32);
  put('root', 297, 32);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}

/** A gzipped tar of `files` ([name, bytes] pairs). */
export function tgz(files, mtime) {
  const parts = [];
  for (const [name, bytes] of files) {
    parts.push(tarHeader(name, bytes.length, mtime), bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function readme(version, files) {
  return `pantau ${version}: the CDN files, ready to copy to your own web server.

Copy every .js file of this folder into one folder of your site (say /assets/pantau/) and
load one of them on a page:

  <script type="module" src="/assets/pantau/pantau.js"></script>

pantau.js has every element; pantau-<element>.js has one. Keep the files together:
pantau-id-provinces.js (the province boundaries) and worker-*.js (large CSV files) are
loaded from beside the file that needs them. Nothing is loaded from another server.

Check the files:   sha256sum -c SHA256SUMS
Once pantau is published to npm, a CDN that mirrors npm serves the same files at a pinned URL:
  https://<cdn>/pantau@${version}/dist/cdn/pantau.js

Files: ${files.join(', ')}
Licences: LICENSE (pantau, MIT); licenses/ (the geometry and region codes it ships).
`;
}

/** Writes the archive; returns its path and the list of files in it. */
export function release(outDir = join(root, 'release')) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const cdn = join(root, 'dist', 'cdn');
  const missing = entries.filter((e) => e.cdn && !existsSync(join(cdn, `${e.cdn}.js`)));
  if (missing.length)
    throw new Error(
      `dist/cdn lacks ${missing.map((e) => `${e.cdn}.js`).join(', ')}: run \`npm run build\` first`,
    );
  const sources = [
    ...readdirSync(cdn)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [f, join(cdn, f)]),
    ['LICENSE', join(root, 'LICENSE')],
    ...readdirSync(join(root, 'licenses')).map((f) => [`licenses/${f}`, join(root, 'licenses', f)]),
  ];
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const mtime =
    Number.isFinite(epoch) && epoch > 0
      ? epoch
      : Math.floor(Math.max(...sources.map(([, p]) => statSync(p).mtimeMs)) / 1000);
  const files = sources.map(([name, path]) => [name, readFileSync(path)]);
  const js = files.map(([n]) => n).filter((n) => n.endsWith('.js'));
  files.push(['README.txt', Buffer.from(readme(version, js))]);
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sums = files.map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`).join('');
  files.push(['SHA256SUMS', Buffer.from(sums)]);
  const dir = `pantau-${version}`;
  const archive = tgz(
    files.map(([name, bytes]) => [`${dir}/${name}`, bytes]),
    mtime,
  );
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${dir}.tgz`);
  writeFileSync(path, archive);
  writeFileSync(`${path}.sha256`, `${sha256(archive)}  ${dir}.tgz\n`);
  return { path, dir, files: files.map(([n]) => n) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    const r = release(values.out && join(process.cwd(), values.out));
    process.stdout.write(
      `pantau: ${relative(process.cwd(), r.path)} (${r.files.length} files, SHA256SUMS inside)\n`,
    );
  } catch (e) {
    process.stderr.write(`pantau release failed: ${e.message}\n`);
    process.exit(1);
  }
}
