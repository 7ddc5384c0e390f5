import type { Lang } from './lang.js';

/**
 * Number text for id and en without Intl, for the numbers pages show first (non-negative,
 * below 10^15): the first Intl formatter in a page costs 40–100 ms of locale loading, more than
 * drawing a chart. Like ICU, values round half away from zero on their shortest decimal form
 * (1.005 → 1.01). Each function returns undefined for anything else, and numbers-and-dates.ts
 * then asks Intl, so the text never differs from Intl's (a property test compares both).
 */

const SEP: Record<Lang, [group: string, decimal: string]> = { id: ['.', ','], en: [',', '.'] };
// Short scales by power of a thousand; ICU's CLDR data puts a no-break space before "rb", "jt"...
const SCALE: Record<Lang, readonly string[]> = {
  id: ['', '\u00a0rb', '\u00a0jt', '\u00a0M', '\u00a0T'],
  en: ['', 'K', 'M', 'B', 'T'],
};

/** Digits of `v × 10^shift` rounded to `frac` places, as [integer, fraction], or undefined. */
function decimal(v: number, shift: number, frac: number): [string, string] | undefined {
  if (!(v >= 0) || v >= 1e15) return undefined;
  const s = String(v);
  if (s.includes('e')) return undefined;
  const dot = s.indexOf('.');
  let digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let point = (dot < 0 ? s.length : dot) + shift;
  if (point < 1) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (digits.length < point) digits += '0'.repeat(point - digits.length);
  const keep = point + frac;
  if (digits.length > keep) {
    const up = digits.charCodeAt(keep) >= 53;
    digits = digits.slice(0, keep);
    if (up) {
      let k = keep - 1;
      while (k >= 0 && digits[k] === '9') k--;
      digits =
        k < 0
          ? `1${'0'.repeat(keep)}`
          : digits.slice(0, k) + String(+digits[k] + 1) + '0'.repeat(keep - 1 - k);
      if (k < 0) point++;
    }
  }
  return [digits.slice(0, point).replace(/^0+(?=\d)/, ''), digits.slice(point).replace(/0+$/, '')];
}

function join([int, frac]: [string, string], lang: Lang): string {
  const [group, dec] = SEP[lang];
  let out = int.length > 3 ? int.replace(/\B(?=(\d{3})+$)/g, group) : int;
  if (frac) out += dec + frac;
  return out;
}

/** Intl's `{ maximumFractionDigits }` number text, or undefined. */
export function plainNumber(v: number, lang: Lang, maximumFractionDigits: number): string | undefined {
  const d = decimal(v, 0, maximumFractionDigits);
  return d && join(d, lang);
}

/** Intl's percent text, or undefined. */
export function plainPercent(ratio: number, lang: Lang, maximumFractionDigits: number): string | undefined {
  const d = decimal(ratio, 2, maximumFractionDigits);
  return d && `${join(d, lang)}%`;
}

/** Intl's compact text (one decimal; thousands as rb/K, millions as jt/M...), or undefined. */
export function plainCompact(v: number, lang: Lang): string | undefined {
  let power = v >= 1000 && v < 1e15 ? Math.floor(Math.log10(v) / 3) : 0;
  let d = decimal(v, -3 * power, 1);
  // Rounding may carry into the next scale: 999,96 rb is 1 jt.
  if (d && d[0].length > 3 && power < 4) d = decimal(v, -3 * ++power, 1);
  return d && power <= 4 ? join(d, lang) + SCALE[lang][power] : undefined;
}
