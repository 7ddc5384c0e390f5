// `cem analyze` reads this: custom-elements.json documents every element from its JSDoc tags.
// The shared base class is analysed too, so inherited members (the `theme` attribute) are listed
// on each element; the other shared modules are controllers and helpers, not public API.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/!(pantau-element).ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // `dispatchEvent(new PantauXEvent(…))` is read as an event with a type and no name; the
      // `@fires` tags already document each event by name, so the nameless copies would show
      // as empty rows in Storybook's docs.
      name: 'pantau-drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const d of mod.declarations ?? []) if (d.events) d.events = d.events.filter((e) => e.name);
      },
    },
  ],
};
