// Deterministic inputs shared by every peer: the same numbers for everyone in every run.

/** mulberry32: a small seeded PRNG, so each run draws the same data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SERIES = [
  'Agraria',
  'Kepegawaian',
  'Pendidikan',
  'Kesehatan',
  'Kepolisian',
  'Perhubungan',
  'Perizinan',
  'Kependudukan',
  'Sosial',
  'Lainnya',
];
const DAY = 86400000;
const START = Date.UTC(2000, 0, 1);

/**
 * `total` points over ten series: daily counts from 2000-01-01, a random walk with a weekly
 * rhythm, like complaints per channel. Dates are UTC midnights in ms; values are integers.
 */
export function lineDataset(total, seed = 7) {
  const n = Math.round(total / SERIES.length);
  const rand = prng(seed);
  const dates = new Float64Array(n);
  for (let i = 0; i < n; i++) dates[i] = START + i * DAY;
  const values = SERIES.map((_, s) => {
    const v = new Float64Array(n);
    let level = 40 + s * 12;
    for (let i = 0; i < n; i++) {
      level = Math.max(5, level + (rand() - 0.5) * 6);
      const weekday = (i + 6) % 7 < 5 ? 1 : 0.55;
      v[i] = Math.round(level * weekday + rand() * 8);
    }
    return v;
  });
  return { series: SERIES, dates, values, total: n * SERIES.length };
}

/** The map cases: file, TopoJSON object, join key (a property name, or null for the feature id), projection. */
export const MAPS = {
  'id-provinces-38': {
    file: '/fixtures/id-provinces-38.topo.json',
    object: 'indonesia-38-prov-topo',
    key: 'KODE_PROV',
    projection: 'mercator',
  },
  'id-regencies-507': {
    file: '/fixtures/id-regencies-507.geojson',
    object: null,
    key: 'WADMKK',
    projection: 'mercator',
  },
  'us-counties-3231': {
    file: '/fixtures/us-counties-10m.json',
    object: 'counties',
    key: null,
    projection: 'albers-usa',
  },
};

function keysOf(geo, object, key) {
  const items = geo.type === 'Topology' ? geo.objects[object].geometries : geo.features;
  return items.map((g) => (key ? g.properties?.[key] : g.id));
}

/** A parsed boundary file and one rating (score 0–100) per distinct region key. */
export async function mapDataset(name, seed = 11) {
  const spec = MAPS[name];
  const geo = await (await fetch(spec.file)).json();
  const rand = prng(seed);
  const keys = [...new Set(keysOf(geo, spec.object, spec.key))];
  const ratings = keys.map((key) => ({ key, score: Math.round(rand() * 1000) / 10 }));
  return { ...spec, geo, ratings, regions: keysOf(geo, spec.object, spec.key).length };
}
