// Tests the built Storybook as a reader uses it (run after `npm run build-storybook`, or on the
// site from `npm run docs` with `--dir site/storybook`): every story renders its element without
// an error and passes axe; a control (an arg in the URL) changes the element; a custom property
// control changes the drawing; the language toolbar translates a story that sets no language;
// and an event reaches the Actions panel of the real Storybook UI. Prints one summary line and
// the failures; `--screenshots DIR` also saves pictures of the docs pages, a control change and
// the Actions panel.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';
import { serveFolders } from './static-server.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const dir = resolve(opt('--dir', 'storybook-static'));
const shots = opt('--screenshots');
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`storybook tests: ${dir}/index.json is missing; run \`npm run build-storybook\` first`);
  process.exit(1);
}

const { server, base } = await serveFolders({ '/': dir });

const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const failures = [];
let checks = 0;
const started = Date.now();

async function check(name, fn) {
  checks++;
  try {
    await fn();
  } catch (e) {
    failures.push(`${name}: ${e.message.split('\n').slice(0, 12).join('\n    ')}`);
  }
}
const fail = (msg) => {
  throw new Error(msg);
};

/** Opens a story alone and waits until its pantau element has drawn (or settled in a state). */
async function openStory(page, id, query = '') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=story${query}`);
  await page.waitForFunction(
    () =>
      document.body.classList.contains('sb-show-errordisplay') ||
      [...document.querySelectorAll('#storybook-root *')].some(
        (el) => el.localName.startsWith('pantau-') && el.shadowRoot?.childElementCount,
      ),
    null,
    { timeout: 30000 },
  );
  if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')))
    fail(`Storybook shows an error: ${(await page.textContent('#error-message').catch(() => '')) ?? ''}`);
  // Data by `src` arrives after the first render: wait while an element says it is busy.
  await page
    .waitForFunction(() => !document.querySelector('#storybook-root [aria-busy="true"]'), null, {
      timeout: 8000,
    })
    .catch(() => {});
  await page.waitForTimeout(300);
  return errors;
}

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const only = new RegExp(opt('--stories', '.'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && only.test(e.id));
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');

// 1. Every story renders and passes axe.
const page = await context.newPage();
for (const story of stories) {
  await check(`${story.id} renders and passes axe`, async () => {
    const errors = await openStory(page, story.id);
    if (errors.length) fail(`page errors: ${errors.join('; ')}`);
    // An arg the manifest does not know (say `updated` for the property `lastUpdated`) would be a
    // control that changes nothing.
    const inert = await page.evaluate(() => {
      const s = window.__STORYBOOK_PREVIEW__?.currentRender?.story;
      return s ? Object.keys(s.initialArgs ?? {}).filter((k) => !s.argTypes[k]?.table?.category) : [];
    });
    if (inert.length) fail(`args that reach no attribute or property: ${inert.join(', ')}`);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('#storybook-root'), {
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    if (violations.length) fail(`axe: ${violations.join('; ')}`);
  });
}

const shadowText = (sel) =>
  page.evaluate((s) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '', sel);

// 2. A control changes the element: args in the URL are what the Controls panel sends.
await check('a text control sets the attribute and the element shows it', async () => {
  await openStory(
    page,
    'elements-pantau-stat--ombudsman-yearly-total',
    '&args=label:Uji+kontrol;lowerIsBetter:!false',
  );
  const attrs = await page.evaluate(() => {
    const el = document.querySelector('pantau-stat');
    return { label: el.getAttribute('label'), lower: el.hasAttribute('lower-is-better') };
  });
  if (attrs.label !== 'Uji kontrol') fail(`label attribute is ${attrs.label}`);
  if (attrs.lower) fail('lower-is-better is still set after the boolean control was turned off');
  if (!(await shadowText('pantau-stat')).includes('Uji kontrol')) fail('the new label is not shown');
});
await check('a select control changes the chart mode', async () => {
  await openStory(page, 'elements-pantau-complaint-trend--line', '&args=mode:bars');
  if ((await page.getAttribute('pantau-complaint-trend', 'mode')) !== 'bars') fail('mode attribute not set');
});
await check('a custom property control changes the drawing', async () => {
  const plotHeight = () =>
    page.evaluate(() =>
      Math.round(
        document
          .querySelector('pantau-complaint-trend')
          .shadowRoot.querySelector('[part~="plot"]')
          .getBoundingClientRect().height,
      ),
    );
  await openStory(page, 'elements-pantau-complaint-trend--line');
  const before = await plotHeight();
  await openStory(page, 'elements-pantau-complaint-trend--line', '&args=--pantau-trend-height:30rem');
  const after = await plotHeight();
  if (!(after > before + 100)) fail(`plot height ${before}px → ${after}px with --pantau-trend-height: 30rem`);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'control-trend-height.png'), fullPage: true });
  }
});

// 3. The toolbar's language reaches stories that set none (the trend and map bind no `lang`).
await check('the language toolbar translates every element', async () => {
  for (const [id, tag, word] of [
    ['elements-pantau-complaint-trend--line', 'pantau-complaint-trend', 'Download'],
    ['elements-pantau-compliance-map--provinces-2022', 'pantau-compliance-map', 'Download'],
    ['elements-pantau-stat--ombudsman-yearly-total', 'pantau-stat', 'Source'],
  ]) {
    await openStory(page, id, '&globals=locale:en');
    const text = await shadowText(tag);
    if (!text.includes(word)) fail(`${tag} in English lacks "${word}": ${text.slice(0, 160)}`);
  }
});
await check('the theme toolbar sets the page theme and leaves the element its own', async () => {
  await openStory(page, 'elements-pantau-stat--ombudsman-yearly-total', '&globals=theme:dark');
  const seen = await page.evaluate(() => ({
    page: document.querySelector('.pantau-story')?.getAttribute('data-pantau-theme'),
    own: document.querySelector('pantau-stat').getAttribute('theme'),
  }));
  if (seen.page !== 'dark' || seen.own !== null) fail(JSON.stringify(seen));
  await openStory(page, 'elements-pantau-complaint-trend--english-dark', '&globals=theme:light');
  const own = await page.getAttribute('pantau-complaint-trend', 'theme');
  if (own !== 'dark') fail(`the story's own theme arg was overwritten: ${own}`);
});

// 4. An event reaches the Actions panel of the real Storybook UI.
await check('selecting a region with Enter logs pantau-region-select in Actions', async () => {
  const ui = await context.newPage();
  await ui.goto(`${base}/?path=/story/elements-pantau-compliance-map--provinces-2022`);
  await ui.getByRole('tab', { name: /^Actions/ }).click();
  const frame = ui.frameLocator('#storybook-preview-iframe');
  const map = frame.locator('pantau-compliance-map');
  await map.locator('.regions [data-i]').first().waitFor({ state: 'attached', timeout: 30000 });
  await ui
    .getByRole('button', { name: /Clear/ })
    .click()
    .catch(() => {});
  await map.locator('[part~="map"]').focus();
  await ui.keyboard.press('ArrowRight');
  await ui.keyboard.press('Enter');
  // The Controls table names the event too (hidden behind the Actions tab): look for a visible one.
  await ui
    .getByText('pantau-region-select')
    .filter({ visible: true })
    .first()
    .waitFor({ state: 'visible', timeout: 10000 });
  await ui.getByText('pantau-region-select').filter({ visible: true }).first().scrollIntoViewIfNeeded();
  if (shots) await ui.screenshot({ path: join(shots, 'actions-region-select.png') });
  await ui.close();
});

// Pictures of each element's docs page and of a control changed in the UI (not checks: for
// people to look at).
if (shots) {
  mkdirSync(shots, { recursive: true });
  const ui = await context.newPage();
  await ui.setViewportSize({ width: 1300, height: 1100 });
  await ui.goto(
    `${base}/?path=/story/elements-pantau-complaint-trend--line&args=--pantau-trend-height:30rem;mode:area`,
  );
  await ui.getByRole('tab', { name: /^Controls/ }).click();
  await ui.waitForTimeout(4000);
  await ui
    .getByText('--pantau-trend-height')
    .filter({ visible: true })
    .first()
    .scrollIntoViewIfNeeded()
    .catch(() => {});
  await ui.screenshot({ path: join(shots, 'ui-control-changed.png') });
  await ui.close();
  for (const d of docs) {
    await page.goto(`${base}/iframe.html?id=${d.id}&viewMode=docs`);
    await page.waitForSelector('.sbdocs-content', { timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(2500);
    await page.screenshot({ path: join(shots, `docs-${d.id}.png`), fullPage: true });
  }
}

await browser.close();
server.close();
const secs = ((Date.now() - started) / 1000).toFixed(1);
for (const f of failures) console.error(`✗ ${f}`);
console.log(
  `storybook: ${stories.length} stories, ${checks} checks, ${checks - failures.length} passed, ${failures.length} failed (${secs} s)`,
);
process.exit(failures.length ? 1 : 0);
