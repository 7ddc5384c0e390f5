// Markdown tables from the figures: absolute numbers with the ratio pantau ÷ peer next to them.
import { RENDER_CASES } from './render.mjs';
import { RENDERERS } from './size.mjs';

const NAMES = {
  pantau: 'pantau',
  d3: 'd3 (hand-written SVG, the floor)',
  chartjs: 'Chart.js',
  echarts: 'Apache ECharts',
  highcharts: 'Highcharts',
  vega: 'vega-embed + Vega-Lite',
  plot: 'Observable Plot',
};
const kb = (n) => (n === undefined || n === null ? '–' : (n / 1024).toFixed(1));
const ms = (n) => (n === undefined || n === null ? '–' : n < 10 ? n.toFixed(1) : Math.round(n).toString());
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

function sizeTables(size) {
  const out = [
    '## Size',
    '',
    "pantau's CDN files (self-contained: Lit, d3 modules and topojson-client inside). Raw = unminified build; min = minified (oxc, as shipped); gzip level 9; brotli quality 11.",
    '',
  ];
  out.push(
    table(
      ['file', 'raw KB', 'min KB', 'gzip KB', 'brotli KB', 'budget (gzip)'],
      size.pantau.map((f) => [
        f.file,
        kb(f.raw),
        kb(f.min),
        kb(f.gzip),
        kb(f.brotli),
        f.budget ? `${kb(f.budget)} KB ${f.gzip <= f.budget ? 'ok' : '**over**'}` : '–',
      ]),
    ),
  );
  const all = size.pantau.find((f) => f.file === 'pantau.js');
  for (const [job, el, title] of [
    ['line', 'pantau-complaint-trend.js', 'Line chart (10 series, legend, tooltip, axes)'],
    ['map', 'pantau-compliance-map.js', 'Choropleth (regions joined to ratings, banded colours, legend)'],
  ]) {
    const one = size.pantau.find((f) => f.file === el);
    out.push(
      '',
      `${title}: each peer's smallest realistic tree-shaken bundle for the job (Vite production build, same minifier). Ratios: pantau gzip ÷ peer gzip.`,
      '',
      table(
        ['library', 'draws to', 'min KB', 'gzip KB', 'brotli KB', `${el} ÷ peer`, 'pantau.js ÷ peer'],
        size.peers
          .filter((p) => p.job === job)
          .map((p) => [
            NAMES[p.peer],
            p.renderer,
            kb(p.min),
            kb(p.gzip),
            kb(p.brotli),
            ratio(one?.gzip, p.gzip),
            ratio(all?.gzip, p.gzip),
          ]),
      ),
    );
  }
  return out.join('\n');
}

function renderTables(render) {
  const out = [
    '## Render',
    '',
    'Median time from data ready to painted chart (around the render call plus two animation frames), in ms, over fresh pages after warm-ups; the ratio is pantau ÷ that library. "Longest task" is the median over pages of the longest main-thread task during the render (long tasks are those over 50 ms; "<50" means none).',
  ];
  for (const job of ['line', 'map']) {
    const cases = RENDER_CASES.filter((c) => c.job === job);
    const peers = [...new Set(render.filter((r) => r.job === job).map((r) => r.peer))];
    const get = (c, p) => render.find((r) => r.case === c.id && r.peer === p);
    const cell = (c, p) => {
      const r = get(c, p);
      if (!r) return '–';
      if (r.median === null) return r.status;
      const base = get(c, 'pantau');
      return p === 'pantau' ? ms(r.median) : `${ms(r.median)} (${ratio(base?.median, r.median)})`;
    };
    const task = (c, p) => {
      const r = get(c, p);
      return !r || r.median === null ? '–' : r.longestTask < 50 ? '<50' : ms(r.longestTask);
    };
    out.push(
      '',
      job === 'line' ? '### Trend chart, 10 series (daily points in all)' : '### Choropleth map',
      '',
      table(
        [
          'library',
          'draws to',
          ...cases.map((c) => `${c.id} ms (pantau ÷)`),
          ...cases.map((c) => `${c.id} longest task`),
        ],
        peers.map((p) => [
          NAMES[p],
          (
            render.find((r) => r.job === job && r.peer === p && r.renderer)?.renderer ??
            RENDERERS[p] ??
            ''
          ).replace('svg', 'SVG'),
          ...cases.map((c) => cell(c, p)),
          ...cases.map((c) => task(c, p)),
        ]),
      ),
    );
  }
  return out.join('\n');
}

function targets(r) {
  const rows = [];
  const get = (c, p) => r.render?.find((x) => x.case === c && x.peer === p)?.median ?? null;
  const check = (what, value, ok, shown) =>
    rows.push([
      what,
      shown ?? value,
      value === null || value === undefined ? 'not measured' : ok ? 'met' : '**missed**',
    ]);
  if (r.render) {
    const p10 = get('line-10k', 'pantau');
    const d10 = get('line-10k', 'd3');
    const peers10 = ['chartjs', 'echarts', 'highcharts', 'vega', 'plot']
      .map((p) => [p, get('line-10k', p)])
      .filter(([, v]) => v !== null);
    const fastest = peers10.sort((a, b) => a[1] - b[1])[0];
    check(
      'trend 10k ≤ 1.2× d3 floor',
      p10 && d10 ? p10 / d10 : null,
      p10 / d10 <= 1.2,
      p10 && d10 ? `${ms(p10)} / ${ms(d10)} ms = ${ratio(p10, d10)}` : undefined,
    );
    check(
      'trend 10k ≥ 2× faster than the fastest peer',
      p10 && fastest ? p10 / fastest[1] : null,
      p10 / fastest?.[1] <= 0.5,
      p10 && fastest
        ? `${ms(p10)} / ${ms(fastest[1])} ms (${NAMES[fastest[0]]}) = ${ratio(p10, fastest[1])}`
        : undefined,
    );
    const p100 = get('line-100k', 'pantau');
    const d100 = get('line-100k', 'd3');
    check(
      'trend 100k ≤ 0.5× d3 floor',
      p100 && d100 ? p100 / d100 : null,
      p100 / d100 <= 0.5,
      p100 && d100 ? `${ms(p100)} / ${ms(d100)} ms = ${ratio(p100, d100)}` : undefined,
    );
    for (const c of ['map-38', 'map-507', 'map-3231']) {
      const p = get(c, 'pantau');
      const d = get(c, 'd3');
      check(
        `${c} no slower than d3 floor`,
        p && d ? p / d : null,
        p / d <= 1,
        p && d ? `${ms(p)} / ${ms(d)} ms = ${ratio(p, d)}` : undefined,
      );
      const worst = r.render.find((x) => x.case === c && x.peer === 'pantau')?.worstTask;
      check(
        `${c} no main-thread task over 200 ms`,
        worst ?? null,
        worst <= 200,
        worst === undefined || worst === null
          ? undefined
          : worst < 50
            ? 'none over 50 ms'
            : `worst ${ms(worst)} ms`,
      );
    }
  }
  if (r.size) {
    for (const f of r.size.pantau) {
      if (f.budget)
        check(
          `${f.file} gzip within budget`,
          f.gzip,
          f.gzip <= f.budget,
          `${kb(f.gzip)} KB of ${kb(f.budget)} KB`,
        );
    }
  }
  return rows.length ? ['## Targets (issue 7)', '', table(['target', 'measured', ''], rows)].join('\n') : '';
}

function memoryTables(m) {
  const out = ['## Memory', ''];
  if (m.render?.length) {
    const peers = [...new Set(m.render.map((x) => x.peer))];
    const cases = [...new Set(m.render.map((x) => x.case))];
    const growth = (x) => (x?.heapAfter ? x.heapAfter - x.heapBefore : undefined);
    out.push(
      'JS heap kept by the chart after a forced GC: heap after the render minus heap before it (data already in memory), in MB; ratio pantau ÷ library. JS heap only: DOM nodes and canvas bitmaps live outside it.',
      '',
      table(
        ['case', ...peers.map((p) => NAMES[p])],
        cases.map((c) => {
          const base = growth(m.render.find((x) => x.case === c && x.peer === 'pantau'));
          return [
            c,
            ...peers.map((p) => {
              const x = m.render.find((y) => y.case === c && y.peer === p);
              const g = growth(x);
              if (g === undefined) return x?.status ?? '–';
              return p === 'pantau'
                ? (g / 1048576).toFixed(2)
                : `${(g / 1048576).toFixed(2)} (${ratio(base > 0 ? base : undefined, g > 0 ? g : undefined)})`;
            }),
          ];
        }),
      ),
    );
  }
  if (m.cycles?.length) {
    out.push(
      '',
      'Mount/unmount cycles of each pantau element, each drawn before it is removed (JS heap after a forced GC, after the warm-up cycles and after the measured ones; steady growth would be a leak).',
      '',
      table(
        ['element', 'cycles', 'heap before MB', 'heap after MB', 'growth KB', 'ms per cycle'],
        m.cycles.map((c) =>
          c.status === 'ok'
            ? [
                `<${c.element}>`,
                c.cycles,
                (c.before / 1048576).toFixed(2),
                (c.after / 1048576).toFixed(2),
                ((c.after - c.before) / 1024).toFixed(0),
                c.msPerCycle.toFixed(1),
              ]
            : [`<${c.element}>`, c.cycles ?? '–', c.status, c.error ?? '', '', ''],
        ),
      ),
    );
  }
  return out.join('\n');
}

function dataTable(d) {
  const out = ['## Data', ''];
  if (d.status !== 'ok')
    return [...out, `Not measured: ${d.status}${d.error ? ` (${d.error})` : ''}.`].join('\n');
  if (d.table) out.push(d.table);
  else out.push('```', d.stdout.trim(), '```');
  return out.join('\n');
}

function mobileTable(m) {
  const out = ['## Mobile (Lighthouse, mobile emulation, simulated throttling)', ''];
  if (m.status !== 'ok')
    return [...out, `Not measured: ${m.status}${m.error ? ` (${m.error})` : ''}.`].join('\n');
  out.push(
    `Lighthouse ${m.lighthouse} on the built demo (\`demo-dist/\`, served from 127.0.0.1), median of ${m.runs.length} run(s).`,
    '',
    table(
      ['page', 'performance', 'accessibility', 'total blocking time ms', 'largest contentful paint ms'],
      [[m.page, m.performance, m.accessibility, ms(m.tbt), ms(m.lcp)]],
    ),
  );
  return out.join('\n');
}

/** "size 3 s, render 300 s, …": wall time of each section, so a slow run shows where it went. */
export function sectionTimes(t) {
  return Object.entries(t ?? {})
    .map(([k, v]) => `${k} ${Math.round(v)} s`)
    .join(', ');
}

export function report(r) {
  const m = r.machine;
  const sections = sectionTimes(r.sectionSeconds);
  const parts = [
    `# pantau benchmarks${r.quick ? ' (quick run: fewer pages, not for publishing)' : ''}`,
    '',
    `${r.date.slice(0, 10)} · ${m.cpu}, ${m.cores} cores · ${m.platform} · Node ${m.node}${m.chromium ? ` · Chromium ${m.chromium}` : ''} · ${r.seconds} s${sections ? ` (${sections})` : ''} · load average ${m.loadBefore?.[0]} before, ${m.loadAfter?.[0]} after (the machine is shared: ratios from one run are fairer than absolute times)`,
  ];
  const t = targets(r);
  if (t) parts.push('', t);
  if (r.size) parts.push('', sizeTables(r.size));
  if (r.render) parts.push('', renderTables(r.render));
  if (r.data) parts.push('', dataTable(r.data));
  if (r.memory) parts.push('', memoryTables(r.memory));
  if (r.mobile) parts.push('', mobileTable(r.mobile));
  return `${parts.join('\n')}\n`;
}
