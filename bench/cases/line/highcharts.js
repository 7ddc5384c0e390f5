// Highcharts core (its ES module build), no animation, no markers, [x, y] arrays (turbo mode).
import Highcharts from 'highcharts/esm/highcharts.src.js';
import { SERIES_COLOURS } from '../shared/style.js';

export function prepare(ds) {
  return ds.series.map((name, s) => {
    const v = ds.values[s];
    const data = new Array(v.length);
    for (let i = 0; i < v.length; i++) data[i] = [ds.dates[i], v[i]];
    return { name, data, type: 'line' };
  });
}

export function render(container, series) {
  const chart = Highcharts.chart(container, {
    chart: { animation: false },
    colors: SERIES_COLOURS,
    title: { text: undefined },
    credits: { enabled: false },
    xAxis: { type: 'datetime' },
    plotOptions: {
      series: { animation: false, lineWidth: 1.5, marker: { enabled: false }, turboThreshold: 0 },
    },
    series,
  });
  return { chart };
}

export function update(handle, series) {
  handle.chart.series.forEach((s, i) => s.setData(series[i].data, false));
  handle.chart.redraw(false);
}
