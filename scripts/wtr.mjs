// Starts the test runner after checking for a browser, so a missing Chrome gives one clear message.
import { spawnSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

try {
  findChrome();
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}
const args = process.argv.slice(2);
// A subset (`--files`) runs once, in the default group; the full run adds the config's groups.
if (args.includes('--files') && !args.includes('--group')) args.push('--group', 'default');
const r = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
