// Each pantau element as a page would make it, with its data set: `make()` returns a new
// element (not attached) and `drawn()`, true once it shows what its data says. Shared by the
// mount/unmount cycles (cycles.js, `npm run bench:memory`) and the first-paint pages
// (first-paint.js). `drawn()` reads the shadow DOM: the one place the bench knows internals.
import { lineDataset, mapDataset } from './data.js';

export const ELEMENTS = [
  'pantau-stat',
  'pantau-complaint-trend',
  'pantau-compliance-map',
  'pantau-service-standard',
];

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * Makers for `which` (an element name). `variant` 'src' is the embed a page writes: attributes
 * only, the data fetched by URL and read by the element (the stat a JSON list and `select`, the
 * trend the demo's long-format CSV of Ombudsman reports filtered to one line, the map geometry
 * and ratings by URL, the card `services.json`). For the map, 'name' uses the bundled
 * boundaries by name; anything else gives the data ready (`.data`, the map's `.geo`).
 * `points` is the trend's size for ready data (ten series).
 */
export async function makers(which, { variant, points = 300 } = {}) {
  if (which === 'pantau-stat' && variant === 'src') {
    return () => {
      const el = document.createElement(which);
      el.setAttribute('src', '/fixtures/stats.json');
      el.setAttribute('select', 'laporan-2024');
      return { el, drawn: () => !!el.shadowRoot?.querySelector('.value') };
    };
  }
  if (which === 'pantau-complaint-trend' && variant === 'src') {
    const attrs = {
      src: '/fixtures/complaints.csv',
      period: 'year',
      'date-field': 'year',
      'value-field': 'count',
      filter:
        'scope=Ombudsman RI (national)&period=full year&category=total&metric=laporan diterima&metric=laporan masyarakat',
      subject: 'Laporan masyarakat',
    };
    return () => {
      const el = document.createElement(which);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.chart path') };
    };
  }
  if (which === 'pantau-service-standard' && variant === 'src') {
    return () => {
      const el = document.createElement(which);
      el.setAttribute('src', '/fixtures/services.json');
      // Its loading notice is text too: drawn is the service's own name on the card.
      return { el, drawn: () => (el.shadowRoot?.textContent ?? '').includes('KTP-el') };
    };
  }
  if (which === 'pantau-stat') {
    const attrs = {
      label: 'Pengaduan selesai',
      value: '10846',
      previous: '8452',
      unit: 'laporan',
      period: '2024',
      source: 'Ombudsman RI',
      updated: '2025-01-15',
    };
    return () => {
      const el = document.createElement(which);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      return { el, drawn: () => !!el.shadowRoot?.querySelector('.value') };
    };
  }
  if (which === 'pantau-complaint-trend') {
    const ds = lineDataset(points, 7);
    const table = {
      period: 'day',
      periods: Array.from(ds.dates, isoDay),
      series: [...ds.series],
      values: ds.values.map((v) => Array.from(v)),
      total: 0,
    };
    return () => {
      const el = document.createElement(which);
      el.setAttribute('period', 'day');
      el.data = table;
      return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.chart path') };
    };
  }
  if (which === 'pantau-compliance-map' && (variant === 'name' || variant === 'src')) {
    // The shipped boundaries (data, not code) are fetched only for the map that names them.
    if (variant === 'name') await import('/cdn/pantau-id-provinces.js');
    const rows = await (await fetch('/fixtures/ratings-38.json')).json();
    return () => {
      const el = document.createElement(which);
      if (variant === 'src') {
        el.setAttribute('geo-src', '/fixtures/id-provinces-38.topo.json');
        el.setAttribute('feature-key', 'id');
        el.setAttribute('src', '/fixtures/ratings-38.json');
      } else {
        el.setAttribute('geo', 'id-provinces');
        el.data = rows;
      }
      return { el, drawn: () => !!el.shadowRoot?.querySelector('svg.map path') };
    };
  }
  if (which === 'pantau-compliance-map') {
    const ds = await mapDataset('id-provinces-38');
    const data = ds.ratings.map((r) => ({ code: String(r.key), score: r.score, year: 2022 }));
    return () => {
      const el = document.createElement(which);
      el.setAttribute('scheme', 'ombudsman-2022');
      el.setAttribute('feature-key', ds.key);
      el.geo = ds.geo;
      el.data = data;
      return {
        el,
        // Every region in the page (large maps arrive in chunks; 38 regions come in one).
        drawn: () => !!el.shadowRoot?.querySelector('svg.map g.regions[data-complete="true"]'),
      };
    };
  }
  if (which === 'pantau-service-standard') {
    const data = await (await fetch('/fixtures/services.json')).json();
    return () => {
      const el = document.createElement(which);
      el.data = data;
      return { el, drawn: () => (el.shadowRoot?.textContent ?? '').trim().length > 0 };
    };
  }
  throw new Error(`unknown element ${which}`);
}
