import type { Feature } from 'geojson';
import { commonWidth, normalizeCode, padCode, type CodeSystems } from './codes.js';
import { NameIndex, inferDefaultKind, normalizeName, type RegionKind } from './names.js';

/** What the join needs from a data row. */
export interface JoinRow {
  /** 1-based row number in the source, for the report. */
  row: number;
  code?: string | number;
  name?: string;
}

export interface JoinOptions {
  /** Property holding each feature's code, or `id` for the feature id. */
  featureKey: string;
  /** Property holding each feature's name; enables the name fallback. */
  nameKey?: string;
  systems: CodeSystems;
  /** Kind of the regions whose names state none (a province geometry: `provinsi`). */
  featureKind?: RegionKind;
}

export interface Region<R> {
  code?: string;
  name: string;
  record?: R;
  by?: 'code' | 'name';
}

export type UnmatchedReason =
  'no-region' | 'ambiguous' | 'code-system' | 'duplicate-region' | 'duplicate-key' | 'no-key';

export interface JoinReport {
  unmatched: { row: number; code?: string; name?: string; reason: UnmatchedReason }[];
  noData: { code?: string; name: string }[];
  duplicateFeatures: { code: string; names: string[] }[];
  duplicateKeys: { key: string; rows: number[] }[];
  /** Joined by code, but the row's name and the region's name disagree: a code-system mix-up? */
  nameConflicts: { row: number; code: string; dataName: string; regionName: string }[];
  systems: CodeSystems;
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

function rowNameKey(name: string | undefined): string | undefined {
  const n = name ? normalizeName(name) : undefined;
  return n ? `name:${n.kind ?? ''}:${n.key}` : undefined;
}

function sameName(a: string, b: string): boolean {
  const x = normalizeName(a)?.key ?? '';
  const y = normalizeName(b)?.key ?? '';
  return x === y || (x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x)));
}

/**
 * Joins data rows to features by code, then by name when `nameKey` is given. Nothing is
 * joined by a guess: codes of different systems are never compared, a code several
 * features share and a key several rows share join nothing, and every such case is reported.
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
  const report: JoinReport = {
    unmatched: [],
    noData: [],
    duplicateFeatures: [],
    duplicateKeys: [],
    nameConflicts: [],
    systems: o.systems,
    matched: 0,
  };

  const byCode = groupBy(regions, (r) => r.code);
  for (const [code, list] of byCode)
    if (list.length > 1) report.duplicateFeatures.push({ code, names: list.map((r) => r.name) });
  const width = commonWidth(byCode.keys());
  const names = o.nameKey
    ? new NameIndex(
        regions,
        (r) => r.name,
        inferDefaultKind(
          regions.map((r) => r.name),
          o.featureKind,
        ),
      )
    : undefined;

  const keyOf = (row: R) => {
    const c = normalizeCode(row.code);
    return c ? padCode(c, row.code, width) : undefined;
  };
  const rowsByKey = groupBy(rows, (row) => keyOf(row) ?? rowNameKey(row.name));
  const dupKeys = new Set<string>();
  for (const [key, list] of rowsByKey) {
    if (list.length < 2) continue;
    dupKeys.add(key);
    report.duplicateKeys.push({ key: key.replace(/^name:[a-z]*:/, ''), rows: list.map((r) => r.row) });
  }

  for (const row of rows) {
    const code = keyOf(row);
    const key = code ?? rowNameKey(row.name);
    let target: Region<R> | undefined;
    let by: 'code' | 'name' = 'code';
    let reason: UnmatchedReason = !key ? 'no-key' : dupKeys.has(key) ? 'duplicate-key' : 'no-region';
    if (reason === 'no-region') {
      if (code && !o.systems.comparable) reason = 'code-system';
      else if (code) {
        const list = byCode.get(code);
        if (list && list.length > 1) reason = 'duplicate-region';
        else target = list?.[0];
      }
      if (!target && names && row.name) {
        const found = names.find(row.name);
        if (found === 'ambiguous') reason = 'ambiguous';
        else if (found) [target, by] = [found, 'name'];
      }
      // A region another row already joined: this row's key is used twice.
      if (target?.record) [target, reason] = [undefined, 'duplicate-key'];
    }
    if (!target) {
      report.unmatched.push({ row: row.row, code, name: row.name, reason });
      continue;
    }
    target.record = row;
    target.by = by;
    report.matched++;
    if (by === 'code' && code && row.name && o.nameKey && !sameName(row.name, target.name)) {
      report.nameConflicts.push({ row: row.row, code, dataName: row.name, regionName: target.name });
    }
  }
  report.noData = regions.filter((r) => !r.record).map((r) => ({ code: r.code, name: r.name }));
  return { regions, report };
}
