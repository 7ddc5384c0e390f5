import { categoryOfQuality, zoneOfCategory, type Band, type Category, type Zone } from './bands.js';
import { zoneOnlyBands, type Scheme } from './schemes.js';
import { readRatingWords, roundScore } from './rating-text.js';

/** What a rating says about itself; any field may be missing. */
export interface Rated {
  score?: number;
  zone?: Zone;
  category?: Category;
  /** The opinion as published ("Kualitas Tinggi", "Opini Kualitas Tertinggi Tanpa Maladministrasi"). */
  opinion?: string;
}

/** Where a region's band came from: the publisher's category, zone or opinion, or the score. */
export type BandSource = 'category' | 'zone' | 'opinion' | 'score';

export interface Classified {
  band: Band;
  source: BandSource;
  /**
   * What settled the category a published zone left open: the score or the opinion (the zone
   * holds several categories), or the zone itself (it holds one, as yellow holds only C).
   */
  settledBy?: 'score' | 'opinion' | 'zone';
}

/** The band whose range holds the score rounded to two decimals (bands are best first). */
export function bandForScore(scheme: Scheme, score: number): Band | undefined {
  if (!Number.isFinite(score)) return undefined;
  const s = roundScore(score);
  return scheme.bands.find((b) => b.min !== undefined && s >= b.min);
}

/** The scale's band an opinion names: its quality level, and "tanpa maladministrasi" where the scale tells. */
export function bandForOpinion(scheme: Scheme, opinion: string | undefined): Band | undefined {
  const w = opinion === undefined ? undefined : readRatingWords(opinion);
  if (!w?.quality) return undefined;
  // A scale that does not tell the two apart cannot read an opinion that does.
  return scheme.bands.find(
    (b) => b.quality === w.quality && (b.clean === undefined ? w.clean === undefined : b.clean === !!w.clean),
  );
}

/**
 * The band a record is shown in. Published values win: in 2022 the Ombudsman called 79.85
 * "hijau" and 51.15 "merah", so a given category, opinion or zone is shown as given, and a
 * score is turned into a band only when none is. A zone that holds several bands is narrowed
 * by the opinion or the score only when they fall inside it; otherwise it goes to a "zone, no
 * category" band rather than a guessed one.
 */
export function classify(record: Rated, scheme: Scheme): Classified | undefined {
  const words = record.opinion === undefined ? undefined : readRatingWords(record.opinion);
  const category = record.category ?? words?.category;
  if (category) {
    const band = scheme.bands.find((b) => b.category === category);
    if (band) return { band, source: record.category ? 'category' : 'opinion' };
  }
  // A quality level names a category, and so a zone, on the scales before 2025 only.
  const level = words?.quality && words.clean === undefined ? categoryOfQuality(words.quality) : undefined;
  const zone = record.zone ?? words?.zone ?? ((category ?? level) && zoneOfCategory((category ?? level)!));
  const named = bandForOpinion(scheme, record.opinion);
  if (named && (!zone || !named.zone || named.zone === zone))
    return record.zone
      ? { band: named, source: 'zone', settledBy: 'opinion' }
      : { band: named, source: 'opinion' };
  const source: BandSource = record.zone ? 'zone' : record.category ? 'category' : 'opinion';
  if (zone && scheme.bands.some((b) => b.zone)) {
    const inZone = scheme.bands.filter((b) => b.zone === zone);
    // The zone is a band of this scale (up to 2021), or the only category in it (yellow is C).
    if (inZone.length === 1) {
      const band = inZone[0]!;
      return band.category ? { band, source, settledBy: 'zone' } : { band, source };
    }
    const scored = record.score === undefined ? undefined : bandForScore(scheme, record.score);
    if (scored && inZone.includes(scored)) return { band: scored, source, settledBy: 'score' };
  }
  if (zone) {
    const band = zoneOnlyBands(scheme).find((b) => b.zone === zone);
    if (band) return { band, source };
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
  const extra = zoneOnlyBands(scheme).filter((b) => counts.has(b.id));
  return [...scheme.bands, ...extra].map((band) => ({ band, count: counts.get(band.id) ?? 0 }));
}
