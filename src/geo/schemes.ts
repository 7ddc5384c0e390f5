import type { TokenName } from '../styles/palette.js';

export type Zone = 'hijau' | 'kuning' | 'merah';
export type Category = 'A' | 'B' | 'C' | 'D' | 'E';
export type SchemeId = 'ombudsman-2021' | 'ombudsman-2022' | 'custom';
export type Text = { id: string; en: string };

/** One band of a scale: a score range (inclusive `min`, up to `max`), a label and a colour. */
export interface Band {
  id: string;
  label: Text;
  min: number;
  max: number;
  /** A design token (`zone-green`) or, for custom bands, any CSS colour. */
  color: TokenName | string;
  /** Pattern drawn over the colour so colour is never the only cue (0 = plain). */
  pattern: number;
  zone?: Zone;
  /** Bands that only hold a published zone without a category; they have no score range. */
  zoneOnly?: boolean;
}

export interface Scheme {
  id: SchemeId;
  name: Text;
  /** Best first. */
  bands: Band[];
}

/** A custom band as given by the `thresholds` property: from `min` up to the next band. */
export interface Threshold {
  min: number;
  label: string | Text;
  color?: string;
}

// A zone's labels and colour token follow from its name and colour: hijau, Green, zone-green.
const zoneBand = (zone: Zone, colour: string, pattern: number, min: number, max: number): Band => ({
  id: zone,
  label: { id: `Zona ${zone}`, en: `${colour} zone` },
  min,
  max,
  color: `zone-${colour.toLowerCase()}` as TokenName,
  pattern,
  zone,
});

const ZONES: Band[] = [
  zoneBand('hijau', 'Green', 0, 81, 100),
  zoneBand('kuning', 'Yellow', 2, 51, 80.99),
  zoneBand('merah', 'Red', 3, 0, 50.99),
];

const cat = (
  c: Category,
  id: string,
  en: string,
  min: number,
  max: number,
  zone: Zone,
  pattern: number,
): Band => ({
  id: c,
  label: { id: `${c} · ${id}`, en: `${c} · ${en}` },
  min,
  max,
  color: `category-${c.toLowerCase()}` as TokenName,
  pattern,
  zone,
});

export const SCHEMES: Record<Exclude<SchemeId, 'custom'>, Scheme> = {
  'ombudsman-2021': {
    id: 'ombudsman-2021',
    name: { id: 'Ombudsman RI s.d. 2021 (zona)', en: 'Ombudsman RI up to 2021 (zones)' },
    bands: ZONES,
  },
  'ombudsman-2022': {
    id: 'ombudsman-2022',
    name: { id: 'Ombudsman RI 2022–2024 (kategori A–E)', en: 'Ombudsman RI 2022–2024 (categories A–E)' },
    bands: [
      cat('A', 'kualitas tertinggi', 'highest quality', 88, 100, 'hijau', 0),
      cat('B', 'kualitas tinggi', 'high quality', 78, 87.99, 'hijau', 1),
      cat('C', 'kualitas sedang', 'medium quality', 54, 77.99, 'kuning', 2),
      cat('D', 'kualitas rendah', 'low quality', 32, 53.99, 'merah', 3),
      cat('E', 'kualitas terendah', 'lowest quality', 0, 31.99, 'merah', 4),
    ],
  },
};

/**
 * From this year the Ombudsman publishes an opinion on maladministration instead of a score, so
 * a score of such a year is never turned into a zone or category.
 */
export const OPINION_FROM = 2025;

/** The scheme a rating year was published under: zones up to 2021, categories from 2022. */
export function schemeForYear(year: number | undefined): Exclude<SchemeId, 'custom'> {
  return year !== undefined && year <= 2021 ? 'ombudsman-2021' : 'ombudsman-2022';
}

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

/** Extra bands for records that carry a published zone but no category under a category scheme. */
export const ZONE_ONLY_BANDS: readonly Band[] = ZONES.map((z, i) => ({
  ...z,
  id: `zone-${z.id}`,
  label: { id: `${z.label.id} (tanpa kategori)`, en: `${z.label.en} (no category)` },
  // Patterns no category band uses, so a zone-only region never looks like a category.
  pattern: 5 + i,
  zoneOnly: true,
}));
