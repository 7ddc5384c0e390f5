// The service standard section: one full card (picked from the catalogue with the select) and
// a grid of compact tiles, all reading the same sample catalogue (fetched once, then cached).
import '../../src/elements/service-standard/pantau-service-standard.js';

const SRC = './data/services/services.json';

const grid = document.querySelector<HTMLElement>('#service-grid');
const full = document.querySelector<HTMLElement>('#service-full');
const picker = document.querySelector<HTMLSelectElement>('#service-pick');

interface Entry {
  id: string;
  name: string;
}

async function catalogue(): Promise<Entry[]> {
  const res = await fetch(SRC);
  const json = (await res.json()) as { services: Entry[] };
  return json.services;
}

function tile(id: string): HTMLElement {
  const el = document.createElement('pantau-service-standard');
  el.setAttribute('src', SRC);
  el.setAttribute('service', id);
  el.setAttribute('variant', 'compact');
  // Below the full card: each tile reads the catalogue when scrolled near.
  el.setAttribute('loading', 'lazy');
  el.setAttribute('heading-level', '4');
  el.setAttribute('details-href', `#service-standard`);
  // One JSON-LD block per page is enough: the full card already adds it.
  el.setAttribute('no-json-ld', '');
  // The tile's "details" link jumps to the full card: show this service there.
  el.addEventListener('click', (e) => {
    if (!e.composedPath().some((n) => n instanceof HTMLAnchorElement)) return;
    if (picker) picker.value = id;
    full?.setAttribute('service', id);
  });
  return el;
}

void catalogue().then((services) => {
  for (const s of services) {
    if (picker) picker.append(new Option(s.name, s.id));
    grid?.append(tile(s.id));
  }
  if (picker) picker.value = full?.getAttribute('service') ?? '';
});

picker?.addEventListener('change', () => full?.setAttribute('service', picker.value));
