import { numberEvidence, parseNumber, type NumberLocale } from './numbers.js';
import type { DataNote } from '../types.js';

/** How a column's numbers are read, and what settled it. */
export interface ColumnReading {
  /** The reading; undefined when every value reads the same either way (plain numerals). */
  locale?: NumberLocale;
  /** Stated by the caller, shown by the values, implied by the file (`;`-separated), or assumed. */
  by: 'stated' | 'values' | 'file' | 'assumed' | 'none';
  /** The column writes numbers both ways: each value only one reading can read is read that way. */
  mixed?: boolean;
  /** A value two readings read differently (`10.846`), for the note that says which was taken. */
  example?: string;
}

/** What decides a column's reading besides its values. */
export interface ReadingOptions {
  /** Stated (`number-locale`): the values are not consulted. */
  locale?: NumberLocale;
  /** What the file says (an Indonesian spreadsheet saves `;`-separated CSV). */
  hint?: NumberLocale;
  /** Taken when nothing settles a value that reads two ways: the page language's (default `id`). */
  fallback?: NumberLocale;
}

/**
 * Collects what a column's values say, one value at a time (the streamed CSV paths feed it
 * row by row), and decides the column's reading from all of them.
 */
export class ReadingVote {
  id = 0;
  en = 0;
  either?: string;

  add(value: unknown): void {
    const e = numberEvidence(value);
    if (e === 'id') this.id++;
    else if (e === 'en') this.en++;
    else if (e === 'either') this.either ??= String(value).trim();
  }

  result(o: ReadingOptions = {}): ColumnReading {
    if (o.locale) return { locale: o.locale, by: 'stated' };
    const { id, en, either } = this;
    if (id && en)
      return {
        locale: id > en ? 'id' : en > id ? 'en' : (o.hint ?? o.fallback ?? 'id'),
        by: 'values',
        mixed: true,
      };
    if (id || en) return { locale: id ? 'id' : 'en', by: 'values' };
    if (either === undefined) return { by: 'none' };
    if (o.hint) return { locale: o.hint, by: 'file', example: either };
    return { locale: o.fallback ?? 'id', by: 'assumed', example: either };
  }
}

/** The reading of a column from all its values (see `ReadingVote`). */
export function inferReading(values: Iterable<unknown>, o: ReadingOptions = {}): ColumnReading {
  const vote = new ReadingVote();
  if (!o.locale) for (const v of values) vote.add(v);
  return vote.result(o);
}

/** A value read the column's way; in a mixed column, a value only the other way reads is read that way. */
export function readAs(reading: ColumnReading, value: unknown): number {
  const n = parseNumber(value, reading.locale);
  if (!Number.isNaN(n) || !reading.mixed) return n;
  return parseNumber(value, reading.locale === 'id' ? 'en' : 'id');
}

const LOCALE_NAME = { id: 'Indonesian', en: 'English' } as const;

/**
 * The note a reading needs, when it was a guess: an assumed reading of a value that reads two
 * ways, or a column that writes numbers both ways. Undefined when nothing was guessed.
 */
export function readingNote(field: string, r: ColumnReading): DataNote | undefined {
  if (r.by === 'assumed' && r.locale && r.example !== undefined) {
    const value = parseNumber(r.example, r.locale);
    return {
      code: 'number-locale-assumed',
      field,
      params: { field, example: r.example, value, locale: r.locale },
      message: `Column "${field}": "${r.example}" can be read two ways; it was read the ${LOCALE_NAME[r.locale]} way (${value}). Set number-locale ("id" or "en") to state how the file writes numbers.`,
    };
  }
  if (r.mixed && r.locale)
    return {
      code: 'number-locale-mixed',
      field,
      params: { field, locale: r.locale },
      message: `Column "${field}" writes numbers both the Indonesian and the English way; each value was read the only way it can be, the rest the ${LOCALE_NAME[r.locale]} way. Set number-locale ("id" or "en") to state how the file writes numbers.`,
    };
  return undefined;
}

const tags = new WeakMap<object, ReadingOptions>();

/** Remembers what a table's source says about its numbers (stated locale, `;` file) for whoever validates its rows. */
export function tagTable(rows: object, o: ReadingOptions): void {
  if (o.locale || o.hint) tags.set(rows, o);
}

/** What `tagTable` remembered about these rows. */
export function tableTag(rows: object): ReadingOptions | undefined {
  return tags.get(rows);
}
