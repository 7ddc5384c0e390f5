// Temporary (size helper): real vite+oxc CDN build of given entries, in memory; prints gzip bytes.
import { build } from 'vite';
import { minifySync } from 'rolldown/utils';
import { gzipSync } from 'node:zlib';
import { oxc } from './vite-shared.mjs';
const root = new URL('..', import.meta.url).pathname;
for (const src of process.argv.slice(2)) {
  const stubs = (process.env.STUB || '').split(',').filter(Boolean).map((x) => x.split('='));
  const plugins = [{ name: 'stub', enforce: 'pre', load(id) { for (const [f, code] of stubs) if (id.endsWith(f)) return code; } }];
  const result = await build({ plugins, configFile: false, root, base: './', logLevel: 'error', publicDir: false, oxc, worker: { format: 'es' },
    build: { write: false, target: 'es2022', minify: false, copyPublicDir: false, assetsDir: '',
      lib: { entry: root + src, formats: ['es'], fileName: () => 'x.js' }, rolldownOptions: { output: { codeSplitting: false } } } });
  const out = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).find((f) => f.fileName === 'x.js');
  const min = minifySync('x.js', out.code, { module: true, compress: { target: 'es2022' }, mangle: true, codegen: { legalComments: 'eof' } }).code;
  if (process.env.OUT) (await import('node:fs')).writeFileSync(process.env.OUT, min);
  console.log(src.padEnd(36), 'min', min.length, 'gzip', gzipSync(min, { level: 9 }).length);
}
