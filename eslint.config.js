// Flat config. Syntax-level rules only (no type-aware linting) so `npm run lint` stays fast;
// `npm run typecheck` covers types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/*
 * Layers. Pure layers compute, elements render: a pure layer never imports Lit, the elements or
 * their controllers (src/elements/shared), nor styles (Lit's css). Between pure layers imports
 * go one way, lowest first; each folder lists the folders it may import (CONTRIBUTING.md,
 * "Layers", says why each edge exists). Cycles inside a folder are `scripts/cycles.mjs`'s.
 */
const PURE = {
  time: [], // civil dates, zones, periods: the bottom
  geo: [], // projections, region codes and names, joins: needs no other layer
  ratings: ['time'], // rating schemes and classification
  data: ['time', 'ratings', 'geo'], // fetch, formats, validation, aggregation
  i18n: ['time', 'data'], // words for numbers, dates and data issues
  charts: ['time', 'data', 'i18n'], // chart geometry from aggregated tables
  events: ['time', 'geo', 'ratings', 'data'], // typed DOM events: detail types only
};
const FOLDERS = [...Object.keys(PURE), 'styles', 'elements'];
const LIT = [
  'lit',
  'lit/*',
  '@lit/*',
  '@lit-labs/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
];

/** `no-restricted-imports` for a folder that may import only `allowed` of the other folders. */
function importsOnly(folder, allowed, { lit = false } = {}) {
  const denied = FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  const patterns = denied.map((f) => ({
    group: [`**/${f}/**`, `**/${f}`],
    message: `src/${folder}/ ${allowed.length ? `may import only ${allowed.join(', ')}` : 'imports no other layer'}${lit ? '' : ' (no Lit, no elements, no styles)'}, not ${f}/: see CONTRIBUTING.md, "Layers".`,
  }));
  if (!lit) patterns.push({ group: LIT, message: `src/${folder}/ is a pure layer: it does not import Lit.` });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

function layerRules() {
  return [
    ...Object.entries(PURE).map(([folder, allowed]) => ({
      files: [`src/${folder}/**/*.ts`],
      rules: importsOnly(folder, allowed),
    })),
    {
      // The `pantau/data` entry re-exports PantauErrorEvent, the event its users listen for:
      // public API, so the entry (and only the entry) may name events/.
      files: ['src/data/index.ts'],
      rules: importsOnly('data', [...PURE.data, 'events']),
    },
    {
      // Design tokens as Lit css. The rating → colour-token link may live here (ratings/ names
      // bands, not colours).
      files: ['src/styles/**/*.ts'],
      rules: importsOnly('styles', ['ratings'], { lit: true }),
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'demo-dist/**',
      'storybook-static/**',
      'site/**',
      'coverage/**',
      'node_modules/**',
      'bench/node_modules/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      // Lit elements extend LitElement or the shared PantauElement base.
      wc: { elementBaseClasses: ['LitElement', 'PantauElement'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layerRules(),
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
