import { REGION_KINDS, type RegionKind } from './kinds.js';
import { canonicalName, nameId, normalizeName, type NormalizedName } from './names.js';

// Finding a region by name: exact (through the alias table, by kind) for the join, and by a
// few letters' distance for "did you mean …". names.ts says what a name is; this finds one.

/** Levenshtein distance, stopping once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Edits a key of this length may be away from a suggestion: none for short keys, where any is a different name. */
function plausibleEdits(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/**
 * Looks names up by their official normalised form (through the alias table); a match
 * must be unambiguous. Items of a known kind (their name's prefix, or the `kind` given)
 * are found only by names of that kind or of none.
 */
export class NameIndex<T> {
  private readonly known = new Map<string, T[]>();
  private readonly unknown = new Map<string, T[]>();
  private readonly keys: { item: T; n: NormalizedName }[] = [];

  /**
   * `defaultKind` is the kind of an item whose name states none: regency files write
   * kabupaten without a prefix and cities with "Kota"; a province file names provinces bare.
   */
  constructor(
    items: readonly T[],
    name: (item: T) => unknown,
    defaultKind?: RegionKind,
    kindOf?: (item: T) => RegionKind | undefined,
  ) {
    const add = (map: Map<string, T[]>, key: string, item: T) => {
      const list = map.get(key) ?? [];
      if (!list.includes(item)) list.push(item);
      map.set(key, list);
    };
    for (const item of items) {
      const n = normalizeName(name(item));
      if (!n) continue;
      const kind = n.kind ?? kindOf?.(item) ?? defaultKind;
      if (kind) {
        const c = canonicalName(n, kind);
        add(this.known, nameId(c), item);
        this.keys.push({ item, n: c });
      } else {
        // Of no known kind: found under its own key and under what it would be as any kind.
        for (const k of REGION_KINDS) add(this.unknown, canonicalName(n, k).key, item);
        this.keys.push({ item, n });
      }
    }
  }

  private lookup(n: NormalizedName, kind?: RegionKind): { known: T[]; unknown: T[] } {
    const kinds = (n.kind ?? kind) ? [n.kind ?? kind!] : REGION_KINDS;
    const known = new Set<T>();
    const unknown = new Set<T>();
    for (const k of kinds) {
      const c = canonicalName(n, k);
      this.known.get(nameId(c))?.forEach((i) => known.add(i));
      this.unknown.get(c.key)?.forEach((i) => unknown.add(i));
    }
    return { known: [...known], unknown: [...unknown] };
  }

  /**
   * The single item a name refers to, read as a region of `kind` when its name has no
   * prefix: same official name and kind; an item of unknown kind matches when it is the
   * only such one. `ambiguous` when several remain, `undefined` when none.
   */
  find(value: unknown, kind?: RegionKind): T | 'ambiguous' | undefined {
    const n = normalizeName(value);
    if (!n) return undefined;
    const { known, unknown } = this.lookup(n, kind);
    // A name of no kind fits items of every kind; one of a kind prefers items of that kind.
    const list = !(n.kind ?? kind) ? [...known, ...unknown] : known.length ? known : unknown;
    return list.length === 1 ? list[0] : list.length > 1 ? 'ambiguous' : undefined;
  }

  /** Items whose names are a few letters away from `value` (the closest ones only): "did you mean …". */
  suggest(value: unknown, kind?: RegionKind): T[] {
    const n = normalizeName(value);
    if (!n) return [];
    const k = n.kind ?? kind;
    const c = canonicalName(n, k);
    let best = plausibleEdits(c.key.length);
    let found: T[] = [];
    for (const { item, n: other } of this.keys) {
      if (k && other.kind && other.kind !== k) continue;
      const d = editDistance(c.key, other.key, best);
      if (d > best || d > plausibleEdits(other.key.length)) continue;
      if (d < best) [best, found] = [d, []];
      found.push(item);
    }
    return found;
  }
}

/**
 * The kind of the regions in a geometry whose names state none: kabupaten when some names
 * say "Kota" (a regency file), else `fallback` (a registered province file says provinsi).
 */
export function inferDefaultKind(names: readonly string[], fallback?: RegionKind): RegionKind | undefined {
  return names.some((n) => normalizeName(n)?.kind === 'kota') ? 'kabupaten' : fallback;
}
