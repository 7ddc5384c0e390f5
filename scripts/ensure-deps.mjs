// Installs dependencies on first run so `npm start` and `npm test` work on a fresh clone.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const marker = 'node_modules/.package-lock.json';
const needed = (() => {
  if (!existsSync(marker)) return true;
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  if (names.some((n) => !existsSync(`node_modules/${n}/package.json`))) return true;
  return (
    existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000
  );
})();

if (needed) {
  console.log('pantau: installing dependencies (first run)…');
  const cmd = existsSync('package-lock.json') ? 'ci' : 'install';
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, [cmd, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
