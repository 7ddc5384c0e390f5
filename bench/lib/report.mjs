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
const mb = (n) => (n === undefined || n === null ? '–' : (n / 1048576).toFixed(2));
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
    'Median time from data ready to painted chart (the element or chart is created and given its data in the timed task; painted = two animation frames after it is fully drawn), in ms, over fresh pages after warm-ups; the ratio is pantau ÷ that library. "Longest task" is the median over pages of the longest main-thread task during the render (long tasks are those over 50 ms; "<50" means none). pantau draws the trend in its default look (legend, summary, axes, download button) at its natural height, with all ten series as lines like every peer (`max-series="10"`; the default 8 would sum three into one line).',
  ];
  const groups = [
    ['line', 'peers', "### Trend chart, 10 series, in the peers' 960×500 box"],
    ['line', 'phone', '### Trend chart, 10 series, in a 360×640 phone box'],
    [
      'line',
      'legacy',
      "### Trend chart, 10 series, in earlier runs' 800×400 box (pantau's plot forced to 300 px)",
    ],
    ['map', 'map', '### Choropleth map, 800×500'],
  ];
  for (const [job, box, title] of groups) {
    const cases = RENDER_CASES.filter((c) => c.job === job && c.box === box);
    const rows = render.filter((r) => r.job === job && cases.some((c) => c.id === r.case));
    if (!rows.length) continue;
    const peers = [...new Set(rows.map((r) => r.peer))];
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
      title,
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
          (rows.find((r) => r.peer === p && r.renderer)?.renderer ?? RENDERERS[p] ?? '').replace(
            'svg',
            'SVG',
          ),
          ...cases.map((c) => cell(c, p)),
          ...cases.map((c) => task(c, p)),
        ]),
      ),
    );
  }
  return out.join('\n');
}

/** How the element got its data in a first-paint row (results before variants were ready data). */
const variantLabel = (e) => (e.variant === 'src' ? 'by `src`' : 'ready data');

function firstPaintTable(f) {
  const out = [
    '## First paint of each element alone',
    '',
    `Each element alone on a ${f.box} page with the CPU slowed ${f.slowdown}× (CDP, as Lighthouse's mobile profile; no network throttling), in two ways: *ready data* (made before the clock starts, then the element is created, given it and its CDN file added as a module script: the trend 10 series × 100 days as a \`PeriodTable\`, the map 38 provinces as \`.geo\` and \`.data\`, the card \`services.json\`, the stat its attributes) and *by \`src\`*, the embed a page writes (attributes only; the element fetches and reads its file inside the timed span: the stat a JSON list, the trend the demo's long-format CSV of Ombudsman reports filtered to one line, the map TopoJSON and ratings by URL, the card \`services.json\`). Bytes = gzip (level 9) of every pantau file the page fetched until the element was painted (two frames after it is drawn), so side files loaded later do not count; boundary data is not counted. Time and longest main-thread task (script compile and run included) are medians over the pages, worst beside it.`,
    '',
    table(
      [
        'element',
        'data',
        'files fetched before the first pixel',
        'gzip KB',
        'ms to painted',
        'longest task ms (worst)',
        'long tasks (last page)',
      ],
      f.elements.map((e) =>
        e.status === 'ok'
          ? [
              `\`<${e.element}>\``,
              variantLabel(e),
              e.files.map((x) => `${x.file} ${kb(x.gzip)}`).join(', '),
              kb(e.gzip),
              ms(e.ms),
              `${ms(e.longestTask)} (${ms(e.worstTask)})`,
              e.longTasks?.length ? e.longTasks.join(', ') : 'none',
            ]
          : [`\`<${e.element}>\``, variantLabel(e), e.status, e.error ?? '', '', '', ''],
      ),
    ),
    '',
    `Everything, all features loaded: ${kb(f.everything.gzip)} KB gzip = ${f.everything.files.join(' + ')} (the all-in-one file and every side file beside it; the single-element files repeat parts of it, \`pantau-data.js\` is inside it, and boundary data is not code).`,
  ];
  return out.join('\n');
}

/** The goals of issue 18, each with the figure of this run beside it. */
/** The goals of issue 18, each with the figure of this run beside it. */
function targets(r) {
  const rows = [];
  const get = (c, p) => r.render?.find((x) => x.case === c && x.peer === p)?.median ?? null;
  const check = (what, value, ok, shown) =>
    rows.push([
      what,
      value === null || value === undefined ? '–' : shown,
      value === null || value === undefined ? 'not measured' : ok ? 'met' : '**not met**',
    ]);
  // Median pages, and the best page of each (on a busy machine the noise only adds time, so the
  // fastest page is the other fair estimate); a goal counts as met only when both meet it.
  const best = (c, p) => {
    const xs = r.render?.find((x) => x.case === c && x.peer === p)?.samples ?? [];
    return xs.length ? Math.min(...xs) : null;
  };
  const vsFloor = (c, limit, what) => {
    const p = get(c, 'pantau');
    const d = get(c, 'd3');
    const pb = best(c, 'pantau');
    const db = best(c, 'd3');
    const v = p && d ? p / d : null;
    check(
      what ?? `${c} ≤ ${limit}× d3 floor`,
      v,
      v <= limit && pb / db <= limit,
      `median ${ms(p)} / ${ms(d)} ms = ${ratio(p, d)}; best page ${ms(pb)} / ${ms(db)} ms = ${ratio(pb, db)}`,
    );
  };
  if (r.render) {
    for (const box of ['', '-phone']) {
      vsFloor(`line-1k${box}`, 1.2);
      vsFloor(`line-10k${box}`, 1.2);
      vsFloor(`line-100k${box}`, 0.5);
    }
    vsFloor('line-10k-update', 1.0);
    for (const c of ['map-38', 'map-507', 'map-3231']) vsFloor(c, 1.0);
  }
  const heap = r.memory?.render;
  if (heap) {
    const kept = (p) => {
      const x = heap.find((y) => y.case === 'map-3231' && y.peer === p);
      return x?.heapAfter ? x.heapAfter - x.heapBefore : null;
    };
    const p = kept('pantau');
    const d = kept('d3');
    check(
      'JS heap kept after map-3231 ≤ 3× d3',
      p && d ? p / d : null,
      p / d <= 3,
      `${mb(p)} / ${mb(d)} MB = ${ratio(p, d)}`,
    );
  }
  const f = r.firstPaint;
  if (f) {
    for (const e of f.elements.filter((x) => x.status === 'ok'))
      check(
        `\`<${e.element}>\` (${variantLabel(e)}) bytes before the first pixel ≤ 30 KB gzip`,
        e.gzip,
        e.gzip <= 30 * 1024,
        `${kb(e.gzip)} KB`,
      );
    check(
      'everything, all features loaded, ≤ 70 KB gzip',
      f.everything.gzip,
      f.everything.gzip <= 70 * 1024,
      `${kb(f.everything.gzip)} KB`,
    );
    for (const e of f.elements.filter((x) => x.status === 'ok'))
      check(
        `\`<${e.element}>\` (${variantLabel(e)}) first paint: no task over 50 ms (CPU ${f.slowdown}× slower; median page)`,
        e.longestTask,
        e.longestTask <= 50,
        `longest ${ms(e.longestTask)} ms (worst ${ms(e.worstTask)})`,
      );
  }
  const m = r.mobile;
  if (m?.status === 'ok') {
    check(
      'demo on mobile Lighthouse: performance ≥ 95',
      m.performance,
      m.performance >= 95,
      String(m.performance),
    );
    check('demo: total blocking time ≤ 150 ms', m.tbt, m.tbt <= 150, `${ms(m.tbt)} ms`);
    check('demo: largest contentful paint ≤ 2.0 s', m.lcp, m.lcp <= 2000, `${ms(m.lcp)} ms`);
  }
  const note =
    'Render ratios are pantau ÷ hand-written d3, from the median pages and from the best page of each; a goal counts as met only when both meet it (on a busy machine noise only adds time). Bytes and tasks: see "First paint" below.';
  return rows.length
    ? ['## Goals (issue 18)', '', note, '', table(['goal', 'measured', ''], rows)].join('\n')
    : '';
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
                `\`<${c.element}>\``,
                c.cycles,
                (c.before / 1048576).toFixed(2),
                (c.after / 1048576).toFixed(2),
                ((c.after - c.before) / 1024).toFixed(0),
                c.msPerCycle.toFixed(1),
              ]
            : [`\`<${c.element}>\``, c.cycles ?? '–', c.status, c.error ?? '', '', ''],
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
  if (r.firstPaint) parts.push('', firstPaintTable(r.firstPaint));
  if (r.data) parts.push('', dataTable(r.data));
  if (r.memory) parts.push('', memoryTables(r.memory));
  if (r.mobile) parts.push('', mobileTable(r.mobile));
  return `${parts.join('\n')}\n`;
}
