import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import remarkGfm from 'remark-gfm';
import { oxc } from '../scripts/vite-shared.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    '@storybook/addon-a11y',
    // GitHub-style tables in the MDX pages (each element's data table, the guides).
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the demo's vite.config.ts (root demo/, demo-only plugins): Storybook gets its own.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  core: { disableTelemetry: true },
  docs: { defaultName: 'Docs' },
  // Stories fetch the demo's sample files from /data/..., as the demo does.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  // Set here, after Storybook's own defaults: Storybook's chunks are large by design.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      oxc,
      worker: { format: 'es' },
      build: { chunkSizeWarningLimit: 4096, reportCompressedSize: false },
    }),
};

export default config;
