import type { Feature } from 'geojson';
import {
  commonWidth,
  inferSystem,
  normalizeCode,
  padCode,
  provinceName,
  translateProvince,
  type CodeSystem,
  type CodeSystems,
  type SystemReading,
} from './codes.js';
import { inferDefaultKind, NameIndex } from './name-index.js';
import { canonicalName, normalizeName, type NormalizedName, type RegionKind } from './names.js';

/** What the join needs from a data row. */
export interface JoinRow {
  /** 1-based row number in the source, for the report. */
  row: number;
  code?: string | number;
  name?: string;
  /** The row's level (a `level`/`tingkat`/`jenis` column), when its name has no prefix saying it. */
  level?: RegionKind;
}

export interface JoinOptions {
  /** Property holding each feature's code, or `id` for the feature id. */
  featureKey: string;
  /** Property holding each feature's name; enables the name fallback. */
  nameKey?: string;
  systems: CodeSystems;
  /** Kind of the regions whose names state none (a province geometry: `provinsi`). */
  featureKind?: RegionKind;
  /** A site's own names: name → code, or name → the name the map uses. */
  aliases?: Readonly<Record<string, string>>;
}

export interface Region<R> {
  code?: string;
  name: string;
  record?: R;
  by?: 'code' | 'name';
}

export type UnmatchedReason =
  | 'no-region'
  | 'ambiguous'
  | 'code-system'
  | 'duplicate-region'
  | 'duplicate-key'
  | 'no-key'
  | 'name-conflict'
  | 'other-level';

export interface JoinReport {
  unmatched: {
    row: number;
    code?: string;
    name?: string;
    reason: UnmatchedReason;
    /** Regions whose names are a few letters from the row's: "did you mean …". */
    suggestions?: string[];
  }[];
  noData: { code?: string; name: string }[];
  duplicateFeatures: { code: string; names: string[] }[];
  duplicateKeys: { key: string; rows: number[] }[];
  /**
   * The row's code names a region whose name disagrees with the row's: that region is not
   * coloured by it. `joinedTo` is the region the row's name found instead, if any.
   */
  nameConflicts: { row: number; code: string; dataName: string; regionName: string; joinedTo?: string }[];
  /** Province codes of one system looked up on a map of the other (exact: both lists are shipped). */
  translated: { row: number; code: string; to: string }[];
  systems: CodeSystems & {
    /** How the data's system was settled when it was not stated. */
    reading?: SystemReading;
    /** The geometry's, when not stated and its codes prove one. */
    geometryReading?: SystemReading;
  };
  matched: number;
}

/** Items grouped by a key, in input order; items without a key are left out. */
function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A feature's key value: its id for `id`, else the property of that name. */
export function featureValue(f: Feature, key: string): unknown {
  return key === 'id' ? f.id : f.properties?.[key];
}

function official(name: string | undefined, kind?: RegionKind): NormalizedName | undefined {
  const n = name ? normalizeName(name) : undefined;
  return n && canonicalName(n, kind);
}

/**
 * Two names of one region: equal after normalising and through the alias table, never by
 * one containing the other. `kind` is `b`'s kind when its name states none; `a` without a
 * prefix (or `kindA`, a row's level) is read as `b`'s kind: "Sibolga" names Kota Sibolga.
 */
export function sameRegionName(a: string, b: string, kind?: RegionKind, kindA?: RegionKind): boolean {
  const y = official(b, kind);
  const x = official(a, kindA ?? y?.kind);
  return !!x && !!y && x.key === y.key && (!x.kind || !y.kind || x.kind === y.kind);
}

/** The site's aliases by normalised name: a code (digits) or a name to use instead. */
function siteAliases(aliases: JoinOptions['aliases']) {
  const map = new Map<string, string>();
  for (const [k, v] of Object.entries(aliases ?? {})) {
    const n = normalizeName(k);
    if (n && typeof v === 'string') map.set(`${n.kind ?? ''}:${n.key}`, v);
  }
  return (name: string | undefined): string | undefined => {
    const n = name ? normalizeName(name) : undefined;
    return n && (map.get(`${n.kind ?? ''}:${n.key}`) ?? map.get(`:${n.key}`));
  };
}

/**
 * Joins data rows to features by code, then by name when `nameKey` is given. Nothing is
 * joined by a guess: codes of different systems are never compared (province codes, whose
 * two lists are known, are translated), a code whose region's name disagrees with the
 * row's does not colour that region (the row's name decides), a code several features
 * share and a key several rows share join nothing, and every such case is reported.
 */
export function joinRegions<R extends JoinRow>(
  features: readonly Feature[],
  rows: readonly R[],
  o: JoinOptions,
): { regions: Region<R>[]; report: JoinReport } {
  const regions: Region<R>[] = features.map((f, index) => {
    const raw = featureValue(f, o.featureKey);
    const code = normalizeCode(raw);
    const name = o.nameKey ? f.properties?.[o.nameKey] : (f.properties?.['name'] ?? f.properties?.['NAME']);
    return { code, name: typeof name === 'string' && name ? name : String(raw ?? index + 1) };
  });
  const defaultKind = o.nameKey
    ? inferDefaultKind(
        regions.map((r) => r.name),
        o.featureKind,
      )
    : o.featureKind;

  const byCode = groupBy(regions, (r) => r.code);
  const duplicateFeatures: JoinReport['duplicateFeatures'] = [];
  for (const [code, list] of byCode)
    if (list.length > 1) duplicateFeatures.push({ code, names: list.map((r) => r.name) });
  const width = commonWidth(byCode.keys());
  const names = o.nameKey ? new NameIndex(regions, (r) => r.name, defaultKind) : undefined;

  // The site's aliases first: a name the site maps to a code or to the map's name.
  const alias = siteAliases(o.aliases);
  const read = rows.map((row) => {
    const to = alias(row.name);
    const toCode = to && /^[\d.\s-]+$/.test(to) ? normalizeCode(to) : undefined;
    const raw = toCode && row.code === undefined ? toCode : row.code;
    const c = normalizeCode(raw);
    const code = c ? padCode(c, raw, width) : undefined;
    // A name the site maps to a code is not checked against the region's name.
    const lookup = toCode ? undefined : (to ?? row.name);
    return { row, code, lookup, kind: normalizeName(row.name)?.kind ?? row.level };
  });

  const same = (a: string, b: string) => sameRegionName(a, b, defaultKind);
  const stated = o.systems;
  // Only Indonesian systems are read from codes: on a map of another system, codes are taken as its own.
  const reading =
    stated.data || stated.geometry === 'other'
      ? undefined
      : inferSystem(
          read.map((r) => ({ code: r.code, name: r.lookup })),
          stated.geometry,
          same,
        );
  const geometryReading =
    stated.geometry || stated.data === 'other'
      ? undefined
      : inferSystem(
          regions.map((r) => ({ code: r.code, name: o.nameKey ? r.name : undefined })),
          undefined,
          same,
        );
  const dataSystem = stated.data ?? reading?.system;
  const geoSystem: CodeSystem | undefined = stated.geometry ?? geometryReading?.system;
  const comparable = !dataSystem || !geoSystem || dataSystem === geoSystem;
  const report: JoinReport = {
    unmatched: [],
    noData: [],
    duplicateFeatures,
    duplicateKeys: [],
    nameConflicts: [],
    translated: [],
    systems: { ...stated, comparable, reading, geometryReading },
    matched: 0,
  };

  const nameKeyOf = (r: (typeof read)[number]) => {
    const n = official(r.lookup, r.kind ?? defaultKind);
    return n ? `name:${n.kind ?? ''}:${n.key}` : undefined;
  };
  const rowsByKey = groupBy(read, (r) => r.code ?? nameKeyOf(r));
  const dupKeys = new Set<string>();
  for (const [key, list] of rowsByKey) {
    if (list.length < 2) continue;
    dupKeys.add(key);
    report.duplicateKeys.push({ key: key.replace(/^name:[a-z]*:/, ''), rows: list.map((r) => r.row.row) });
  }

  // The map's level: provinces, or regencies and cities. A row of the other level joins nothing.
  const mapIsProvinces = defaultKind === undefined ? undefined : defaultKind === 'provinsi';
  // A region's name to check a code against: its own, or a province's official one.
  const regionName = (r: Region<R>): string | undefined =>
    o.nameKey ? r.name : r.code?.length === 2 ? provinceName(r.code, geoSystem) : undefined;

  for (const { row, code, lookup, kind } of read) {
    const key = code ?? nameKeyOf({ row, code, lookup, kind });
    let target: Region<R> | undefined;
    let by: 'code' | 'name' = 'code';
    let reason: UnmatchedReason = !key ? 'no-key' : dupKeys.has(key) ? 'duplicate-key' : 'no-region';
    const otherLevel = !!kind && mapIsProvinces !== undefined && (kind === 'provinsi') !== mapIsProvinces;
    if (reason === 'no-region' && otherLevel) reason = 'other-level';
    if (reason === 'no-region') {
      let mapCode = code;
      if (code && !comparable) {
        // Province codes translate exactly between the two systems; regency codes never do.
        const to = code.length === 2 ? translateProvince(code, dataSystem!, geoSystem!) : undefined;
        if (to && to !== code) report.translated.push({ row: row.row, code, to });
        mapCode = to;
        if (!to) reason = 'code-system';
      }
      if (mapCode) {
        const list = byCode.get(mapCode);
        if (list && list.length > 1) reason = 'duplicate-region';
        else target = list?.[0];
      }
      // With names on both sides, names decide: a code whose region is named otherwise colours nothing.
      const regionNamed = target && regionName(target);
      if (target && regionNamed && lookup && !sameRegionName(lookup, regionNamed, defaultKind, kind)) {
        const found = names?.find(lookup, kind);
        const other = found && found !== 'ambiguous' && !found.record ? found : undefined;
        report.nameConflicts.push({
          row: row.row,
          code: code!,
          dataName: row.name ?? lookup,
          regionName: regionNamed,
          ...(other ? { joinedTo: other.name } : {}),
        });
        [target, by, reason] = other ? [other, 'name', reason] : [undefined, by, 'name-conflict'];
      } else if (!target && names && lookup) {
        const found = names.find(lookup, kind);
        if (found === 'ambiguous') reason = 'ambiguous';
        else if (found) [target, by] = [found, 'name'];
      }
      // A region another row already joined: this row's key is used twice.
      if (target?.record) [target, reason] = [undefined, 'duplicate-key'];
    }
    if (!target) {
      const suggestions =
        reason === 'no-region' && names && lookup ? names.suggest(lookup, kind).map((r) => r.name) : [];
      report.unmatched.push({
        row: row.row,
        code,
        name: row.name,
        reason,
        ...(suggestions.length ? { suggestions } : {}),
      });
      continue;
    }
    target.record = row;
    target.by = by;
    report.matched++;
  }
  report.noData = regions.filter((r) => !r.record).map((r) => ({ code: r.code, name: r.name }));
  return { regions, report };
}
