// pantau's <pantau-complaint-trend>, loaded from dist/cdn/pantau.js by the page (nothing is
// bundled here). Its ready-data form is a PeriodTable (one row of values per series), the
// counterpart of each peer's native data shape; records to aggregate would add that work.
import { isoDay } from '../shared/style.js';

export function prepare(ds) {
  const periods = Array.from(ds.dates, isoDay);
  const values = ds.values.map((v) => Array.from(v));
  let total = 0;
  for (const v of values) for (const x of v) total += x;
  return { period: 'day', periods, series: [...ds.series], values, total };
}

export async function render(container, table) {
  const el = document.createElement('pantau-complaint-trend');
  el.setAttribute('period', 'day');
  el.setAttribute('heading', 'Pengaduan per hari');
  // Its default look (legend, summary, axes, download button), with one exception so that it
  // draws what the peers draw: all ten lines. By default (max-series 8) pantau would sum the
  // three smallest series into one "Lainnya" line: two lines fewer than every peer. With ten
  // series, 10 and 0 ("never group") draw the same.
  el.setAttribute('max-series', '10');
  el.data = table;
  container.replaceChildren(el);
  await el.updateComplete;
  return { el, table };
}

export async function update(handle, table) {
  handle.el.data = table;
  await handle.el.updateComplete;
  return { el: handle.el, table };
}

/** Drawn when the plot shows the lines of this table (the harness waits for it after two frames). */
export function isDrawn({ el, table }) {
  const svg = el.shadowRoot?.querySelector('svg.chart');
  // The model holds its own copy of the table (series grouping), sharing the periods array.
  return !!svg && svg.querySelector('path') !== null && el.trendModel?.table.periods === table.periods;
}
