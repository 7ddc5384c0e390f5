// Flat config. Syntax-level rules only (no type-aware linting) so `npm run lint` stays fast;
// `npm run typecheck` covers types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

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
  {
    // Pure layers compute; elements render. Nothing here may reach Lit, the DOM-facing
    // controllers or the elements (controllers live in src/elements/shared).
    files: ['src/{data,charts,geo,i18n,events}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*'],
              message: 'Pure layers do not import Lit.',
            },
            {
              group: ['**/components/**'],
              message: 'Pure layers do not import elements or their controllers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
