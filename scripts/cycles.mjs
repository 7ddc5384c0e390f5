// Import cycles in src/: prints each group of modules that import one another in a ring, and
// exits 1 when there is one. Type-only imports, re-exports and `import()` count too: a file
// in a cycle cannot be read, tested or moved on its own, whatever the bundler erases.
//
//   node scripts/cycles.mjs            # src/
//   node scripts/cycles.mjs --graph    # also print each module's local imports (the layer graph)
//
// Uses the TypeScript scanner (`ts.preProcessFile`) rather than a dependency-graph package:
// it reads every import form TypeScript knows, and it is already installed.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src');

/** Every .ts file under `dir` (declaration files excluded). */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The file a relative specifier names: `./x.js` is `./x.ts`, a folder is its index.ts. */
function resolveSpecifier(from, spec) {
  if (!spec.startsWith('.')) return undefined; // packages are not ours to cycle through
  const base = resolve(dirname(from), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts'), base];
  return candidates.find((p) => p.endsWith('.ts') && existsSync(p) && statSync(p).isFile());
}

const files = sources(srcDir).sort();
/** @type {Map<string, string[]>} module → the local modules it imports */
const graph = new Map();
for (const file of files) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const deps = new Set();
  for (const { fileName } of importedFiles) {
    const target = resolveSpecifier(file, fileName);
    if (target) deps.add(target);
  }
  graph.set(file, [...deps].sort());
}

// Tarjan's strongly connected components: each component of more than one module (or a module
// importing itself) holds at least one cycle.
let index = 0;
const stack = [];
const state = new Map(); // file → { index, low, onStack }
const components = [];
function visit(v) {
  const s = { index, low: index, onStack: true };
  index++;
  state.set(v, s);
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!state.has(w)) {
      visit(w);
      s.low = Math.min(s.low, state.get(w).low);
    } else if (state.get(w).onStack) {
      s.low = Math.min(s.low, state.get(w).index);
    }
  }
  if (s.low === s.index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) components.push(component.sort());
  }
}
for (const file of files) if (!state.has(file)) visit(file);

/** One shortest ring through `start` inside its component (breadth-first), for the message. */
function ringThrough(start, members) {
  const inside = new Set(members);
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    for (const w of graph.get(v)) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let p = previous.get(v); p; p = previous.get(p)) path.unshift(p);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

const rel = (p) => relative(root, p);
if (process.argv.includes('--graph')) {
  for (const [file, deps] of graph) console.log(`${rel(file)} → ${deps.map(rel).join(', ')}`);
}
if (components.length === 0) {
  console.log(`cycles: none in ${files.length} modules under src/`);
} else {
  console.error(`cycles: ${components.length} group(s) of modules import one another in a ring:`);
  for (const component of components) {
    console.error(`\n  ${component.map(rel).join('\n  ')}`);
    console.error(`  e.g. ${ringThrough(component[0], component).map(rel).join(' → ')}`);
  }
  console.error('\nType-only imports count: move the shared type to the lower module (see CONTRIBUTING.md).');
  process.exit(1);
}
