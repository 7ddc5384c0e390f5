// Apache ECharts through echarts/core: the map series, a piecewise visual map and a tooltip,
// canvas renderer (the default). ECharts projects planar lon/lat itself, so winding does not matter.
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { keyOf, toFeatures } from '../shared/geo.js';
import { BAND_COLOURS, BAND_LABELS, BAND_THRESHOLDS, NO_DATA } from '../shared/style.js';

use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

const edges = [0, ...BAND_THRESHOLDS, 100.01];
const pieces = BAND_LABELS.map((label, i) => ({
  gte: edges[i],
  lt: edges[i + 1],
  label,
  color: BAND_COLOURS[i],
}));

export function prepare(ds) {
  return ds;
}

let maps = 0;

export function render(container, ds) {
  const features = toFeatures(ds.geo, ds.object).map((f) => ({
    ...f,
    properties: { ...f.properties, key: String(keyOf(f, ds.key)) },
  }));
  const name = `case${maps++}`;
  registerMap(name, { type: 'FeatureCollection', features });
  const chart = init(container);
  chart.setOption({
    animation: false,
    tooltip: {},
    visualMap: { type: 'piecewise', pieces, outOfRange: { color: NO_DATA } },
    series: [
      {
        type: 'map',
        map: name,
        nameProperty: 'key',
        itemStyle: { areaColor: NO_DATA, borderColor: '#fff', borderWidth: 0.5 },
        data: ds.ratings.map((r) => ({ name: String(r.key), value: r.score })),
      },
    ],
  });
  return { chart };
}
