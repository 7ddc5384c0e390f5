import type { Feature } from 'geojson';
import type { Lang } from '../../i18n/lang.js';
import type { ComplianceRecord } from '../../data/validate/schemas/compliance.js';
import type { RowIssue } from '../../data/types.js';
import { classify, legendRows, type Classified, type LegendRow } from '../../ratings/classify.js';
import {
  compareSystems,
  inferSystem,
  normalizeCode,
  translateProvince,
  type CodeSystem,
} from '../../geo/codes.js';
import { featureValue, joinRegions, sameRegionName, type JoinReport, type Region } from '../../geo/join.js';
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

/**
 * The detail features inside a parent region: those whose `parentKey` property (e.g.
 * `WADMPR`) names the parent (same province name, through the alias table) when a parent
 * key is given, else those whose code (`featureKey`: `id` or a property) starts with the
 * parent's code (`1201` is in `12`, as both Kemendagri and BPS nest their codes). Codes are
 * compared within one system: the parent's province code is translated when the detail
 * geometry states (or its codes prove) the other system, and a code that cannot be
 * translated (a regency's) selects nothing.
 */
export function detailFeatures(
  all: readonly Feature[],
  parent: { code?: string; name: string },
  featureKey: string,
  parentKey: string | undefined,
  parentSystem?: CodeSystem,
  detailSystem?: CodeSystem,
): Feature[] {
  if (parentKey)
    return all.filter((f) =>
      sameRegionName(parent.name, String(f.properties?.[parentKey] ?? ''), 'provinsi'),
    );
  const codes = all.map((f) => normalizeCode(featureValue(f, featureKey)));
  const system =
    detailSystem ??
    inferSystem(
      codes.map((code) => ({ code })),
      undefined,
      () => false,
    )?.system;
  const code =
    parent.code && parentSystem && system
      ? translateProvince(parent.code, parentSystem, system)
      : parent.code;
  if (!code) return [];
  return all.filter((_, i) => {
    const c = codes[i];
    return c !== undefined && c.length > code.length && c.startsWith(code);
  });
}

/** The label of region `i`'s band, or "no data": the list's and the CSV's band column. */
export function bandLabel(model: MapModel, i: number, lang: Lang): string {
  const c = model.classified[i];
  return c ? c.band.label[lang] : t(lang, 'noData');
}
