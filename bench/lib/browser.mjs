// One headless Chromium for the whole run (Debian's, found by scripts/find-chrome.mjs). Every
// measurement gets a fresh page (its own renderer process, so its own JS heap and compiled code)
// in a context shared by the run, so pages share the HTTP cache; a deadline after which the
// measurement is recorded as a timeout and the context is thrown away with the runaway page.
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

const VIEWPORT = { viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 };

/**
 * Fresh pages from one shared context (a 1000×800 viewport at device scale 1). Creating a page
 * (a renderer process) costs a few hundred ms, so the next measurement's blank page is created
 * while this one loads and sets up, and the previous page closes meanwhile; `settle()` waits for
 * both before anything is timed, so no other page does work during a measurement.
 */
export class Pages {
  constructor(browser) {
    this.browser = browser;
    this.context = undefined;
    this.spare = undefined;
    this.closing = Promise.resolve();
  }

  #newPage() {
    this.context ??= this.browser.newContext(VIEWPORT);
    const page = this.context.then((c) => c.newPage());
    page.catch(() => {});
    return page;
  }

  /**
   * Runs `fn(page, { cdp, errors, settle })` on a fresh page within `ms`, and closes the page
   * afterwards. `cdp()` opens a CDP session on the page; `settle()` must be awaited before
   * timing. On a timeout the whole context is closed (that ends a page stuck in a loop).
   */
  async run(ms, what, fn) {
    const page = await (this.spare ?? this.#newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The next page is made while this one loads and sets up; neither is timed.
    let next = this.#newPage();
    this.spare = undefined;
    const settle = async () => {
      await Promise.all([next.catch(() => {}), this.closing]);
      // The newest page is shown in front; one behind it is hidden and gets no animation frames.
      await page.bringToFront();
    };
    const cdp = () => page.context().newCDPSession(page);
    try {
      return await within(
        fn(page, { cdp, errors, settle }).catch((e) => {
          throw errors.length > 0 ? new Error(`${e.message} (page error: ${errors[0]})`) : e;
        }),
        ms,
        what,
      );
    } catch (e) {
      if (e instanceof Timeout) {
        await next?.catch(() => {});
        next = undefined;
        await this.reset();
      }
      throw e;
    } finally {
      this.spare = next;
      this.closing = within(page.close(), 30000, `closing ${what}`).catch(() => {});
    }
  }

  /** Closes the context and every page in it (a new one is made on the next run). */
  async reset() {
    const context = this.context;
    this.context = undefined;
    this.spare = undefined;
    if (context)
      await within(
        context.then((c) => c.close()),
        30000,
        'closing the browser context',
      ).catch(() => {});
  }
}

/**
 * Runs `fn(page, cdp, errors)` in a fresh context with a 1000×800 viewport at device scale 1, and
 * closes the context afterwards whatever happened (a timed-out page is abandoned with it). For
 * single measurements (bench/profile.mjs); the runs use `Pages`.
 */
export async function withPage(browser, ms, what, fn) {
  const context = await browser.newContext(VIEWPORT);
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
