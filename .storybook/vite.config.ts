// Storybook's Vite config: only what the sources need (legacy decorators, module workers).
import { defineConfig } from 'vite';
import { oxc } from '../scripts/vite-shared.mjs';

export default defineConfig({ oxc, worker: { format: 'es' }, logLevel: 'warn' });
