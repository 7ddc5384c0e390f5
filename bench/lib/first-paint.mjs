// First-paint section: for each element alone on a phone-sized page (360×640), with the CPU
// slowed 4× (CDP, as Lighthouse's mobile profile), the pantau script bytes fetched until its
// first paint (gzip, from the files served: the CDN snapshot of this run), the time from
// "data ready" to painted, and the longest main-thread task in between (goal: none over 50 ms).
// Also "everything": every script a page may load when all features are used (see `everything`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entries } from '../../scripts/entries.mjs';
import { ELEMENTS } from '../harness/elements.js';
import { Pages } from './browser.mjs';
import { CDN_SNAPSHOT } from './paths.mjs';

export const CPU_SLOWDOWN = 4;
const PHONE = { w: 360, h: 640 };

/** The page: a phone-wide box and the first-paint harness; pantau is added by the harness. */
export function firstPaintHtml() {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>pantau first paint</title>
<style>body { margin: 0; font: 12px system-ui, sans-serif; } #chart { width: ${PHONE.w}px; }</style>
<script type="module" src="/harness/first-paint.js"></script>
</head><body><div id="chart"></div></body></html>`;
}

const gzipCache = new Map();
/** Gzip (level 9, as the size section and `npm run size`) of one file of the CDN snapshot. */
function gzipOf(file) {
  if (!gzipCache.has(file))
    gzipCache.set(file, gzipSync(readFileSync(join(CDN_SNAPSHOT, file)), { level: 9 }).length);
  return gzipCache.get(file);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Everything, all features loaded: the all-in-one `pantau.js` (all four elements and the data
 * client) and every side file beside it that is not an entry of its own (features loaded on
 * first use, the worker). Not counted: the single-element files (each repeats part of
 * pantau.js), `pantau-data.js` (inside pantau.js) and boundary data (`pantau-id-provinces.js`:
 * geometry, not code, and only for pages that ask for it by name).
 */
export function everything() {
  const own = new Set(entries.filter((e) => e.cdn).map((e) => `${e.cdn}.js`));
  const files = readdirSync(CDN_SNAPSHOT)
    .filter((f) => f.endsWith('.js') && (f === 'pantau.js' || !own.has(f)))
    .sort();
  return { files, gzip: files.reduce((sum, f) => sum + gzipOf(f), 0) };
}

/**
 * How each element gets its data: `data` ready before the clock starts (what a page that holds
 * its data, a framework or Storybook does) and `src`, the embed a page writes (attributes only:
 * the element fetches and reads its file, so the reading path counts in its bytes). The map's
 * `src` is geometry and ratings by URL (boundary data by name would add its 19.6 KB of data).
 */
export const VARIANTS = ['data', 'src'];

async function onePage(pages, origin, element, variant, deadline) {
  return pages.run(deadline, `${element} (${variant}) first paint`, async (page, { cdp, settle }) => {
    const session = await cdp();
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.setViewportSize({ width: PHONE.w, height: PHONE.h });
    await page.goto(`${origin}/first-paint.html?el=${element}&variant=${variant}`, {
      waitUntil: 'load',
    });
    await page.evaluate(() =>
      window.__first ? window.__first.ready : Promise.reject(new Error('the harness did not load')),
    );
    await settle();
    return page.evaluate(() => window.__first.run());
  });
}

export async function runFirstPaint(browser, origin, { quick, log }) {
  const reps = quick ? 1 : 5;
  const pages = new Pages(browser);
  const out = { slowdown: CPU_SLOWDOWN, box: `${PHONE.w}×${PHONE.h}`, elements: [] };
  try {
    // One warm-up page (the server, the HTTP cache of the fixtures, the browser process).
    await onePage(pages, origin, ELEMENTS[0], 'data', 60000).catch(() => {});
    for (const [element, variant] of ELEMENTS.flatMap((e) => VARIANTS.map((v) => [e, v]))) {
      const runs = [];
      let error;
      for (let i = 0; i < reps && !error; i++) {
        try {
          runs.push(await onePage(pages, origin, element, variant, 60000));
        } catch (e) {
          error = e.message.split('\n')[0].slice(0, 300);
        }
      }
      const files = [...new Set(runs.flatMap((r) => r.files))].sort();
      const entry = {
        element,
        variant,
        status: error ? 'error' : 'ok',
        error,
        files: files.map((f) => ({ file: f, gzip: gzipOf(f) })),
        gzip: files.reduce((sum, f) => sum + gzipOf(f), 0),
        ms: median(runs.map((r) => r.ms)),
        longestTask: median(runs.map((r) => r.longestTask)),
        worstTask: runs.length ? Math.max(...runs.map((r) => r.longestTask)) : null,
        longTasks: runs.at(-1)?.longTasks,
      };
      out.elements.push(entry);
      log(
        error
          ? `  ${element} (${variant}): error: ${error}`
          : `  ${`${element} (${variant})`.padEnd(31)} ${(entry.gzip / 1024).toFixed(1)} KB gzip before the first pixel (${files.join(', ')}), ${Math.round(entry.ms)} ms to painted, longest task ${Math.round(entry.longestTask)} ms (worst ${Math.round(entry.worstTask)})`,
      );
    }
  } finally {
    await pages.reset();
  }
  out.everything = everything();
  log(
    `  everything, all features loaded: ${(out.everything.gzip / 1024).toFixed(1)} KB gzip (${out.everything.files.join(', ')})`,
  );
  return out;
}
