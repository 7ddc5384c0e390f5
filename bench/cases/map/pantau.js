// pantau's <pantau-compliance-map>, loaded from dist/cdn/pantau.js by the page (nothing is
// bundled here): the parsed boundary file as `.geo`, ratings as `.data`, joined by code (or by
// name for the regencies, which have no codes), banded by the Ombudsman 2022 scheme.

export function prepare(ds) {
  const byName = ds.key === 'WADMKK';
  const data = ds.ratings.map((r) =>
    byName
      ? { name: r.key, score: r.score, year: 2022 }
      : { code: String(r.key), score: r.score, year: 2022 },
  );
  return { ds, data, byName };
}

export async function render(container, { ds, data, byName }) {
  const el = document.createElement('pantau-compliance-map');
  el.setAttribute('scheme', 'ombudsman-2022');
  el.setAttribute('projection', ds.projection);
  if (ds.object) el.setAttribute('geo-object', ds.object);
  if (byName) el.setAttribute('name-key', ds.key);
  else el.setAttribute('feature-key', ds.key ?? 'id');
  el.geo = ds.geo;
  el.data = data;
  container.replaceChildren(el);
  await el.updateComplete;
  return { el, regions: ds.regions };
}

/**
 * Drawn when every region is in the page: large maps arrive in time-sliced chunks, and timing
 * only the first chunk would flatter pantau (the harness waits for this after two frames).
 */
export function isDrawn({ el }) {
  const svg = el.shadowRoot?.querySelector('svg.map');
  return !!svg && svg.querySelector('g.regions[data-complete="true"]') !== null;
}
