/**
 * Region codes. Indonesia has two code systems that disagree for about a third of regencies
 * (BPS `1672` is Prabumulih, Kemendagri `16.72` is Kota Pagar Alam) and even for the Papua
 * provinces, so codes are only compared within one system; there is no translation table.
 */
export type CodeSystem = 'kemendagri' | 'bps' | 'other';

export const CODE_SYSTEMS: readonly CodeSystem[] = ['kemendagri', 'bps', 'other'];

/** Reads a `code-system` attribute value; anything unknown is `undefined` (not stated). */
export function parseCodeSystem(value: unknown): CodeSystem | undefined {
  const v = String(value ?? '')
    .trim()
    .toLowerCase();
  return (CODE_SYSTEMS as readonly string[]).includes(v) ? (v as CodeSystem) : undefined;
}

const SEPARATORS = /[\s.\-_/:]+/g;

/**
 * One spelling per code: `63.01`, `6301`, `63-01` and ` 63 01 ` all become `6301`. Leading
 * zeros in text are kept (`01001` is a US county, not `1001`). Codes with letters
 * (`91-D`, `US-CA`) are kept upper-cased with separators removed. A number with a
 * fraction is read as the dotted form (`63.01` → `6301`) only when that is unambiguous:
 * `63.1` could be `63.10` or `63.01`, so it is rejected.
 */
export function normalizeCode(value: unknown): string | undefined {
  if (typeof value === 'number') {
    // Whole, or with exactly two decimals; never negative, infinite or in exponent form.
    const text = String(value);
    return /^\d+(\.\d\d)?$/.test(text) ? text.replace('.', '') : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const compact = value.replace(SEPARATORS, '').toUpperCase();
  return /^[0-9A-Z]+$/.test(compact) ? compact : undefined;
}

/**
 * Pads a code that lost its leading zeros to a number (a spreadsheet turned `01001` into
 * `1001`) back to the width every geometry code shares. Only numeric input is padded:
 * a text code is taken as written.
 */
export function padCode(code: string, raw: unknown, width: number | undefined): string {
  if (typeof raw !== 'number' || !width || code.length >= width) return code;
  return code.padStart(width, '0');
}

/** The common length of a set of codes, or undefined when they differ. */
export function commonWidth(codes: Iterable<string>): number | undefined {
  let width: number | undefined;
  for (const c of codes) {
    if (width === undefined) width = c.length;
    else if (width !== c.length) return undefined;
  }
  return width;
}

/** The two sides of a join and whether they may be compared. */
export interface CodeSystems {
  data: CodeSystem | undefined;
  geometry: CodeSystem | undefined;
  /** False when both are stated and differ: codes must not be compared at all. */
  comparable: boolean;
}

/** Codes are comparable unless both systems are stated and different. */
export function compareSystems(data: CodeSystem | undefined, geometry: CodeSystem | undefined): CodeSystems {
  return { data, geometry, comparable: !data || !geometry || data === geometry };
}
