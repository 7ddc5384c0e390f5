import type { Feature } from 'geojson';
import type { Lang } from '../../i18n/lang.js';
import type { ComplianceRecord } from '../../data/validate/schemas/compliance.js';
import type { RowIssue } from '../../data/types.js';
import { classify, legendRows, type Classified, type LegendRow } from '../../ratings/classify.js';
import { compareSystems, type CodeSystem } from '../../geo/codes.js';
import { joinRegions, type JoinReport, type Region } from '../../geo/join.js';
import type { RegionKind } from '../../geo/names.js';
import type { Threshold } from '../../ratings/custom.js';
import type { Scheme, SchemeId } from '../../ratings/schemes.js';
import { chooseScale, ratingsReport, type RatingsReport } from '../../ratings/scale.js';
import { t } from './pantau-compliance-map.messages.js';

export interface MapOptions {
  featureKey: string;
  nameKey?: string;
  codeSystem?: CodeSystem;
  geoCodeSystem?: CodeSystem;
  scheme?: SchemeId;
  thresholds?: readonly Threshold[];
  year?: number;
  featureKind?: RegionKind;
  /** A site's own names: name → code or name → the map's name. */
  aliases?: Readonly<Record<string, string>>;
}

/** Everything the map draws, computed once per geometry, dataset and option change. */
export interface MapModel {
  features: readonly Feature[];
  regions: Region<ComplianceRecord>[];
  classified: (Classified | undefined)[];
  scheme: Scheme;
  legend: LegendRow[];
  /** The join's report and how the ratings were read (both go out in `pantau-data-issues`). */
  report: JoinReport & { ratings: RatingsReport<RowIssue> };
  year?: number;
  /** The scale has no score ranges (opinions from 2025): no band was derived from a score. */
  opinionYear: boolean;
}

/**
 * Joins and classifies. Records of other years than the one shown are left out (a file
 * with several years would otherwise report every region as a duplicate key); without a
 * `year`, the latest year in the data is shown.
 */
export function buildModel(
  features: readonly Feature[],
  records: readonly ComplianceRecord[],
  o: MapOptions,
): MapModel {
  const years = records.map((r) => r.year).filter((y): y is number => y !== undefined);
  const year = o.year ?? (years.length ? Math.max(...years) : undefined);
  const rows = year === undefined ? records : records.filter((r) => r.year === undefined || r.year === year);
  const { regions, report } = joinRegions(features, rows, {
    ...o,
    systems: compareSystems(o.codeSystem, o.geoCodeSystem),
  });
  // The scheme named, custom thresholds, or the one the year was published under.
  const { scheme, by } = chooseScale(o, year, rows);
  // A scale of opinions has no score ranges: only what is published is shown.
  const opinionYear = !scheme.bands.some((b) => b.min !== undefined);
  const classified = regions.map((r) => (r.record ? classify(r.record, scheme) : undefined));
  const legend = legendRows(scheme, classified);
  const ratings = ratingsReport(scheme, by, year, regions, classified, rows);
  return { features, regions, classified, scheme, legend, report: { ...report, ratings }, year, opinionYear };
}

/** The label of region `i`'s band, or "no data": the list's and the CSV's band column. */
export function bandLabel(model: MapModel, i: number, lang: Lang): string {
  const c = model.classified[i];
  return c ? c.band.label[lang] : t(lang, 'noData');
}
