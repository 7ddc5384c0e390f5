/** The kind of region a name's prefix says it is, when it says one. */
export type RegionKind = 'provinsi' | 'kabupaten' | 'kota';

export interface NormalizedName {
  /** Letters and digits only: `Toli-Toli`, `Toli Toli` and `TOLI TOLI` all give `tolitoli`. */
  key: string;
  kind?: RegionKind;
}

// Each kind's own name, "Pemerintah <kind>" and these other spellings, tried longest first
// so "kota administrasi" wins over "kota". Matched on whole words.
const PREFIXES = (
  [
    ['provinsi', ['pemprov', 'prov']],
    ['kabupaten', ['pemkab', 'kab']],
    ['kota', ['kota administrasi', 'kota adm', 'pemkot']],
  ] as const
)
  .flatMap(([kind, spellings]) =>
    [`pemerintah ${kind}`, kind, ...spellings].map((prefix): [string, RegionKind] => [prefix, kind]),
  )
  .sort((a, b) => b[0].length - a[0].length);

// Abbreviations official lists spell out.
const EXPANSIONS: [RegExp, string][] = [
  [/^dki\b/, 'daerah khusus ibukota'],
  [/^di\b/, 'daerah istimewa'],
  [/\bkep\b/, 'kepulauan'],
];

/**
 * Normalises a region name for the name fallback join: case, diacritics, punctuation,
 * extra spaces and the administrative prefixes ("Kab.", "Kabupaten", "Pemkot", "Kota
 * Administrasi", "Provinsi") are removed; the prefix is kept apart as `kind` so
 * "Kota Probolinggo" and "Kabupaten Probolinggo" stay two regions.
 */
export function normalizeName(value: unknown): NormalizedName | undefined {
  if (typeof value !== 'string') return undefined;
  let s = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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

/** Looks names up by their normalised form; a match must be unambiguous. */
export class NameIndex<T> {
  private readonly byKey = new Map<string, { kind?: RegionKind; item: T }[]>();

  /**
   * `defaultKind` is the kind of an item whose name states none: regency files write
   * kabupaten without a prefix and cities with "Kota"; a province file names provinces bare.
   */
  constructor(items: readonly T[], name: (item: T) => unknown, defaultKind?: RegionKind) {
    for (const item of items) {
      const n = normalizeName(name(item));
      if (!n) continue;
      const list = this.byKey.get(n.key) ?? [];
      list.push({ kind: n.kind ?? defaultKind, item });
      this.byKey.set(n.key, list);
    }
  }

  /**
   * The single item a name refers to: same key and same kind; a name without a kind
   * matches when only one item has its key; an item of unknown kind matches when it is the
   * only such one. `ambiguous` when several remain, `undefined` when none.
   */
  find(value: unknown): T | 'ambiguous' | undefined {
    const n = normalizeName(value);
    const candidates = n ? this.byKey.get(n.key) : undefined;
    if (!n || !candidates) return undefined;
    if (!n.kind) return candidates.length === 1 ? candidates[0]!.item : 'ambiguous';
    const same = candidates.filter((c) => c.kind === n.kind);
    if (same.length === 1) return same[0]!.item;
    const unknown = candidates.filter((c) => !c.kind);
    if (same.length === 0 && unknown.length === 1) return unknown[0]!.item;
    return same.length + unknown.length > 1 ? 'ambiguous' : undefined;
  }
}

/**
 * The kind of the regions in a geometry whose names state none: kabupaten when some names
 * say "Kota" (a regency file), else `fallback` (a registered province file says provinsi).
 */
export function inferDefaultKind(names: readonly string[], fallback?: RegionKind): RegionKind | undefined {
  return names.some((n) => normalizeName(n)?.kind === 'kota') ? 'kabupaten' : fallback;
}
