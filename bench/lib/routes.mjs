// What every bench page is served from, in one place for the bench run and the development aids
// (profile, fp-profile, trace, cpu): the harness, the peers' bundles, pantau's CDN files (`cdn`:
// the run's snapshot, dist/cdn or another build) and the fixtures, including the files taken
// from the project (the card's catalogue, the demo's CSV and stats) and us-atlas's counties.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH, RESULTS, ROOT } from './paths.mjs';

function usAtlasCounties() {
  const require = createRequire(join(BENCH, 'package.json'));
  return join(require.resolve('us-atlas/package.json'), '..', 'counties-10m.json');
}

/** The server's routes (URL prefix → folder, or exact path → file) with pantau's files from `cdn`. */
export function benchRoutes(cdn) {
  return {
    '/harness/': join(BENCH, 'harness'),
    '/build/': join(RESULTS, 'build'),
    '/cdn/': cdn,
    '/fixtures/us-counties-10m.json': usAtlasCounties(),
    '/fixtures/services.json': join(ROOT, 'test', 'fixtures', 'services', 'services.json'),
    '/fixtures/complaints.csv': join(ROOT, 'demo', 'data', 'complaints', 'ombudsman-ri-reports.csv'),
    '/fixtures/stats.json': join(ROOT, 'demo', 'data', 'stats', 'ombudsman-totals.json'),
    '/fixtures/': join(BENCH, 'fixtures'),
  };
}

/**
 * For the development aids' `--dev`: unminified single-file builds of `entries` (`[source under
 * src/, file name]`) into bench/results/<dir>, so a profile names real functions.
 */
export async function devBuild(dir, entries) {
  const { build } = await import('vite');
  const { oxc } = await import('../../scripts/vite-shared.mjs');
  const outDir = join(RESULTS, dir);
  for (const [entry, name] of entries) {
    await build({
      configFile: false,
      root: ROOT,
      base: './',
      logLevel: 'warn',
      publicDir: false,
      oxc,
      worker: { format: 'es' },
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        copyPublicDir: false,
        assetsDir: '',
        lib: { entry: join(ROOT, 'src', entry), formats: ['es'], fileName: () => `${name}.js` },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    });
  }
  return outDir;
}
