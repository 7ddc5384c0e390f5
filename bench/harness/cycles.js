// Mounts and unmounts one pantau element many times, each time with its data set and the
// element fully drawn (a small data set: what is measured is what an instance leaves behind), so the runner can compare the JS heap before and after (growth = leak).
import { lineDataset, mapDataset } from './data.js';

const which = new URLSearchParams(location.search).get('el');
const container = document.getElementById('chart');
const frame = () => new Promise((r) => requestAnimationFrame(r));

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
let make;

async function setup() {
  await import('/cdn/pantau.js');
  if (!customElements.get(which)) await import(`/cdn/${which}.js`).catch(() => {});
  if (which === 'pantau-complaint-trend') {
    const ds = lineDataset(300, 7);
    const table = {
      period: 'day',
      periods: Array.from(ds.dates, isoDay),
      series: [...ds.series],
      values: ds.values.map((v) => Array.from(v)),
      total: 0,
    };
    make = () => {
      const el = document.createElement(which);
      el.setAttribute('period', 'day');
      el.data = table;
      return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.chart path') };
    };
  } else if (which === 'pantau-compliance-map') {
    const ds = await mapDataset('id-provinces-38');
    const data = ds.ratings.map((r) => ({ code: String(r.key), score: r.score, year: 2022 }));
    make = () => {
      const el = document.createElement(which);
      el.setAttribute('scheme', 'ombudsman-2022');
      el.setAttribute('feature-key', ds.key);
      el.geo = ds.geo;
      el.data = data;
      return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.map path') };
    };
  } else if (which === 'pantau-service-standard') {
    const data = await (await fetch('/fixtures/services.json')).json();
    const first = (data.services ?? data)[0];
    make = () => {
      const el = document.createElement(which);
      if (first?.id) el.setAttribute('service', first.id);
      el.data = data;
      return { el, drawn: () => (el.shadowRoot?.textContent ?? '').trim().length > 0 };
    };
  } else {
    throw new Error(`unknown element ${which}`);
  }
  if (!customElements.get(which)) throw new Error(`<${which}> is not defined by dist/cdn`);
  return { ok: true };
}

/**
 * n cycles in batches of 10: create, set data, attach, wait until every one is drawn (at most
 * 10 frames), detach. Each instance is mounted and unmounted once; batching only saves frames.
 */
async function run(n) {
  const t0 = performance.now();
  let undrawn = 0;
  for (let i = 0; i < n; i += 10) {
    const batch = Array.from({ length: Math.min(10, n - i) }, make);
    for (const { el } of batch) container.append(el);
    await Promise.all(batch.map(({ el }) => el.updateComplete));
    for (let f = 0; f < 10 && !batch.every(({ drawn }) => drawn()); f++) {
      await frame();
      await Promise.all(batch.map(({ el }) => el.updateComplete));
    }
    undrawn += batch.filter(({ drawn }) => !drawn()).length;
    for (const { el } of batch) el.remove();
  }
  await frame();
  return { ms: performance.now() - t0, undrawn };
}

window.__cycles = { setup, run };
