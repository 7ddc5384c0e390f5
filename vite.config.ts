// The demo: `npm start` serves demo/index.html (which imports ../src/*.ts directly) on 127.0.0.1;
// `npm run build:demo` writes a static copy to demo-dist/ for Lighthouse and static hosting.
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { oxc } from './scripts/vite-shared.mjs';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const demoRoot = fileURLToPath(new URL('./demo/', import.meta.url));
const demoData = fileURLToPath(new URL('./demo/data', import.meta.url));
const outDir = fileURLToPath(new URL('./demo-dist', import.meta.url));

/** The sample data is fetched at run time, not imported, so the build must copy it. */
function copyDemoData(): Plugin {
  return {
    name: 'pantau:copy-demo-data',
    apply: 'build',
    closeBundle() {
      if (existsSync(demoData)) cpSync(demoData, `${outDir}/data`, { recursive: true });
    },
  };
}

/**
 * The demo's section scripts are imported (after the first paint) for what they do, not for
 * exports: package.json's `sideEffects`, written for the library, would let the build drop them.
 */
function keepDemoScripts(): Plugin {
  return {
    name: 'pantau:keep-demo-scripts',
    apply: 'build',
    transform(code, id) {
      return id.startsWith(demoRoot) ? { code, map: null, moduleSideEffects: true } : undefined;
    },
  };
}

/**
 * demo/index.html imports `../src/*.ts`; from the page at `/` the browser asks for `/src/...`,
 * which lies outside the demo root, so dev requests for it are served from the repository.
 */
function serveRepoSources(): Plugin {
  return {
    name: 'pantau:serve-repo-sources',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url?.startsWith('/src/')) req.url = `/@fs${repoRoot}${req.url.slice(1)}`;
        next();
      });
    },
  };
}

export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: false,
  oxc,
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    fs: { allow: [repoRoot] },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
  },
  plugins: [serveRepoSources(), copyDemoData(), keepDemoScripts()],
});
