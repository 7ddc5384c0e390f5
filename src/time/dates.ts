import { daysFromCivil, isValidDate, weekIndexOfIso } from './civil.js';

/**
 * The date forms real sources write, and nothing else: `2024-03-01`; timestamps with an
 * offset or `Z` (`2010-04-14T06:37:38-08:00`) or without one (`2024-03-01 10:00:00`,
 * a wall-clock reading); and periods `2024`, `2024-Q1`, `2024-03`, `2024-W09`.
 * `03/04/2024` could be March or April, so it is rejected, never guessed.
 */
export type DateKind = 'date' | 'local' | 'instant' | 'month' | 'quarter' | 'year' | 'week';

/** Parse result; reused by the caller to avoid one object per row. */
export interface DateParts {
  kind: DateKind;
  y: number;
  m: number;
  d: number;
  /** Quarter (1–4) or ISO week index, by kind. */
  n: number;
  /** `instant`: epoch ms; `local`: wall-clock ms as if UTC. */
  ms: number;
}

/** Every accepted kind. */
export const ALL_KINDS: readonly DateKind[] = [
  'date',
  'local',
  'instant',
  'year',
  'quarter',
  'month',
  'week',
];

export function newDateParts(): DateParts {
  return { kind: 'date', y: 0, m: 0, d: 0, n: 0, ms: 0 };
}

function digits(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

// Parses `HH:MM[:SS[.fff]][Z|±HH[:MM]]` at `at`; returns false on anything else.
function time(s: string, at: number, out: DateParts): boolean {
  const h = digits(s, at, 2);
  const mi = s.charCodeAt(at + 2) === 58 ? digits(s, at + 3, 2) : NaN;
  if (!(h <= 23 && mi <= 59)) return false;
  let i = at + 5;
  let sec = 0;
  let frac = 0;
  if (s.charCodeAt(i) === 58) {
    sec = digits(s, i + 1, 2);
    if (!(sec <= 59)) return false;
    i += 3;
    if (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 44) {
      let j = i + 1;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j === i + 1) return false;
      frac = Math.floor(Number('0.' + s.slice(i + 1, j)) * 1000);
      i = j;
    }
  }
  const wall = (daysFromCivil(out.y, out.m, out.d) * 86_400 + h * 3600 + mi * 60 + sec) * 1000 + frac;
  if (i === s.length) return ((out.kind = 'local'), (out.ms = wall), true);
  const c = s.charCodeAt(i);
  if (c === 90 && i + 1 === s.length) return ((out.kind = 'instant'), (out.ms = wall), true);
  if (c !== 43 && c !== 45) return false;
  const rest = s.length - i - 1;
  const oh = digits(s, i + 1, 2);
  const om =
    rest === 2
      ? 0
      : rest === 4
        ? digits(s, i + 3, 2)
        : rest === 5 && s.charCodeAt(i + 3) === 58
          ? digits(s, i + 4, 2)
          : NaN;
  if (!(oh <= 14 && om <= 59)) return false;
  out.kind = 'instant';
  out.ms = wall - (c === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  return true;
}

/** Reads one of the accepted forms into `out`; false for anything else (including impossible dates). */
export function parseDateInto(text: string, out: DateParts): boolean {
  const s =
    text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32)
      ? text.trim()
      : text;
  const y = digits(s, 0, 4);
  if (Number.isNaN(y)) return false;
  out.y = y;
  const len = s.length;
  if (len === 4) return ((out.kind = 'year'), true);
  if (s.charCodeAt(4) !== 45 || len < 7) return false;
  const c5 = s.charCodeAt(5);
  if (len === 7 && (c5 === 81 || c5 === 113)) {
    const q = s.charCodeAt(6) - 48;
    return q >= 1 && q <= 4 ? ((out.kind = 'quarter'), (out.n = q), true) : false;
  }
  if (len === 8 && c5 === 87) {
    out.n = weekIndexOfIso(y, digits(s, 6, 2));
    return Number.isNaN(out.n) ? false : ((out.kind = 'week'), true);
  }
  const m = digits(s, 5, 2);
  if (len === 7) return m >= 1 && m <= 12 ? ((out.kind = 'month'), (out.m = m), true) : false;
  const d = s.charCodeAt(7) === 45 ? digits(s, 8, 2) : NaN;
  if (!isValidDate(y, m, d)) return false;
  out.m = m;
  out.d = d;
  if (len === 10) return ((out.kind = 'date'), true);
  const sep = s.charCodeAt(10);
  return (sep === 84 || sep === 32 || sep === 116) && time(s, 11, out);
}

const scratch = newDateParts();

/**
 * The accepted form of a date value, normalised (`T` between date and time, `Q`/`W`
 * upper-case); a `Date` object becomes its ISO instant. Undefined when not accepted
 * or when its kind is not in `kinds`.
 */
export function normalizeDate(value: unknown, kinds?: readonly DateKind[]): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return !kinds || kinds.includes('instant') ? value.toISOString() : undefined;
  }
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !parseDateInto(text, scratch)) return undefined;
  if (kinds && !kinds.includes(scratch.kind)) return undefined;
  const s = text.trim();
  if (s.length <= 10) return s.toUpperCase();
  return `${s.slice(0, 10)}T${s.slice(11)}`;
}
