// Highcharts with its Maps module (Highmaps as a plugin), colour-axis data classes, no animation.
// Highcharts projects planar-ly per polygon, so winding does not matter.
import Highcharts from 'highcharts/esm/highcharts.src.js';
import 'highcharts/esm/modules/map.src.js';
import { keyOf, toFeatures } from '../shared/geo.js';
import { BAND_COLOURS, BAND_LABELS, BAND_THRESHOLDS, NO_DATA } from '../shared/style.js';

const edges = [0, ...BAND_THRESHOLDS, 100.01];
const dataClasses = BAND_LABELS.map((name, i) => ({
  from: edges[i],
  to: edges[i + 1],
  color: BAND_COLOURS[i],
  name,
}));

const PROJECTIONS = {
  mercator: { name: 'WebMercator' },
  'albers-usa': { name: 'LambertConformalConic', parallels: [29.5, 45.5], rotation: [96] },
};

export function prepare(ds) {
  return ds;
}

export function render(container, ds) {
  const features = toFeatures(ds.geo, ds.object).map((f) => ({
    ...f,
    properties: { ...f.properties, key: String(keyOf(f, ds.key)) },
  }));
  const chart = Highcharts.mapChart(container, {
    chart: { animation: false },
    title: { text: undefined },
    credits: { enabled: false },
    mapView: { projection: PROJECTIONS[ds.projection] },
    colorAxis: { dataClasses },
    series: [
      {
        type: 'map',
        mapData: { type: 'FeatureCollection', features },
        joinBy: ['key', 'key'],
        data: ds.ratings.map((r) => ({ key: String(r.key), value: r.score })),
        nullColor: NO_DATA,
        borderColor: '#fff',
        borderWidth: 0.5,
        animation: false,
      },
    ],
  });
  return { chart };
}
