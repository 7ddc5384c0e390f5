// Pictures of every story and of the demo, and a pixel comparison of two such sets: the check
// that a change meant to keep behaviour (a reorganisation, a speed-up) draws exactly the same.
//
//   npm run build-storybook && npm run build:demo
//   node scripts/screenshots.mjs --out shots/before            # take a set
//   node scripts/screenshots.mjs --out shots/after --compare shots/before
//
// Options: --widths 1200,360 (viewport widths), --stories REGEX (story ids), --storybook DIR,
// --skip REGEX (story ids left out: the loading story's progress bar moves with the clock),
// --demo DIR (skipped when missing). Each picture is the whole page once every pantau element
// has settled (not busy, fonts loaded, two frames). Comparison decodes both PNGs in the browser
// and counts differing pixels; any difference, missing or extra picture fails the run (exit 1)
// and writes a diff image beside the new set.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serveFolders } from './static-server.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const out = resolve(opt('--out', 'shots/current'));
const compare = opt('--compare') && resolve(opt('--compare'));
const widths = opt('--widths', '1200,360').split(',').map(Number);
const only = new RegExp(opt('--stories', '.'));
const skip = opt('--skip') && new RegExp(opt('--skip'));
const sbDir = resolve(opt('--storybook', 'storybook-static'));
const demoDir = resolve(opt('--demo', 'demo-dist'));
if (!existsSync(join(sbDir, 'index.json'))) {
  console.error(`screenshots: ${sbDir}/index.json is missing; run \`npm run build-storybook\` first`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const { server, base } = await serveFolders({ '/sb/': sbDir, '/demo/': demoDir });

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });

/** Waits until every pantau element on the page has drawn or settled, then two more frames. */
async function settle(page) {
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('pantau-'));
      return els.length > 0 && els.every((el) => el.shadowRoot?.childElementCount);
    },
    null,
    { timeout: 30000 },
  );
  // Elements with loading="lazy" (the demo's below its first screen) and what loads with them
  // wait until scrolled near: scroll through as a reader does, so the picture is the page read.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, 0);
    await frame();
  });
  await page
    .waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 10000 })
    .catch(() => {});
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  });
}

const targets = [];
const index = JSON.parse(readFileSync(join(sbDir, 'index.json'), 'utf8'));
for (const e of Object.values(index.entries)) {
  if (e.type === 'story' && only.test(e.id) && !skip?.test(e.id))
    targets.push({ name: e.id, url: `/sb/iframe.html?id=${e.id}&viewMode=story` });
}
if (existsSync(join(demoDir, 'index.html')) && only.test('demo'))
  targets.push({ name: 'demo', url: '/demo/' });

const started = Date.now();
let taken = 0;
for (const width of widths) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Jakarta',
    locale: 'id-ID',
  });
  const page = await context.newPage();
  for (const t of targets) {
    try {
      await page.goto(base + t.url);
      await settle(page);
      await page.screenshot({
        path: join(out, `${t.name}@${width}.png`),
        fullPage: true,
        animations: 'disabled',
      });
      taken++;
    } catch (e) {
      console.error(`screenshots: ${t.name}@${width}: ${e.message.split('\n')[0]}`);
    }
  }
  await context.close();
}
console.log(`screenshots: ${taken} pictures in ${out} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

let failed = taken !== targets.length * widths.length;
if (compare) {
  // Only the pictures this run was asked to take: `--stories` and `--skip` narrow both sets.
  const wanted = new Set(targets.flatMap((t) => widths.map((w) => `${t.name}@${w}.png`)));
  const before = new Set(readdirSync(compare).filter((f) => wanted.has(f)));
  const after = new Set(readdirSync(out).filter((f) => f.endsWith('.png') && !f.endsWith('.diff.png')));
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/sb/index.json`);
  const diffs = [];
  for (const f of [...new Set([...before, ...after])].sort()) {
    if (!before.has(f) || !after.has(f)) {
      diffs.push(`${f}: ${before.has(f) ? 'missing now' : 'new'}`);
      continue;
    }
    const a = readFileSync(join(compare, f));
    const b = readFileSync(join(out, f));
    if (a.equals(b)) continue;
    const r = await page.evaluate(
      async ([a64, b64]) => {
        const load = async (s) => createImageBitmap(await (await fetch(`data:image/png;base64,${s}`)).blob());
        const [ia, ib] = await Promise.all([load(a64), load(b64)]);
        if (ia.width !== ib.width || ia.height !== ib.height)
          return { size: `${ia.width}×${ia.height} → ${ib.width}×${ib.height}` };
        const px = (img) => {
          const c = new OffscreenCanvas(img.width, img.height);
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, img.width, img.height);
        };
        const da = px(ia);
        const db = px(ib);
        const c = new OffscreenCanvas(ia.width, ia.height);
        const g = c.getContext('2d');
        const diff = g.createImageData(ia.width, ia.height);
        let n = 0;
        for (let i = 0; i < da.data.length; i += 4) {
          const same =
            da.data[i] === db.data[i] &&
            da.data[i + 1] === db.data[i + 1] &&
            da.data[i + 2] === db.data[i + 2] &&
            da.data[i + 3] === db.data[i + 3];
          if (!same) n++;
          diff.data[i] = same ? da.data[i] * 0.3 + 178 : 255;
          diff.data[i + 1] = same ? da.data[i + 1] * 0.3 + 178 : 0;
          diff.data[i + 2] = same ? da.data[i + 2] * 0.3 + 178 : 0;
          diff.data[i + 3] = 255;
        }
        if (!n) return { n };
        g.putImageData(diff, 0, 0);
        const blob = await c.convertToBlob({ type: 'image/png' });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let s = '';
        for (const x of bytes) s += String.fromCharCode(x);
        return { n, diff: btoa(s) };
      },
      [a.toString('base64'), b.toString('base64')],
    );
    if (r.size) diffs.push(`${f}: size ${r.size}`);
    else if (r.n) {
      diffs.push(`${f}: ${r.n} pixels differ`);
      writeFileSync(join(out, f.replace(/\.png$/, '.diff.png')), Buffer.from(r.diff, 'base64'));
    }
  }
  console.log(
    `screenshots: ${before.size} before, ${after.size} now, ${diffs.length ? `${diffs.length} differ` : 'all pixel-identical'}`,
  );
  for (const d of diffs) console.log(`  ${d}`);
  if (diffs.length) failed = true;
}
await browser.close();
server.close();
process.exit(failed ? 1 : 0);
