// Observable Plot: one lineY mark over long-format records, SVG, with a colour legend.
import { lineY, plot } from '@observablehq/plot';
import { SERIES_COLOURS } from '../shared/style.js';

export function prepare(ds) {
  const values = [];
  ds.series.forEach((series, s) => {
    const v = ds.values[s];
    for (let i = 0; i < v.length; i++) values.push({ date: new Date(ds.dates[i]), series, value: v[i] });
  });
  return values;
}

export function render(container, values) {
  const figure = plot({
    width: container.clientWidth,
    height: container.clientHeight - 30,
    color: { legend: true, range: SERIES_COLOURS },
    marks: [lineY(values, { x: 'date', y: 'value', stroke: 'series', strokeWidth: 1.5 })],
  });
  container.replaceChildren(figure);
  return { container };
}

export function update(handle, values) {
  render(handle.container, values);
}
