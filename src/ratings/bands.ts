/**
 * The Ombudsman's rating words (zones, categories, quality levels) and the bands a scale is
 * made of. A scheme entry (`schemes.ts`) builds its bands with these helpers.
 */

export type Zone = 'hijau' | 'kuning' | 'merah';
export type Category = 'A' | 'B' | 'C' | 'D' | 'E';
/** The quality levels the Ombudsman's opinions name, best first ("kualitas tertinggi" …). */
export type Quality = 'tertinggi' | 'tinggi' | 'sedang' | 'rendah' | 'terendah';
export type Text = { id: string; en: string };

/**
 * The colour step a band is drawn in, named by what it rates: a zone's colour word (`green` for
 * hijau), a category's letter (`b`), or the n-th custom band (1–8). Elements turn it into a
 * colour (`toneToken` in `styles/palette.ts`), so a scale names its steps, never a colour token.
 */
export type Tone = 'green' | 'yellow' | 'red' | Lowercase<Category> | number;

/**
 * One band of a scale: a label, a tone and what it stands for — a score range (inclusive
 * `min`, up to `max`) and/or the published zone, category or opinion it holds.
 */
export interface Band {
  id: string;
  label: Text;
  /** Score range; a band without one only holds published values. */
  min?: number;
  max?: number;
  tone: Tone;
  /** A custom band's own CSS colour (from `thresholds`), drawn instead of its tone. */
  color?: string;
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

const ZONE_NAMES: Record<Zone, string> = { hijau: 'Green', kuning: 'Yellow', merah: 'Red' };
const QUALITY: Record<Quality, [en: string, category: Category, zone: Zone]> = {
  tertinggi: ['highest quality', 'A', 'hijau'],
  tinggi: ['high quality', 'B', 'hijau'],
  sedang: ['medium quality', 'C', 'kuning'],
  rendah: ['low quality', 'D', 'merah'],
  terendah: ['lowest quality', 'E', 'merah'],
};
export const QUALITIES = Object.keys(QUALITY) as Quality[];

/** A zone band ("Zona hijau", "Green zone") over a score range. */
export const zoneBand = (zone: Zone, pattern: number, min: number, max: number): Band => ({
  id: zone,
  label: { id: `Zona ${zone}`, en: `${ZONE_NAMES[zone]} zone` },
  min,
  max,
  tone: ZONE_NAMES[zone].toLowerCase() as Tone,
  pattern,
  zone,
});

/** The three zones up to 2021, best first; also the zones a later scale may meet unplaced. */
export const ZONES: readonly Band[] = [
  zoneBand('hijau', 0, 81, 100),
  zoneBand('kuning', 2, 51, 80.99),
  zoneBand('merah', 3, 0, 50.99),
];

/** A category band ("B · kualitas tinggi"): a quality level in its zone, over a score range. */
export const categoryBand = (q: Quality, min: number, max: number, pattern: number): Band => {
  const [en, c, zone] = QUALITY[q];
  return {
    id: c,
    label: { id: `${c} · kualitas ${q}`, en: `${c} · ${en}` },
    min,
    max,
    tone: c.toLowerCase() as Tone,
    pattern,
    zone,
    category: c,
    quality: q,
  };
};

/**
 * An opinion band ("Kualitas Tinggi Tanpa Maladministrasi"), no score range. The level keeps
 * its category's tone; the two opinions of a level differ by pattern.
 */
export const opinionBand = (q: Quality, clean: boolean, pattern: number): Band => {
  const [en, c] = QUALITY[q];
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return {
    id: `${q}${clean ? '-tm' : ''}`,
    label: {
      id: `Kualitas ${cap(q)}${clean ? ' Tanpa Maladministrasi' : ''}`,
      en: `${cap(en)}${clean ? ', no maladministration' : ''}`,
    },
    tone: c.toLowerCase() as Tone,
    pattern,
    quality: q,
    clean,
  };
};

/** The category a quality level names, and the zone it lies in (2022–2024). */
export const categoryOfQuality = (q: Quality): Category => QUALITY[q][1];
export const zoneOfCategory = (c: Category): Zone => Object.values(QUALITY).find(([, cc]) => cc === c)![2];
