import { bandForOpinion, type Classified } from './classify.js';
import { customScheme, type Threshold } from './custom.js';
import { DEFAULT_SCHEME, SCHEMES, schemeForYear, type Scheme, type SchemeId } from './schemes.js';

/**
 * Why a scale was used: `scheme` (the `scheme` attribute or `thresholds`), `year` (the year
 * shown, from `year` or the data), `opinions` (no year; the published opinions are read only
 * by this scale) or `assumed` (no year; the default scale, which `year` or `scheme` changes).
 */
export type ScaleReason = 'scheme' | 'year' | 'opinions' | 'assumed';

/**
 * How the ratings were read: the scale and why, categories a zone left open, values not read
 * (`Issue`: how the data layer describes a value it could not read).
 */
export interface RatingsReport<Issue> {
  /** `attribute`: what sets the scale when it was not stated (`year`; `scheme` names one outright). */
  scale: { id: SchemeId; year?: number; by: ScaleReason; attribute?: 'year' };
  /** Regions whose category the score, the opinion or the zone settled where the zone left it open. */
  settled: { row: number; name: string; band: string; by: 'score' | 'opinion' | 'zone' }[];
  /** Rating values that could not be read in rows kept for their other values. */
  unread: Issue[];
}

/** The scale of the year shown; without a year, the default unless only another reads every opinion. */
export function chooseScale<R extends object>(
  o: { scheme?: SchemeId; thresholds?: readonly Threshold[] },
  year: number | undefined,
  records: readonly (R & { opinion?: string })[],
): { scheme: Scheme; by: ScaleReason } {
  if (o.scheme === 'custom' || (!o.scheme && o.thresholds?.length))
    return { scheme: customScheme(o.thresholds ?? []), by: 'scheme' };
  // An unknown scheme name is ignored, as an unknown attribute value is elsewhere.
  if (o.scheme && Object.hasOwn(SCHEMES, o.scheme))
    return { scheme: SCHEMES[o.scheme as keyof typeof SCHEMES], by: 'scheme' };
  if (year !== undefined) return { scheme: SCHEMES[schemeForYear(year)], by: 'year' };
  const opinions = records.map((r) => r.opinion).filter((x): x is string => x !== undefined);
  const readsAll = (s: Scheme) => opinions.every((op) => bandForOpinion(s, op));
  const proven = Object.values(SCHEMES).filter(readsAll);
  if (opinions.length && !readsAll(SCHEMES[DEFAULT_SCHEME]) && proven.length === 1)
    return { scheme: proven[0]!, by: 'opinions' };
  return { scheme: SCHEMES[DEFAULT_SCHEME], by: 'assumed' };
}

/** The report of a map's ratings: regions and their classifications side by side, and the records shown. */
export function ratingsReport<Issue>(
  scheme: Scheme,
  by: ScaleReason,
  year: number | undefined,
  regions: readonly { name: string; record?: { row: number } }[],
  classified: readonly (Classified | undefined)[],
  records: readonly { unread?: readonly Issue[] }[],
): RatingsReport<Issue> {
  const settled: RatingsReport<Issue>['settled'] = [];
  regions.forEach((r, i) => {
    const c = classified[i];
    if (r.record && c?.settledBy)
      settled.push({ row: r.record.row, name: r.name, band: c.band.id, by: c.settledBy });
  });
  return {
    scale:
      by === 'assumed' || by === 'opinions'
        ? { id: scheme.id, year, by, attribute: 'year' }
        : { id: scheme.id, year, by },
    settled: settled.sort((a, b) => a.row - b.row),
    unread: records.flatMap((r) => r.unread ?? []),
  };
}
