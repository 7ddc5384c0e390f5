import { daysFromCivil, isValidDate } from './civil.js';
import type { DateParts } from './dates.js';

// Two ASCII digits at `i`, or -1.
function two(b: Uint8Array, i: number): number {
  const a = b[i]! - 48;
  const c = b[i + 1]! - 48;
  return a >= 0 && a <= 9 && c >= 0 && c <= 9 ? a * 10 + c : -1;
}

/**
 * The common date forms read straight from UTF-8 bytes: `2024-03-01` and
 * `2024-03-01[T ]10:00[:00][Z|±07[:00]|±0700]`, with the same result as `parseDateInto`
 * on their text. False for anything else, including forms `parseDateInto` accepts
 * (periods, fractions of a second, surrounding spaces) and values it rejects: the caller
 * then decodes the text and asks `parseDateInto`, which has the last word.
 */
export function parseDateBytes(b: Uint8Array, s: number, e: number, out: DateParts): boolean {
  const len = e - s;
  if ((len !== 10 && len < 16) || b[s + 4] !== 45 || b[s + 7] !== 45) return false;
  const hi = two(b, s);
  const lo = two(b, s + 2);
  const m = two(b, s + 5);
  const d = two(b, s + 8);
  if (hi < 0 || lo < 0 || !isValidDate(hi * 100 + lo, m, d)) return false;
  out.y = hi * 100 + lo;
  out.m = m;
  out.d = d;
  if (len === 10) return ((out.kind = 'date'), true);
  const sep = b[s + 10];
  if (sep !== 84 && sep !== 32 && sep !== 116) return false;
  const h = two(b, s + 11);
  const mi = b[s + 13] === 58 ? two(b, s + 14) : -1;
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return false;
  let i = s + 16;
  let sec = 0;
  if (i < e && b[i] === 58) {
    sec = i + 3 <= e ? two(b, i + 1) : -1;
    if (sec < 0 || sec > 59) return false;
    i += 3;
  }
  const wall = (daysFromCivil(out.y, m, d) * 86_400 + h * 3600 + mi * 60 + sec) * 1000;
  if (i === e) return ((out.kind = 'local'), (out.ms = wall), true);
  const c = b[i];
  if (c === 90 && i + 1 === e) return ((out.kind = 'instant'), (out.ms = wall), true);
  if (c !== 43 && c !== 45) return false;
  const rest = e - i - 1;
  const oh = rest >= 2 ? two(b, i + 1) : -1;
  const om = rest === 2 ? 0 : rest === 4 ? two(b, i + 3) : rest === 5 && b[i + 3] === 58 ? two(b, i + 4) : -1;
  if (oh < 0 || oh > 14 || om < 0 || om > 59) return false;
  out.kind = 'instant';
  out.ms = wall - (c === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
  return true;
}
