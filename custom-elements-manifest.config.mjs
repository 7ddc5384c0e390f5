// `cem analyze` reads this: custom-elements.json documents every element from its JSDoc tags.
// The shared base class is analysed too, so inherited members (the `theme` attribute) are listed
// on each element; the other shared modules are controllers and helpers, not public API.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/!(pantau-element).ts'],
  outdir: 'dist',
  litelement: true,
};
