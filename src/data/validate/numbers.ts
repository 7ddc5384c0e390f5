import { expectedText } from './issue-codes.js';

/**
 * How numbers are written in a dataset: `id` (`1.234,5`, Intl `id-ID`) or `en` (`1,234.5`).
 * Plain numerals (`1234.5`, `-3`, `1e3`) read the same either way. Thousands groups must be
 * of three digits and may not start with 0, so `98.15` is not 9815 under `id` and `0.123`
 * is never 123.
 */
export type NumberLocale = 'id' | 'en';

const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const ID = /^[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const EN = /^[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** True for the values that mean "no value": undefined, null, an empty or blank string. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A finite number from a JS number or numeric text written the `locale` way (unstated: plain
 * numerals only); NaN when unreadable (missing values too) or out of range (`1e309` would be
 * Infinity and break every sum).
 */
export function parseNumber(value: unknown, locale?: NumberLocale): number {
  const n = readNumber(value, locale);
  return Number.isFinite(n) ? n : NaN;
}

function readNumber(value: unknown, locale?: NumberLocale): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  const s = value.trim();
  // Under `id`, "1.234" is a thousands group: handled below.
  if (PLAIN.test(s) && !(locale === 'id' && s.includes('.'))) return Number(s);
  if (locale === 'id' && ID.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (locale === 'en' && EN.test(s)) return Number(s.replace(/,/g, ''));
  return NaN;
}

/**
 * What one value says about its column's way of writing numbers: only one reading
 * (`68,52`, `1.234,5` → `id`; `98.15`, `1,234.5` → `en`), two different ones (`10.846`,
 * `1,234` → `either`), or nothing (a plain integer, a JS number, text that is no number).
 */
export function numberEvidence(value: unknown): NumberLocale | 'either' | 'none' {
  if (typeof value !== 'string') return 'none';
  const id = parseNumber(value, 'id');
  const en = parseNumber(value, 'en');
  if (Number.isNaN(id)) return Number.isNaN(en) ? 'none' : 'en';
  if (Number.isNaN(en)) return 'id';
  return id === en ? 'none' : 'either';
}

/** English description of what `parseNumber` accepts under `locale`, for row issues. */
export function numberExpectation(locale?: NumberLocale): string {
  return expectedText({ code: 'number', params: { locale: locale ?? '' } });
}

/** A `number-locale` attribute's value as a locale (`ID`, ` en ` too); anything else is unstated. */
export function toNumberLocale(value: unknown): NumberLocale | undefined {
  const s = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return s === 'id' || s === 'en' ? s : undefined;
}
