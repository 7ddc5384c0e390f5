// Runs one measurement in a fresh page. The runner (scripts/bench.mjs) opens
// /page.html?job=line|map&peer=…&case=…&mode=render|update; the page starts its setup at once
// (load the case bundle, make and shape the data: not timed) and the runner awaits
// __bench.ready (or calls __bench.setup(), which returns the same promise), then __bench.run():
// the time from data ready to painted chart, i.e. around the render call plus two animation frames.
import { lineDataset, mapDataset } from './data.js';

const q = new URLSearchParams(location.search);
const job = q.get('job');
const peer = q.get('peer');
const size = q.get('case');
const mode = q.get('mode') ?? 'render';
const container = document.getElementById('chart');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

let mod;
let input;
let nextInput;
let handle;

/** Elements under a root, through open shadow roots. */
function* deep(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

function describe() {
  let canvas = 0;
  let svg = 0;
  let paths = 0;
  for (const el of deep(container)) {
    const tag = el.localName;
    if (tag === 'canvas') canvas++;
    else if (tag === 'svg') svg++;
    else if (tag === 'path' || tag === 'polyline') paths++;
  }
  return { renderer: canvas > 0 ? 'canvas' : svg > 0 ? 'svg' : 'none', canvas, svg, paths };
}

const TAGS = { line: 'pantau-complaint-trend', map: 'pantau-compliance-map' };

/** pantau from its all-in-one CDN file, or the element's own file while the former lacks it. */
async function loadPantau() {
  const tag = TAGS[job];
  await import('/cdn/pantau.js');
  if (customElements.get(tag)) return 'pantau.js';
  await import(`/cdn/${tag}.js`);
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined by dist/cdn`);
  return `${tag}.js`;
}

let bundle;
let ready;

async function load() {
  if (peer === 'pantau') bundle = await loadPantau();
  mod = await import(`/build/${job}-${peer}.js`);
  // Analysis only (bench/trace.mjs --warm-intl): pay ICU's first-use cost before the clock starts.
  if (q.has('warmIntl')) {
    new Intl.NumberFormat('id-ID').format(1);
    new Intl.DateTimeFormat('id-ID').format(0);
  }
  if (job === 'line') {
    const total = Number(size);
    input = mod.prepare(lineDataset(total, 7));
    if (mode === 'update') nextInput = mod.prepare(lineDataset(total, 8));
  } else {
    const ds = await mapDataset(size);
    input = mod.prepare(ds);
  }
  return { ok: true };
}

/** Loads the case and prepares its data once; every call returns the same promise. */
function setup() {
  ready ??= load();
  return ready;
}

async function run() {
  // A hidden page gets no animation frames: its figure would be the browser's, not the chart's.
  if (document.visibilityState !== 'visible') throw new Error('the page is hidden');
  const tasks = [];
  const obs = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  obs.observe({ type: 'longtask', buffered: true });
  if (mode === 'update') {
    handle = await mod.render(container, input);
    await frames();
  }
  // The render starts in a task of its own, so setup work is never counted as part of it. Not
  // an idle wait: that would also let the first render's garbage collection finish before an
  // update (d3's update then takes a third of the time), which would change the figures' meaning.
  await sleep(30);
  // Marks for bench/cpu.mjs, which sums the threads' CPU time between them in a trace.
  performance.mark('bench-start');
  const t0 = performance.now();
  handle =
    mode === 'update'
      ? ((await mod.update(handle, nextInput)) ?? handle)
      : await mod.render(container, input);
  await frames();
  // A widget may need more frames than the render call shows (a resize observer, work split
  // across frames): then the chart counts as painted two frames after it is fully drawn.
  let extraFrames = 0;
  if (mod.isDrawn && !mod.isDrawn(handle)) {
    const deadline = performance.now() + 20000;
    while (!mod.isDrawn(handle) && performance.now() < deadline) {
      await new Promise((r) => requestAnimationFrame(r));
      extraFrames++;
    }
    if (!mod.isDrawn(handle)) throw new Error('the chart was never drawn');
    await frames();
  }
  const t1 = performance.now();
  performance.mark('bench-end');
  // A long task is reported when it ends: the frame task that holds t1 ends before the next task.
  await sleep(0);
  tasks.push(...obs.takeRecords());
  obs.disconnect();
  const during = tasks.filter((t) => t.startTime < t1 && t.startTime + t.duration > t0);
  const longest = during.reduce((m, t) => Math.max(m, t.duration), 0);
  return { ms: t1 - t0, longestTask: longest, extraFrames, bundle, ...describe() };
}

window.__bench = { setup, run, ready: setup() };
