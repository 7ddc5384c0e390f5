// Chart.js with only what a line chart needs, tuned as its performance guide says for large
// data: no animation, no point markers, pre-parsed {x, y} data and min-max decimation.
import {
  Chart,
  Decimation,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { SERIES_COLOURS, isoDay } from '../shared/style.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Decimation);

export function prepare(ds) {
  return ds.series.map((label, s) => {
    const v = ds.values[s];
    const data = new Array(v.length);
    for (let i = 0; i < v.length; i++) data[i] = { x: ds.dates[i], y: v[i] };
    return {
      label,
      data,
      borderColor: SERIES_COLOURS[s],
      backgroundColor: SERIES_COLOURS[s],
      borderWidth: 1.5,
      pointRadius: 0,
    };
  });
}

export function render(container, datasets) {
  const canvas = document.createElement('canvas');
  container.replaceChildren(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: { x: { type: 'linear', ticks: { callback: (v) => isoDay(v) } } },
      plugins: { decimation: { enabled: true, algorithm: 'min-max' } },
    },
  });
  return { chart };
}

export function update(handle, datasets) {
  handle.chart.data.datasets = datasets;
  handle.chart.update();
}
