// Apache ECharts through echarts/core: the line chart, grid, legend and tooltip, canvas renderer
// (the default), no animation, no symbols, LTTB sampling as its large-data guide suggests.
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { SERIES_COLOURS } from '../shared/style.js';

use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function prepare(ds) {
  return ds.series.map((name, s) => {
    const v = ds.values[s];
    const data = new Array(v.length);
    for (let i = 0; i < v.length; i++) data[i] = [ds.dates[i], v[i]];
    return { name, type: 'line', showSymbol: false, sampling: 'lttb', lineStyle: { width: 1.5 }, data };
  });
}

export function render(container, series) {
  const chart = init(container);
  chart.setOption({
    animation: false,
    color: SERIES_COLOURS,
    legend: {},
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time' },
    yAxis: { type: 'value' },
    series,
  });
  return { chart };
}

export function update(handle, series) {
  handle.chart.setOption({ series });
}
