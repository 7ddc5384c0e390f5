// `cem analyze` reads this: custom-elements.json documents every element from its JSDoc tags.
// The shared base class is analysed too, so inherited members (the `theme` attribute) and the
// shared theme tokens (`@cssprop` on PantauElement) are listed on each element; the other shared
// modules are controllers and helpers, not public API.
import ts from 'typescript';

/**
 * An attribute typed with an alias (`period: Period`) says nothing to a reader of the docs, and
 * Storybook cannot offer its values as a select. The checker expands aliases of string or number
 * literals into their values (`'day' | 'week' | …`), so the manifest lists what an attribute takes.
 */
function literalUnions(files) {
  const { config } = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, '.');
  const program = ts.createProgram(files, { ...options, types: [], noEmit: true });
  const checker = program.getTypeChecker();
  const out = new Map(); // "ClassName.field" → expanded text
  const defaults = new Map(); // "ClassName.field" → a constant default's value
  for (const sf of program.getSourceFiles()) {
    if (!/(^|\/)src\/elements\//.test(sf.fileName)) continue;
    ts.forEachChild(sf, function visit(node) {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const m of node.members) {
          if (!ts.isPropertyDeclaration(m) || !m.name || !ts.isIdentifier(m.name)) continue;
          // A default written as a constant (`timeZone = DEFAULT_TIME_ZONE`) is shown by its value.
          if (m.initializer && ts.isIdentifier(m.initializer)) {
            const init = checker.getTypeAtLocation(m.initializer);
            const key = `${node.name.text}.${m.name.text}`;
            if (init.isStringLiteral()) defaults.set(key, `'${init.value}'`);
            else if (init.isNumberLiteral()) defaults.set(key, String(init.value));
          }
          const type = checker.getTypeAtLocation(m.name);
          const parts = type.isUnion() ? type.types : [type];
          const literals = parts.filter((t) => t.isStringLiteral() || t.isNumberLiteral());
          const rest = parts.filter((t) => !literals.includes(t));
          if (
            literals.length < 2 ||
            rest.some((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)))
          )
            continue;
          const text = literals.map((t) => (t.isStringLiteral() ? `'${t.value}'` : String(t.value)));
          out.set(
            `${node.name.text}.${m.name.text}`,
            [...text, ...rest.map((t) => checker.typeToString(t))].join(' | '),
          );
        }
      }
      ts.forEachChild(node, visit);
    });
  }
  return { types: out, defaults };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/!(pantau-element).ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // `dispatchEvent(new PantauXEvent(…))` is read as an event with a type and no name, or
      // named after the constructor's first argument (`detail`). The `@fires` tags document each
      // event by name and purpose, so only those are kept; an event fired without one is caught
      // by test/docs/manifest.test.ts, which watches what the elements really fire.
      name: 'pantau-events-from-fires-tags',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? [])
            if (d.events) d.events = d.events.filter((e) => e.name && e.description);
      },
    },
    {
      // A `{ state: true }` entry of `static properties` is internal state, never an attribute,
      // but the analyser lists every entry without `attribute: false` as one. Such state is
      // always a private field, and no private field is an attribute.
      name: 'pantau-state-is-no-attribute',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? []) {
            const hidden = new Set();
            for (const m of d.members ?? [])
              if (m.privacy === 'private' && m.attribute) {
                hidden.add(m.attribute);
                delete m.attribute;
              }
            if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.name));
          }
      },
    },
    {
      name: 'pantau-expand-literal-aliases',
      packageLinkPhase({ customElementsManifest }) {
        const files = customElementsManifest.modules.map((m) => m.path).filter((p) => p.endsWith('.ts'));
        const { types: expanded, defaults } = literalUnions(files);
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? []) {
            for (const item of [...(d.members ?? []), ...(d.attributes ?? [])]) {
              const value = defaults.get(`${d.name}.${item.fieldName ?? item.name}`);
              if (value && item.default) item.default = value;
            }
            const byField = (name) =>
              expanded.get(`${d.name}.${name}`) ??
              [...expanded].find(
                ([k]) => k.endsWith(`.${name}`) && d.superclass?.name === k.split('.')[0],
              )?.[1];
            for (const m of d.members ?? []) {
              const text = m.type && byField(m.name);
              if (text) m.type.text = text;
            }
            for (const a of d.attributes ?? []) {
              const text = a.type && a.fieldName && byField(a.fieldName);
              if (text) a.type.text = text;
            }
          }
      },
    },
  ],
};
