import { civilFromDays, isValidDate, type CalendarDate } from '../time/civil.js';
import { localDay } from '../time/timezone.js';
import type { Lang } from './lang.js';
import { plainCompact, plainNumber, plainPercent } from './plain-number.js';

// Numbers and dates as a reader of each language writes them (the calendar maths is time/'s).
// One module on purpose: split in two, the bundles order the halves apart and gzip ~10 bytes more.

/** The Intl locale used for each language. */
export const INTL_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

const MONTH_NAMES: Record<Lang, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

// Intl is asked only for what number-text.ts cannot write (negatives, huge or tiny values).
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[lang], options)));
  return f;
}

/** `1500000.59` → `1.500.000,59` (id) or `1,500,000.59` (en). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return (
    plainNumber(value, lang, maximumFractionDigits) ??
    numberFormat(lang, { maximumFractionDigits }).format(value)
  );
}

/** A ratio as a percentage: `0.283` → `28,3%` (id). */
export function formatPercent(ratio: number, lang: Lang, maximumFractionDigits = 1): string {
  return (
    plainPercent(ratio, lang, maximumFractionDigits) ??
    numberFormat(lang, { style: 'percent', maximumFractionDigits }).format(ratio)
  );
}

/** Short forms for axes and tiles: `1500000` → `1,5 jt` (id) or `1.5M` (en). */
export function formatCompact(value: number, lang: Lang): string {
  return (
    plainCompact(value, lang) ??
    numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
  );
}

/** Rupiah without decimals, as prices are written: `Rp 50.000`. */
export function formatRupiah(amount: number, lang: Lang): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp ${formatNumber(Math.abs(amount), lang, 0)}`;
}

/** Month name, 1-based month: `(8, 'id')` → `Agu`. */
export function monthName(month: number, lang: Lang, style: 'short' | 'long' = 'short'): string {
  const name = MONTH_NAMES[lang][month - 1] ?? '';
  // Both languages abbreviate every month to its first three letters (Agu, Okt, Des; Aug, Oct).
  return style === 'short' ? name.slice(0, 3) : name;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD` as a calendar date; anything else (or an impossible date) is undefined. */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const m = DATE_ONLY.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

export type DateStyle = 'long' | 'medium' | 'month' | 'year';

/** The calendar day of an instant in a time zone (the data client's zone maths), or undefined. */
function zonedDay(date: Date, timeZone: string): [number, number, number] | undefined {
  const ms = date.getTime();
  return Number.isNaN(ms) ? undefined : civilFromDays(localDay(ms, timeZone));
}

/** A quarter as government reports name it: `Triwulan I 2024`, `Q1 2024`. */
export function quarterLabel(quarter: number, year: number, lang: Lang): string {
  return lang === 'en' ? `Q${quarter} ${year}` : `Triwulan ${ROMAN[quarter] ?? quarter} ${year}`;
}

/** An ISO week: `Minggu ke-9 2024`, `Week 9, 2024`. */
export function weekLabel(week: number, year: number, lang: Lang): string {
  return lang === 'en' ? `Week ${week}, ${year}` : `Minggu ke-${week} ${year}`;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

// A text Date.parse reads the same everywhere: one that names its own offset or zone.
const ZONED = /(?:Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$/i;
// A date with a wall-clock time and no offset (CKAN's `2024-12-31T20:00:00`, `2024-12-31 20:00`).
const WALL = /^(\d{4})-(\d{2})-(\d{2})[Tt ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?$/;
// A period: `2024`, `2024-03`, `2024-Q1`, `2024-W09`.
const PERIOD = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|[Qq]([1-4])|W(0[1-9]|[1-4]\d|5[0-3])))?$/;

/**
 * Formats a date for reading. A date-only string is a calendar date and a timestamp without
 * an offset (`2024-12-31T20:00:00`, CKAN's usual form) is wall time in `timeZone`: neither
 * is shifted by the reader's time zone. A timestamp with an offset (or a `Date`) is shown as
 * its calendar date in `timeZone` (default WIB, Asia/Jakarta). A period (`2024`, `2024-03`,
 * `2024-Q1`, `2024-W09`) is named as one. Unreadable input is returned as given, never guessed.
 */
export function formatDate(
  value: string | Date,
  lang: Lang,
  style: DateStyle = 'long',
  timeZone = 'Asia/Jakarta',
): string {
  let ymd: [number, number, number] | undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const period = PERIOD.exec(text);
  if (period) {
    const [, y, m, q, w] = period.map(Number) as number[];
    if (m) return style === 'year' ? String(y) : `${monthName(m, lang, 'long')} ${y}`;
    if (q) return quarterLabel(q, y!, lang);
    if (w) return weekLabel(w, y!, lang);
    return String(y);
  }
  // A calendar date, or a wall-clock time read in `timeZone`: its own calendar day, no Intl needed.
  const cal = parseCalendarDate(text);
  const wall = WALL.exec(text);
  if (cal) ymd = [cal.year, cal.month, cal.day];
  else if (wall && isValidDate(+wall[1]!, +wall[2]!, +wall[3]!)) ymd = [+wall[1]!, +wall[2]!, +wall[3]!];
  else if (typeof value !== 'string') ymd = zonedDay(value, timeZone);
  else if (ZONED.test(text)) ymd = zonedDay(new Date(text), timeZone);
  if (!ymd) return String(value);
  const [y, mo, d] = ymd;
  switch (style) {
    case 'year':
      return String(y);
    case 'month':
      return `${monthName(mo, lang, 'long')} ${y}`;
    case 'medium':
      return `${d} ${monthName(mo, lang)} ${y}`;
    default:
      return `${d} ${monthName(mo, lang, 'long')} ${y}`;
  }
}
