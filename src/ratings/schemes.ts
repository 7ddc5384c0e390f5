import type { TokenName } from '../styles/palette.js';

export type Zone = 'hijau' | 'kuning' | 'merah';
export type Category = 'A' | 'B' | 'C' | 'D' | 'E';
/** The quality levels the Ombudsman's opinions name, best first ("kualitas tertinggi" …). */
export type Quality = 'tertinggi' | 'tinggi' | 'sedang' | 'rendah' | 'terendah';
export type SchemeId = 'ombudsman-2021' | 'ombudsman-2022' | 'ombudsman-2025' | 'custom';
export type Text = { id: string; en: string };

/**
 * One band of a scale: a label, a colour and what it stands for — a score range (inclusive
 * `min`, up to `max`) and/or the published zone, category or opinion it holds.
 */
export interface Band {
  id: string;
  label: Text;
  /** Score range; a band without one only holds published values. */
  min?: number;
  max?: number;
  /** A design token (`zone-green`) or, for custom bands, any CSS colour. */
  color: TokenName | string;
  /** Pattern drawn over the colour so colour is never the only cue (0 = plain). */
  pattern: number;
  zone?: Zone;
  category?: Category;
  /** The opinion's quality level this band holds. */
  quality?: Quality;
  /** Whether the opinion says "tanpa maladministrasi"; unset: the scale does not tell. */
  clean?: boolean;
  /** A band outside the scale for a published value it cannot place; listed only when used. */
  zoneOnly?: boolean;
}

export interface Scheme {
  id: SchemeId;
  name: Text;
  /** Rating years published under this scale (inclusive; open-ended when unset). */
  years?: { from?: number; to?: number };
  /** Best first. */
  bands: Band[];
  /** What a published zone lacks under this scale ("tanpa kategori"); unset: zones are not read. */
  open?: Text;
}

/** A custom band as given by the `thresholds` property: from `min` up to the next band. */
export interface Threshold {
  min: number;
  label: string | Text;
  color?: string;
}

const ZONE_NAMES: Record<Zone, string> = { hijau: 'Green', kuning: 'Yellow', merah: 'Red' };
const QUALITY: Record<Quality, [en: string, category: Category, zone: Zone]> = {
  tertinggi: ['highest quality', 'A', 'hijau'],
  tinggi: ['high quality', 'B', 'hijau'],
  sedang: ['medium quality', 'C', 'kuning'],
  rendah: ['low quality', 'D', 'merah'],
  terendah: ['lowest quality', 'E', 'merah'],
};
export const QUALITIES = Object.keys(QUALITY) as Quality[];

// A zone's labels and colour token follow from its name: hijau, Green, zone-green.
const zoneBand = (zone: Zone, pattern: number, min: number, max: number): Band => ({
  id: zone,
  label: { id: `Zona ${zone}`, en: `${ZONE_NAMES[zone]} zone` },
  min,
  max,
  color: `zone-${ZONE_NAMES[zone].toLowerCase()}` as TokenName,
  pattern,
  zone,
});

const ZONES: Band[] = [
  zoneBand('hijau', 0, 81, 100),
  zoneBand('kuning', 2, 51, 80.99),
  zoneBand('merah', 3, 0, 50.99),
];

/** Category bands of 2022–2024: each is a quality level ("B · kualitas tinggi") in a zone. */
const cat = (q: Quality, min: number, max: number, pattern: number): Band => {
  const [en, c, zone] = QUALITY[q];
  const color = `category-${c.toLowerCase()}` as TokenName;
  return {
    id: c,
    label: { id: `${c} · kualitas ${q}`, en: `${c} · ${en}` },
    min,
    max,
    color,
    pattern,
    zone,
    category: c,
    quality: q,
  };
};

/**
 * 2025 opinions: each quality level with and without "tanpa maladministrasi", no score range.
 * The level keeps its category colour; the two opinions of a level differ by pattern.
 */
const opinion = (q: Quality, clean: boolean, pattern: number): Band => {
  const [en, c] = QUALITY[q];
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return {
    id: `${q}${clean ? '-tm' : ''}`,
    label: {
      id: `Kualitas ${cap(q)}${clean ? ' Tanpa Maladministrasi' : ''}`,
      en: `${cap(en)}${clean ? ', no maladministration' : ''}`,
    },
    color: `category-${c.toLowerCase()}` as TokenName,
    pattern,
    quality: q,
    clean,
  };
};

/** The published scales, one entry each; a scale is picked by its `years`. */
export const SCHEMES: Record<Exclude<SchemeId, 'custom'>, Scheme> = {
  'ombudsman-2021': {
    id: 'ombudsman-2021',
    name: { id: 'Ombudsman RI s.d. 2021 (zona)', en: 'Ombudsman RI up to 2021 (zones)' },
    years: { to: 2021 },
    bands: ZONES,
  },
  'ombudsman-2022': {
    id: 'ombudsman-2022',
    name: { id: 'Ombudsman RI 2022–2024 (kategori A–E)', en: 'Ombudsman RI 2022–2024 (categories A–E)' },
    years: { from: 2022, to: 2024 },
    bands: [
      cat('tertinggi', 88, 100, 0),
      cat('tinggi', 78, 87.99, 1),
      cat('sedang', 54, 77.99, 2),
      cat('rendah', 32, 53.99, 3),
      cat('terendah', 0, 31.99, 4),
    ],
    open: { id: 'tanpa kategori', en: 'no category' },
  },
  'ombudsman-2025': {
    id: 'ombudsman-2025',
    name: {
      id: 'Ombudsman RI sejak 2025 (opini penilaian maladministrasi)',
      en: 'Ombudsman RI from 2025 (maladministration assessment opinions)',
    },
    years: { from: 2025 },
    // Patterns 5–7 are the zone-only bands'; 8–12 are this scale's own.
    bands: QUALITIES.flatMap((q, i) => [opinion(q, true, i), opinion(q, false, 8 + i)]),
    open: { id: 'tanpa opini', en: 'no opinion' },
  },
};

/** The scale assumed for ratings whose year is unknown: the last one with score ranges. */
export const DEFAULT_SCHEME: Exclude<SchemeId, 'custom'> = 'ombudsman-2022';

/**
 * From this year the Ombudsman publishes an opinion on maladministration instead of a score, so
 * a score of such a year is never turned into a zone or category.
 */
export const OPINION_FROM = SCHEMES['ombudsman-2025'].years!.from!;

/** The scale a rating year was published under (`DEFAULT_SCHEME` when the year is unknown). */
export function schemeForYear(year: number | undefined): Exclude<SchemeId, 'custom'> {
  if (year === undefined) return DEFAULT_SCHEME;
  const hit = Object.values(SCHEMES).find(
    (s) => (s.years?.from ?? -Infinity) <= year && year <= (s.years?.to ?? Infinity),
  );
  return hit?.id === 'custom' || !hit ? DEFAULT_SCHEME : hit.id;
}

/** The category a quality level names, and the zone it lies in (2022–2024). */
export const categoryOfQuality = (q: Quality): Category => QUALITY[q][1];
export const zoneOfCategory = (c: Category): Zone => Object.values(QUALITY).find(([, cc]) => cc === c)![2];

/** Builds a scheme from custom thresholds, best (highest `min`) first; the top band ends at 100 or its own min. */
export function customScheme(thresholds: readonly Threshold[]): Scheme {
  const sorted = [...thresholds].filter((t) => Number.isFinite(t.min)).sort((a, b) => b.min - a.min);
  const bands = sorted.map((t, i): Band => {
    const label = typeof t.label === 'string' ? { id: t.label, en: t.label } : t.label;
    const upper = i === 0 ? Math.max(100, t.min) : sorted[i - 1]!.min - 0.01;
    const series = `series-${(i % 8) + 1}` as TokenName;
    return { id: `band-${i}`, label, min: t.min, max: upper, color: t.color ?? series, pattern: i % 5 };
  });
  return { id: 'custom', name: { id: 'Ambang kustom', en: 'Custom thresholds' }, bands };
}

const zoneOnly = new WeakMap<Scheme, Band[]>();

/** Extra bands for a published zone a scale cannot place ("Zona hijau (tanpa kategori)"), one set per scale. */
export function zoneOnlyBands(scheme: Scheme): Band[] {
  const open = scheme.open;
  if (!open) return [];
  let bands = zoneOnly.get(scheme);
  if (!bands)
    zoneOnly.set(
      scheme,
      (bands = ZONES.map((z, i) => ({
        ...z,
        min: undefined,
        max: undefined,
        id: `zone-${z.id}`,
        label: { id: `${z.label.id} (${open.id})`, en: `${z.label.en} (${open.en})` },
        // Patterns no scale band uses, so a zone-only region never looks like a category.
        pattern: 5 + i,
        zoneOnly: true,
      }))),
    );
  return bands;
}
