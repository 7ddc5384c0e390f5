// vega-embed with a Vega-Lite spec (compiled in the browser, as vega-embed does), canvas renderer
// (vega-embed's default), long-format records.
import embed from 'vega-embed';
import { SERIES_COLOURS } from '../shared/style.js';

export function prepare(ds) {
  const values = [];
  ds.series.forEach((series, s) => {
    const v = ds.values[s];
    for (let i = 0; i < v.length; i++) values.push({ date: ds.dates[i], series, value: v[i] });
  });
  return values;
}

export async function render(container, values) {
  const spec = {
    width: container.clientWidth - 120,
    height: container.clientHeight - 60,
    data: { name: 'table', values },
    mark: { type: 'line', strokeWidth: 1.5 },
    encoding: {
      x: { field: 'date', type: 'temporal' },
      y: { field: 'value', type: 'quantitative' },
      color: { field: 'series', type: 'nominal', scale: { range: SERIES_COLOURS } },
    },
  };
  const result = await embed(container, spec, { renderer: 'canvas', actions: false });
  return { view: result.view };
}

export async function update(handle, values) {
  await handle.view.data('table', values).runAsync();
}
