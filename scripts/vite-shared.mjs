// Transform options shared by the dev server, the library/CDN builds and Storybook.
// Lit's decorators are TypeScript's legacy ("experimental") decorators, and reactive properties
// must not be shadowed by class fields, so every Vite pipeline transforms like tsc does with
// `experimentalDecorators` + `useDefineForClassFields: false`, whatever file it is handed
// (tsconfig discovery alone misses files outside tsconfig's `include`).
export const oxc = {
  decorator: { legacy: true },
  typescript: { removeClassFieldsWithoutInitializer: true },
  assumptions: { setPublicClassFields: true },
};

/** Bare imports left to the consumer's bundler in the npm build. */
export const external = [
  /^lit($|\/)/,
  /^@lit\//,
  /^lit-html($|\/)/,
  /^lit-element($|\/)/,
  /^d3-/,
  /^topojson-client($|\/)/,
];
