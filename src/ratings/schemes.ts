/**
 * The registry of published rating scales. A scale is data: one entry below (its name, years,
 * bands and the words for a zone it leaves open, in Indonesian and English), and no code
 * anywhere checks a scheme's id. See "Adding a rating scheme" in CONTRIBUTING.md.
 */
import { QUALITIES, ZONES, categoryBand, opinionBand, type Band, type Text } from './bands.js';

export interface Scheme<Id extends string = SchemeId> {
  id: Id;
  name: Text;
  /** Rating years published under this scale (inclusive; open-ended when unset). */
  years?: { from?: number; to?: number };
  /** Best first. */
  bands: readonly Band[];
  /** What a published zone lacks under this scale ("tanpa kategori"); unset: zones are not read. */
  open?: Text;
}

const ENTRIES = {
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
      categoryBand('tertinggi', 88, 100, 0),
      categoryBand('tinggi', 78, 87.99, 1),
      categoryBand('sedang', 54, 77.99, 2),
      categoryBand('rendah', 32, 53.99, 3),
      categoryBand('terendah', 0, 31.99, 4),
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
    bands: QUALITIES.flatMap((q, i) => [opinionBand(q, true, i), opinionBand(q, false, 8 + i)]),
    open: { id: 'tanpa opini', en: 'no opinion' },
  },
} satisfies Record<string, Scheme<string>>;

/** A published scale's id: a key of the registry. */
export type PublishedSchemeId = keyof typeof ENTRIES;
/** A published scale's id, or `custom` for bands from `thresholds`. */
export type SchemeId = PublishedSchemeId | 'custom';

/** The published scales by id, one entry each in year order; a scale is picked by its `years`. */
export const SCHEMES = ENTRIES as Readonly<Record<PublishedSchemeId, Scheme>>;

/** Whether a scale has score ranges; one without (opinions, from 2025) never turns a score into a band. */
export const hasScores = (scheme: Scheme): boolean => scheme.bands.some((b) => b.min !== undefined);

/** The scale assumed for ratings whose year is unknown: the latest one with score ranges (entries are in year order). */
export const DEFAULT_SCHEME = Object.values(SCHEMES).filter(hasScores).at(-1)!.id as PublishedSchemeId;

/** The scale a rating year was published under (`DEFAULT_SCHEME` when the year is unknown). */
export function schemeForYear(year: number | undefined): PublishedSchemeId {
  if (year === undefined) return DEFAULT_SCHEME;
  const hit = Object.values(SCHEMES).find(
    (s) => (s.years?.from ?? -Infinity) <= year && year <= (s.years?.to ?? Infinity),
  );
  return (hit?.id as PublishedSchemeId | undefined) ?? DEFAULT_SCHEME;
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
