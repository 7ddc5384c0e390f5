import { monthName, quarterLabel, weekLabel } from '../i18n/numbers-and-dates.js';
import type { Lang } from '../i18n/lang.js';

/** The granularity of a time axis; matches the data client's `Period`. */
export type PeriodUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A period key split into parts: `2024-03-01`, `2024-W09`, `2024-03`, `2024-Q1` or `2024`. */
export interface PeriodParts {
  year: number;
  /** Month (1–12), quarter (1–4) or ISO week (1–53); 0 for a year. */
  sub: number;
  /** Day of month for day keys, else 0. */
  day: number;
}

const KEY = /^(\d{4})(?:-(?:(W)(\d{2})|(Q)([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

/** Parses a period key; undefined for anything else. */
export function parsePeriodKey(key: string): PeriodParts | undefined {
  const m = KEY.exec(key);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return { year, sub: Number(m[3]), day: 0 };
  if (m[4]) return { year, sub: Number(m[5]), day: 0 };
  if (m[6]) return { year, sub: Number(m[6]), day: m[7] ? Number(m[7]) : 0 };
  return { year, sub: 0, day: 0 };
}

const QUARTER: Record<Lang, readonly string[]> = {
  id: ['', 'Tw I', 'Tw II', 'Tw III', 'Tw IV'],
  en: ['', 'Q1', 'Q2', 'Q3', 'Q4'],
};
const WEEK: Record<Lang, string> = { id: 'Mg', en: 'Wk' };

/** The short part of a period's label within its year (`Mar`, `Tw I`, `Mg 9`); empty for a year. */
function inYear(p: PeriodParts, unit: PeriodUnit, lang: Lang, style: 'short' | 'long'): string {
  switch (unit) {
    case 'year':
      return '';
    case 'quarter':
      return QUARTER[lang][p.sub] ?? String(p.sub);
    case 'month':
      return monthName(p.sub, lang, style);
    case 'week':
      return `${WEEK[lang]} ${p.sub}`;
    default:
      return `${p.day} ${monthName(p.sub, lang, style)}`;
  }
}

/**
 * A period for reading: `long` in sentences, tooltips and tables as government reports write
 * it (`Maret 2024`, `Triwulan I 2024`, `Minggu ke-9 2024`), `short` where space is tight
 * (`Mar 2024`, `Tw I 2024`, `Mg 9 2024`).
 */
export function periodLabel(
  key: string,
  unit: PeriodUnit,
  lang: Lang,
  style: 'short' | 'long' = 'long',
): string {
  const p = parsePeriodKey(key);
  if (!p) return key;
  if (style === 'long' && unit === 'quarter') return quarterLabel(p.sub, p.year, lang);
  if (style === 'long' && unit === 'week') return weekLabel(p.sub, p.year, lang);
  return unit === 'year' ? String(p.year) : `${inYear(p, unit, lang, style)} ${p.year}`;
}

/**
 * A tick label in two lines: the period within its year, and the year only where it changes
 * (or on the first tick), so a narrow axis never repeats `2024` under every month.
 */
export function tickLabel(
  key: string,
  prevKey: string | undefined,
  unit: PeriodUnit,
  lang: Lang,
): [string, string] {
  const p = parsePeriodKey(key);
  if (!p) return [key, ''];
  if (unit === 'year') return [String(p.year), ''];
  const prev = prevKey ? parsePeriodKey(prevKey) : undefined;
  return [inYear(p, unit, lang, 'short'), !prev || prev.year !== p.year ? String(p.year) : ''];
}
