/**
 * How numbers are written in a dataset. Unstated: plain numerals only (`1234.5`, `-3`,
 * `1e3`), because `1.234` means 1234 in Indonesian and 1.234 in English. `id`: `1.234,5`;
 * `en`: `1,234.5`. Thousands groups must be of three digits, so `98.15` is not read as
 * 9815 under `id`: it is reported.
 */
export type NumberLocale = 'id' | 'en';

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ID = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const EN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** True for the values that mean "no value": undefined, null, an empty or blank string. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A finite number from a JS number or numeric text; NaN when unreadable (missing values too)
 * or out of range (`1e309` or 400 digits would be Infinity and break every sum).
 */
export function parseNumber(value: unknown, locale?: NumberLocale): number {
  const n = readNumber(value, locale);
  return Number.isFinite(n) ? n : NaN;
}

function readNumber(value: unknown, locale?: NumberLocale): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const s = value.trim();
  if (PLAIN.test(s) && !(locale === 'id' && s.includes('.'))) {
    // Under `id`, "1.234" is a thousands group: handled below.
    return Number(s);
  }
  if (locale === 'id' && ID.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (locale === 'en' && EN.test(s)) return Number(s.replace(/,/g, ''));
  return NaN;
}

/** English description of what `parseNumber` accepts, for row issues. */
export function numberExpectation(locale?: NumberLocale): string {
  if (locale === 'id') return 'a number written the Indonesian way, like 1.234,5';
  if (locale === 'en') return 'a number like 1,234.5';
  return 'a number like 1234.5 (no thousands separators; state the locale for 1.234,5)';
}
