// One element's first paint on a page that has nothing of pantau yet (page
// /first-paint.html?el=<element>&variant=data|src): its data is ready (made before the clock
// starts, as a page that already holds its data) or, for `src`, fetched by the element from its
// attributes as an embed does (the data's own request is then inside the timed span). The
// element is created, given its data or attributes and attached, and its CDN file
// (`/cdn/<element>.js`) is added as a module script, as an embed does. Painted is
// two frames after it is drawn, as in the render cases. The runner reads which pantau files
// the page fetched until then (resource timing) and the longest main-thread task in between.
import { makers } from './elements.js';

const query = new URLSearchParams(location.search);
const which = query.get('el');
// 'data' (ready data, as a page that already holds it) or 'src' (the embed: fetched by URL).
const variant = query.get('variant') ?? 'data';
const container = document.getElementById('chart');
const frame = () => new Promise((r) => requestAnimationFrame(r));
const frames = async () => {
  await frame();
  await frame();
};
let make;

async function setup() {
  make = await makers(which, { points: 1000, variant });
  await frames();
  return { ok: true };
}

async function run() {
  if (document.visibilityState !== 'visible') throw new Error('the page is hidden');
  const tasks = [];
  const obs = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  obs.observe({ type: 'longtask', buffered: true });
  await new Promise((r) => setTimeout(r, 30));
  const t0 = performance.now();
  const { el, drawn } = make();
  container.append(el);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `/cdn/${which}.js`;
  const failed = new Promise((_, reject) => {
    script.onerror = () => reject(new Error(`/cdn/${which}.js did not load`));
  });
  document.head.append(script);
  const deadline = t0 + 30000;
  while (!drawn()) {
    await Promise.race([frame(), failed]);
    if (performance.now() > deadline) throw new Error(`<${which}> was never drawn`);
  }
  await frames();
  const t1 = performance.now();
  await new Promise((r) => setTimeout(r, 0));
  tasks.push(...obs.takeRecords());
  obs.disconnect();
  const during = tasks.filter((t) => t.startTime < t1 && t.startTime + t.duration > t0);
  const files = performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime < t1 && new URL(e.name).pathname.startsWith('/cdn/'))
    .map((e) => new URL(e.name).pathname.slice('/cdn/'.length));
  return {
    ms: t1 - t0,
    longestTask: during.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: during.map((t) => Math.round(t.duration)),
    files: [...new Set(files)],
  };
}

window.__first = { setup, run, ready: setup() };
