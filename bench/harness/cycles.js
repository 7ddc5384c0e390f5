// Mounts and unmounts one pantau element many times, each time with its data set and the
// element fully drawn (a small data set: what is measured is what an instance leaves behind),
// so the runner can compare the JS heap before and after (growth = leak). Used by the memory
// section of `npm run bench` and by `npm run bench:memory` (page /cycles.html?el=<element>[@variant]).
//   variant: 'name' or 'src' for the map's loaders (see elements.js); 'interact' for a reader's
//   visit (hover, keys, select, open the list) before each element is removed.
import { makers } from './elements.js';

const [which, variant] = (new URLSearchParams(location.search).get('el') ?? '').split('@');
const container = document.getElementById('chart');
const frame = () => new Promise((r) => requestAnimationFrame(r));
let make;

async function setup() {
  await import('/cdn/pantau.js');
  if (!customElements.get(which)) await import(`/cdn/${which}.js`).catch(() => {});
  if (!customElements.get(which)) throw new Error(`<${which}> is not defined by dist/cdn`);
  make = await makers(which, { variant });
  return { ok: true };
}

// A reader's visit: hover a region, tab to the map, move with the arrow keys, select, open the list.
async function interact(el) {
  const root = el.shadowRoot;
  const path = root?.querySelector('svg.map path[data-i], svg.chart path');
  path?.dispatchEvent(
    new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 200, clientY: 100 }),
  );
  const focus = root?.querySelector('.map-focus, [tabindex="0"]');
  focus?.focus();
  for (const key of ['ArrowRight', 'ArrowDown', 'Enter', 'Escape'])
    focus?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  root?.querySelector('button[aria-controls$="-list"], .table-toggle')?.click();
  await el.updateComplete;
  await frame();
}

/**
 * n cycles in batches of 10: create, set data, attach, wait until every one is drawn (at most
 * 20 frames), detach. Each instance is mounted and unmounted once; batching only saves frames.
 */
async function run(n) {
  const t0 = performance.now();
  let undrawn = 0;
  for (let i = 0; i < n; i += 10) {
    const batch = Array.from({ length: Math.min(10, n - i) }, make);
    for (const { el } of batch) container.append(el);
    for (let f = 0; f < 20 && !batch.every(({ drawn }) => drawn()); f++) {
      await Promise.all(batch.map(({ el }) => el.updateComplete));
      await frame();
    }
    undrawn += batch.filter(({ drawn }) => !drawn()).length;
    if (variant === 'interact') for (const { el } of batch) await interact(el);
    for (const { el } of batch) el.remove();
  }
  await frame();
  await new Promise((r) => setTimeout(r, 50));
  return { ms: performance.now() - t0, undrawn };
}

window.__cycles = { setup, run };
