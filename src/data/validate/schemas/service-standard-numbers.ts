/**
 * Numbers in a service standard: fees, days, scores. Files come from Indonesian offices and
 * from dashboards in English, usually with no locale stated, so a text is read both ways and
 * kept only when the readings agree (or only one fits the field's range). Otherwise it is
 * reported, never guessed: "1,234" is 1.234 the Indonesian way and 1234 the English way.
 */
import { parseNumber, type NumberLocale } from '../numbers.js';

export interface NumericOptions {
  /** How the file writes numbers; unstated, both readings are tried. */
  locale?: NumberLocale;
  min?: number;
  max?: number;
  /**
   * An amount in Rupiah: an "Rp" prefix and a ",-" suffix are dropped, and a dot before
   * groups of three digits always groups thousands (Rupiah has no cents in use, so
   * "Rp 50.000" is never fifty).
   */
  rupiah?: boolean;
}

/** Why a present value gave no number (also the issue code). */
export type NumericProblem = 'unreadable' | 'ambiguous' | 'range';

// Punctuation only ("-", "—", "..."), or the words offices write for "nothing here".
const PLACEHOLDER_WORDS = new Set([
  '',
  'tidak ada',
  'belum ada',
  'n a',
  'na',
  'tidak tersedia',
  'belum tersedia',
  'belum diisi',
  'kosong',
  'none',
  'null',
  'tbd',
]);

// Letters and digits in the longest placeholder word: a text with more is none of them.
const MOST_LETTERS = Math.max(...[...PLACEHOLDER_WORDS].map((w) => w.replace(/ /g, '').length));

/** True for a text that stands for "not published": "-", "Tidak ada", "Belum ada", "N/A", blank. */
export function isPlaceholder(v: string): boolean {
  const lower = v.toLowerCase();
  // Every text field of a catalogue comes here, most of them sentences: counting up to a few
  // letters settles those without rewriting the whole text (the card's first render at 4× CPU
  // spent ~9 ms in the replace below).
  let letters = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) && ++letters > MOST_LETTERS) return false;
  }
  return PLACEHOLDER_WORDS.has(lower.replace(/[^a-z0-9]+/g, ' ').trim());
}

const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * A number, `undefined` for a missing value (absent, blank, placeholder), or the problem that
 * kept a present value from being read. A text whose digits are not all zero never reads as 0
 * (`"1e-400"` is out of range, not free).
 */
export function readNumeric(v: unknown, o: NumericOptions = {}): number | NumericProblem | undefined {
  const min = o.min ?? -Infinity;
  const max = o.max ?? Infinity;
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return !Number.isFinite(v) ? 'unreadable' : v < min || v > max ? 'range' : v;
  if (typeof v !== 'string') return 'unreadable';
  let s = v.trim();
  if (isPlaceholder(s)) return undefined;
  if (o.rupiah) s = s.replace(/^rp\.?\s*/i, '').replace(/[,.]-$/, '');
  // Rupiah has no cents in use: "50.000" is fifty thousand whichever way the file writes numbers.
  if (o.rupiah && DOT_GROUPS.test(s)) return parseNumber(s, 'id');
  const readings = o.locale ? [parseNumber(s, o.locale)] : [parseNumber(s, 'id'), parseNumber(s, 'en')];
  const read = [...new Set(readings.filter((n) => !Number.isNaN(n)))];
  if (!read.length) return 'unreadable';
  const fit = read.filter((n) => n >= min && n <= max);
  if (!fit.length) return 'range';
  if (fit.length > 1) return 'ambiguous';
  const n = fit[0]!;
  return n === 0 && /[1-9]/.test(s.split(/e/i)[0]!) ? 'unreadable' : n;
}
