// Finds a Chrome or Chromium already on this machine: tests never download a browser.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep a headless browser quiet on a closed network and working as root. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const HOW_TO_GET_ONE = [
  'Install one, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get install -y chromium',
  '  macOS:          install Google Chrome, or: brew install --cask chromium',
  'or point CHROME_PATH at an existing Chrome/Chromium executable.',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      [`CHROME_PATH is set to "${fromEnv}", but no file is there.`, ...HOW_TO_GET_ONE].join('\n'),
    );
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    ['No Chrome or Chromium was found, and pantau never downloads a browser.', ...HOW_TO_GET_ONE].join('\n'),
  );
}
