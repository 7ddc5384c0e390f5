import { PROVINCE_ALIASES, REGENCY_ALIASES } from './aliases.js';
import type { RegionKind } from './kinds.js';

export { parseRegionKind, REGION_KINDS, type RegionKind } from './kinds.js';

export interface NormalizedName {
  /** Letters and digits only: `Toli-Toli`, `Toli Toli` and `TOLI TOLI` all give `tolitoli`. */
  key: string;
  kind?: RegionKind;
}

// Each kind's own name, "Pemerintah <kind>" and these other spellings, tried longest first
// so "kota administrasi" wins over "kota". Matched on whole words.
const PREFIXES = (
  [
    ['provinsi', ['pemprov', 'prov', 'propinsi']],
    ['kabupaten', ['pemkab', 'kab', 'kabupaten administrasi', 'kab administrasi', 'kab adm']],
    ['kota', ['kota administrasi', 'kota adm', 'pemkot']],
  ] as const
)
  .flatMap(([kind, spellings]) =>
    [`pemerintah ${kind}`, kind, ...spellings].map((prefix): [string, RegionKind] => [prefix, kind]),
  )
  .sort((a, b) => b[0].length - a[0].length);

// Abbreviations official lists spell out, and one spelling of Sumatra.
const EXPANSIONS: [RegExp, string][] = [
  [/^dki\b/, 'daerah khusus ibukota'],
  [/^di\b/, 'daerah istimewa'],
  [/\bkep\b/, 'kepulauan'],
  [/\bsumatra\b/, 'sumatera'],
];

/**
 * Normalises a region name for the name join: case, diacritics, punctuation, extra spaces
 * and the administrative prefixes ("Kab.", "Kabupaten", "Kab. Adm.", "Pemkot", "Kota
 * Administrasi", "Provinsi") are removed; the prefix is kept apart as `kind` so "Kota
 * Probolinggo" and "Kabupaten Probolinggo" stay two regions.
 */
export function normalizeName(value: unknown): NormalizedName | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // A parenthesis adds a second name: "Aceh (NAD)", "Nusa Tenggara Barat (NTB)".
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    // Letters written apart are one word: "D.K.I." is DKI, BPS's "S I A K" is Siak.
    .replace(/\b([a-z]) (?=[a-z]\b)/g, '$1');
  let kind: RegionKind | undefined;
  for (const [prefix, k] of PREFIXES) {
    // A prefix must be followed by a name: a region called just "Kota" keeps its name.
    if (s.startsWith(prefix + ' ')) {
      kind = k;
      s = s.slice(prefix.length + 1);
      break;
    }
  }
  for (const [re, full] of EXPANSIONS) s = s.replace(re, full);
  const key = s.replace(/ /g, '');
  return key ? { key, kind } : undefined;
}

/** `kind:key`: one map key for a name and its kind. */
export const nameId = (n: NormalizedName) => `${n.kind ?? ''}:${n.key}`;

let aliasMap: Map<string, NormalizedName> | undefined;

/** `kind:key` of each variant → the official name's normalised form; built on first use. */
function aliases(): Map<string, NormalizedName> {
  if (aliasMap) return aliasMap;
  aliasMap = new Map();
  for (const [table, kind] of [
    [PROVINCE_ALIASES, 'provinsi'],
    [REGENCY_ALIASES, 'kabupaten'],
  ] as const)
    for (const entry of table.split('|')) {
      const [official, variants = ''] = entry.split('=');
      const target = normalizeName(official)!;
      target.kind ??= kind;
      for (const v of variants.split(',')) {
        const n = normalizeName(v)!;
        aliasMap.set(nameId({ key: n.key, kind: n.kind ?? target.kind }), target);
      }
    }
  return aliasMap;
}

/**
 * The official form of a normalised name read as a region of `kind` (the name's own
 * prefix, else the kind given): "DIY" as a province is Daerah Istimewa Yogyakarta, "HST"
 * as a kabupaten is Hulu Sungai Tengah, "Kota Baru" is Kabupaten Kotabaru. A name the
 * alias table does not know is itself.
 */
export function canonicalName(n: NormalizedName, kind?: RegionKind): NormalizedName {
  const k = n.kind ?? kind;
  return aliases().get(nameId({ key: n.key, kind: k })) ?? { key: n.key, kind: k };
}
