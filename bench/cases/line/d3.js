// The floor: hand-written SVG with d3-scale and d3-shape, every point drawn, no library.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { SERIES_COLOURS } from '../shared/style.js';

const NS = 'http://www.w3.org/2000/svg';
const M = { top: 10, right: 10, bottom: 40, left: 50 };

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
  const { dates, values, series } = ds;
  let top = 0;
  for (const v of values) for (let i = 0; i < v.length; i++) if (v[i] > top) top = v[i];
  const x = scaleUtc([dates[0], dates[dates.length - 1]], [M.left, w - M.right]);
  const y = scaleLinear([0, top], [h - M.bottom, M.top]).nice();
  const svg = el('svg', { width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img' });
  const axes = el('g', { 'font-size': 10, fill: 'currentColor' });
  const fx = x.tickFormat();
  for (const t of x.ticks(8))
    axes.append(el('text', { x: x(t), y: h - M.bottom + 14, 'text-anchor': 'middle' }, fx(t)));
  for (const t of y.ticks(6)) {
    axes.append(el('line', { x1: M.left, x2: w - M.right, y1: y(t), y2: y(t), stroke: '#ddd' }));
    axes.append(el('text', { x: M.left - 4, y: y(t) + 3, 'text-anchor': 'end' }, String(t)));
  }
  svg.append(axes);
  const path = line(
    (_, i) => x(dates[i]),
    (v) => y(v),
  );
  values.forEach((v, s) => {
    svg.append(
      el('path', { d: path(v), fill: 'none', stroke: SERIES_COLOURS[s], 'stroke-width': 1.5 }, undefined),
    );
  });
  series.forEach((name, s) => {
    svg.append(el('text', { x: M.left + s * 70, y: h - 6, fill: SERIES_COLOURS[s], 'font-size': 10 }, name));
  });
  container.replaceChildren(svg);
  return { container };
}

export function update(handle, ds) {
  return render(handle.container, ds);
}
