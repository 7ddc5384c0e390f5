import { SCHEMES, ZONE_ONLY_BANDS, type Band, type Category, type Scheme, type Zone } from './schemes.js';

/** What a rating says about itself; any field may be missing. */
export interface Rated {
  score?: number;
  zone?: Zone;
  category?: Category;
}

/** Where a region's band came from: the publisher's category or zone, or derived from the score. */
export type BandSource = 'category' | 'zone' | 'score';

export interface Classified {
  band: Band;
  source: BandSource;
}

/** The band whose range holds the score (bands are best first, ranges inclusive of `min`). */
export function bandForScore(scheme: Scheme, score: number): Band | undefined {
  if (!Number.isFinite(score)) return undefined;
  return scheme.bands.find((b) => !b.zoneOnly && score >= b.min);
}

/**
 * The band a record is shown in. Published values win: in 2022 the Ombudsman called 79.85
 * "hijau" and 51.15 "merah", so a given category or zone is shown as given and a score is
 * turned into a band only when neither is. Under the category scheme a record with a zone
 * but no category goes to a "zone, no category" band rather than a guessed category.
 */
export function classify(record: Rated, scheme: Scheme): Classified | undefined {
  if (scheme.id === 'ombudsman-2022') {
    if (record.category) {
      const band = scheme.bands.find((b) => b.id === record.category);
      if (band) return { band, source: 'category' };
    }
    if (record.zone) {
      const band = ZONE_ONLY_BANDS.find((b) => b.zone === record.zone);
      if (band) return { band, source: 'zone' };
    }
  } else if (scheme.id === 'ombudsman-2021') {
    // A category gives its zone: A and B were green, C yellow, D and E red.
    const zone = record.zone ?? SCHEMES['ombudsman-2022'].bands.find((b) => b.id === record.category)?.zone;
    const band = zone ? scheme.bands.find((b) => b.zone === zone) : undefined;
    if (band) return { band, source: record.zone ? 'zone' : 'category' };
  }
  const band = record.score === undefined ? undefined : bandForScore(scheme, record.score);
  return band ? { band, source: 'score' } : undefined;
}

export interface LegendRow {
  band: Band;
  count: number;
}

/**
 * Legend rows: every band of the scheme, plus the "zone, no category" bands that are
 * actually used, each with how many regions it holds.
 */
export function legendRows(scheme: Scheme, classified: readonly (Classified | undefined)[]): LegendRow[] {
  const counts = new Map<string, number>();
  for (const c of classified) if (c) counts.set(c.band.id, (counts.get(c.band.id) ?? 0) + 1);
  const extra = scheme.id === 'ombudsman-2022' ? ZONE_ONLY_BANDS.filter((b) => counts.has(b.id)) : [];
  return [...scheme.bands, ...extra].map((band) => ({ band, count: counts.get(band.id) ?? 0 }));
}

/** Reads `hijau|kuning|merah` or `green|yellow|red` (any case). */
export function parseZone(value: unknown): Zone | undefined {
  const v = String(value ?? '')
    .trim()
    .toLowerCase();
  const map: Record<string, Zone> = {
    hijau: 'hijau',
    green: 'hijau',
    kuning: 'kuning',
    yellow: 'kuning',
    merah: 'merah',
    red: 'merah',
  };
  return map[v];
}

/** Reads a category `A`–`E` (any case). */
export function parseCategory(value: unknown): Category | undefined {
  const v = String(value ?? '')
    .trim()
    .toUpperCase();
  return /^[A-E]$/.test(v) ? (v as Category) : undefined;
}
