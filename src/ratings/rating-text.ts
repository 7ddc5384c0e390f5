import { categoryOfQuality, zoneOfCategory, type Category, type Quality, type Zone } from './bands.js';

/** What a published rating text says: any of a zone, a category, a quality level, "tanpa maladministrasi". */
export interface RatingWords {
  zone?: Zone;
  category?: Category;
  quality?: Quality;
  /** True for "tanpa maladministrasi", false for "dengan maladministrasi"; unset when not said. */
  clean?: boolean;
}

const ZONE_WORDS: Record<string, Zone> = {
  hijau: 'hijau',
  green: 'hijau',
  kuning: 'kuning',
  yellow: 'kuning',
  merah: 'merah',
  red: 'merah',
};
const LEVELS: Record<string, Quality> = {
  tertinggi: 'tertinggi',
  highest: 'tertinggi',
  tinggi: 'tinggi',
  high: 'tinggi',
  sedang: 'sedang',
  medium: 'sedang',
  moderate: 'sedang',
  rendah: 'rendah',
  low: 'rendah',
  terendah: 'terendah',
  lowest: 'terendah',
};
// Up to 2021 a zone was also called by its compliance level: "kepatuhan tinggi" is the green zone.
const COMPLIANCE: Partial<Record<Quality, Zone>> = { tinggi: 'hijau', sedang: 'kuning', rendah: 'merah' };
// Words that frame a rating without changing it ("Opini Ombudsman RI", "Predikat", "Nasional").
const FILLER = new Set(
  'opini opinion ombudsman ori ri predikat pelayanan publik public service nasional national hasil result penilaian the of zona zonasi zone kategori category nilai grade kualitas quality kepatuhan compliance tanpa without no bebas free dengan with'.split(
    ' ',
  ),
);
const MAL = /^mala?administra(si|tion)$/;

/** Lower case, no diacritics, words only: "ZONA  Kuning." → ["zona", "kuning"]. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/mal\s+administra/g, 'maladministra')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Reads a rating as the Ombudsman and the press write it: "Zona Hijau", "ZONA KUNING", "Kategori
 * A", "Kualitas Tertinggi", "Kepatuhan Tinggi", "Opini Kualitas Tertinggi Tanpa Maladministrasi",
 * "green zone", "high quality". Undefined when a word is unknown or two words disagree: a text
 * that is not fully understood is never half-read.
 */
export function readRatingWords(value: unknown): RatingWords | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const w = words(String(value));
  const out: RatingWords = {};
  const set = <K extends keyof RatingWords>(k: K, v: RatingWords[K]) => {
    if (out[k] !== undefined && out[k] !== v) return false;
    out[k] = v;
    return true;
  };
  const has = (s: string) => w.includes(s);
  const compliance = (has('kepatuhan') || has('compliance')) && !has('kualitas') && !has('quality');
  const read = (t: string, i: number): boolean => {
    if (ZONE_WORDS[t]) return set('zone', ZONE_WORDS[t]);
    const q = LEVELS[t];
    if (q) {
      if (!compliance) return set('quality', q);
      const zone = COMPLIANCE[q];
      return zone !== undefined && set('zone', zone);
    }
    if (/^[a-e]$/.test(t)) return set('category', t.toUpperCase() as Category);
    if (MAL.test(t))
      return set('clean', ['tanpa', 'without', 'no', 'bebas'].includes(w[i - 1]!) || w[i + 1] === 'free');
    return FILLER.has(t);
  };
  if (!w.every(read)) return undefined;
  // "Kategori B, kualitas sedang" or "Zona hijau, kualitas sedang" contradict themselves.
  const named = out.quality && categoryOfQuality(out.quality);
  if (out.category && named && named !== out.category) return undefined;
  const cat = out.category ?? named;
  if (out.zone && cat && out.clean === undefined && zoneOfCategory(cat) !== out.zone) return undefined;
  return Object.keys(out).length ? out : undefined;
}

/** Reads a zone (`hijau`, "Zona Hijau", "ZONA KUNING", "green zone", "Kepatuhan Tinggi"). */
export function parseZone(value: unknown): Zone | undefined {
  return readRatingWords(value)?.zone;
}

/** Reads a category: `A`–`E` in any case, "Kategori A", or the category's name ("Kualitas Tertinggi"). */
export function parseCategory(value: unknown): Category | undefined {
  const r = readRatingWords(value);
  // "… tanpa maladministrasi" is a 2025 opinion, never a 2022–2024 category.
  if (!r || r.clean !== undefined) return undefined;
  return r.category ?? (r.quality && categoryOfQuality(r.quality));
}

/** An opinion as published (trimmed), when it says something a scale can read. */
export function parseOpinion(value: unknown): string | undefined {
  return readRatingWords(value) ? String(value).trim().replace(/\s+/g, ' ') : undefined;
}

/**
 * A score rounded to two decimals as it is shown (half away from zero on its shortest decimal
 * form, as the number text does), so a score is classified as it reads: 80.995 shows "81" and
 * is in the green zone.
 */
export function roundScore(score: number): number {
  const s = String(score);
  if (s.includes('e')) return Math.round(score * 100) / 100;
  const n = Number(`${s}e2`);
  return (Math.sign(n) * Math.round(Math.abs(n))) / 100;
}
