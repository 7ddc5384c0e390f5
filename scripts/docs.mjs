// Builds the documentation site into site/: the demo at the root and Storybook (the element
// reference and guides) under site/storybook/, one static folder any web server can host as is.
// The demo's footer links to ./storybook/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';

const out = 'site';
function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`docs: failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;
run(bin('cem'), ['analyze', '--quiet']);
run(bin('vite'), ['build', '--logLevel', 'warn']);
rmSync(out, { recursive: true, force: true });
cpSync('demo-dist', out, { recursive: true });
run(bin('storybook'), ['build', '-o', `${out}/storybook`, '--quiet']);
if (!existsSync(`${out}/storybook/index.html`)) {
  console.error('docs: Storybook did not build');
  process.exit(1);
}
console.log(`docs: ${out}/ (demo) and ${out}/storybook/ (reference) are ready to host`);
