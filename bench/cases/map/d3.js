// The floor: hand-written SVG with d3-geo (rewinding RFC 7946 rings as pantau does) and a
// threshold colour per region, joined by key. No library beyond d3 and topojson-client.
import { geoAlbersUsa, geoMercator, geoPath } from 'd3-geo';
import { keyOf, rewind, toFeatures } from '../shared/geo.js';
import { BAND_COLOURS, BAND_LABELS, bandColour } from '../shared/style.js';

const NS = 'http://www.w3.org/2000/svg';

function el(name, attrs, text) {
  const e = document.createElementNS(NS, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  return e;
}

export function prepare(ds) {
  return ds;
}

export function render(container, ds) {
  const w = container.clientWidth;
  const h = container.clientHeight;
  const scores = new Map(ds.ratings.map((r) => [r.key, r.score]));
  const features = rewind(toFeatures(ds.geo, ds.object));
  const projection = (ds.projection === 'albers-usa' ? geoAlbersUsa() : geoMercator()).fitSize([w, h - 30], {
    type: 'FeatureCollection',
    features,
  });
  const path = geoPath(projection);
  const svg = el('svg', { width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img' });
  const g = el('g', { stroke: '#fff', 'stroke-width': 0.5 });
  for (const f of features) {
    const d = path(f);
    if (d) g.append(el('path', { d, fill: bandColour(scores.get(keyOf(f, ds.key))) }));
  }
  svg.append(g);
  BAND_LABELS.forEach((label, i) => {
    svg.append(el('rect', { x: 10 + i * 40, y: h - 20, width: 12, height: 12, fill: BAND_COLOURS[i] }));
    svg.append(el('text', { x: 26 + i * 40, y: h - 10, 'font-size': 10 }, label));
  });
  container.replaceChildren(svg);
  return { container };
}
