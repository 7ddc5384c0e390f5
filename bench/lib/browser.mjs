// One headless Chromium for the whole run (Debian's, found by scripts/find-chrome.mjs); every
// measurement gets a fresh browser context and page, and a deadline after which it is recorded
// as a timeout and its page is thrown away.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

export class Timeout extends Error {
  constructor(what, ms) {
    super(`${what}: no result within ${ms} ms`);
    this.name = 'Timeout';
  }
}

/** Resolves with the promise's value, or rejects with a Timeout after `ms`. */
export function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Timeout(what, ms)), ms);
    }),
  ]);
}

export async function launch() {
  const executablePath = findChrome();
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    timeout: 60000,
  });
  return { browser, executablePath, version: browser.version() };
}

/**
 * Runs `fn(page, cdp)` in a fresh context with a 1000×800 viewport at device scale 1, and
 * closes the context afterwards whatever happened (a timed-out page is abandoned with it).
 */
export async function withPage(browser, ms, what, fn) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await context.newCDPSession(page);
    return await within(
      fn(page, cdp, errors).catch((e) => {
        throw errors.length > 0 ? new Error(`${e.message} (page error: ${errors[0]})`) : e;
      }),
      ms,
      what,
    );
  } finally {
    await context.close().catch(() => {});
  }
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
