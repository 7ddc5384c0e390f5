/**
 * Grading scales the card needs: the satisfaction index (SKM/IKM, Permenpan-RB 14/2017) here,
 * and the Ombudsman compliance bands from the map's scheme module, so card and map agree.
 */
import type { Band } from './bands.js';
import { classify } from './classify.js';
import { parseCategory, parseZone } from './rating-text.js';
import { SCHEMES, schemeForYear } from './schemes.js';

export type SkmGrade = 'A' | 'B' | 'C' | 'D';

// Lower bounds, best first. The published bands have two decimals with gaps between them
// (88.30 → 88.31), so an index is compared at that precision.
const SKM_BANDS: readonly [SkmGrade, number][] = [
  ['A', 88.31],
  ['B', 76.61],
  ['C', 65],
  ['D', 25],
];

/** The SKM/IKM grade of an index (25–100); undefined outside the scale. */
export function skmGrade(index: number): SkmGrade | undefined {
  if (!Number.isFinite(index) || index > 100) return undefined;
  const rounded = Math.round(index * 100) / 100;
  return SKM_BANDS.find(([, min]) => rounded >= min)?.[0];
}

const GRADE_WORDS: Record<string, SkmGrade> = {
  'sangat baik': 'A',
  'very good': 'A',
  baik: 'B',
  good: 'B',
  'kurang baik': 'C',
  poor: 'C',
  'tidak baik': 'D',
  bad: 'D',
};

/** A published grade: "A", "Mutu A", "A (Sangat Baik)" or the words alone ("Sangat Baik"). */
export function parseSkmGrade(given: string | undefined): SkmGrade | undefined {
  const g = given?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!g) return undefined;
  const letter = /^(?:mutu (?:pelayanan )?)?([abcd])\b/.exec(g)?.[1];
  return letter ? (letter.toUpperCase() as SkmGrade) : GRADE_WORDS[g];
}

/**
 * The grade shown: the index's own grade when there is an index (a published grade that
 * disagrees is returned as `conflict`, for a note), else the published grade.
 */
export function satisfactionGrade(
  index: number | undefined,
  given: string | undefined,
): { grade?: SkmGrade; conflict?: string } {
  const published = parseSkmGrade(given);
  const derived = index === undefined ? undefined : skmGrade(index);
  if (!derived) return { grade: published };
  return published && published !== derived
    ? { grade: derived, conflict: given!.trim() }
    : { grade: derived };
}

/** A compliance result read against the scheme of its year. */
export interface ComplianceReading {
  band: Band;
  /** The scheme's name in both languages. */
  scheme: { id: string; en: string };
  /** True when the band was computed from the score, not published. */
  derived: boolean;
}

/**
 * The band of a compliance result, by the same rules as the map: a published category or zone
 * wins; a score is turned into a band only when neither is given. A scale of opinions (from
 * 2025) has no score ranges, so nothing is derived from a score of those years.
 */
export function readCompliance(r: {
  year?: number;
  score?: number;
  zone?: string;
  category?: string;
}): ComplianceReading | undefined {
  const scheme = SCHEMES[schemeForYear(r.year)];
  const found = classify(
    { score: r.score, zone: parseZone(r.zone), category: parseCategory(r.category) },
    scheme,
  );
  return found && { band: found.band, scheme: scheme.name, derived: found.source === 'score' };
}
