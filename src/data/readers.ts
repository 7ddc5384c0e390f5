import { ALL_KINDS, normalizeDate, type DateKind } from './dates.js';
import { isMissing, numberExpectation, parseNumber, type NumberLocale } from './numbers.js';
import { pick, type Field, type ReadOptions, type Row, type RowContext } from './row.js';

/*
 * Field readers: each returns the value in its accepted form, or undefined after reporting
 * the field, the value and what was expected through `ctx`. A missing value is only an
 * issue when required.
 */

/** Reads a field with `parse`; a present value it cannot parse is an issue, a missing one only when required. */
export function readField<T>(
  row: Row,
  field: Field,
  ctx: RowContext,
  o: ReadOptions | undefined,
  expected: string,
  parse: (v: unknown) => T | undefined,
): T | undefined {
  const [name, value] = pick(row, field);
  if (isMissing(value)) {
    if (o?.required) ctx.issue(name, value, `${expected} (required)`);
    return undefined;
  }
  const out = parse(value);
  if (out === undefined) ctx.issue(name, value, expected);
  return out;
}

/** Text, trimmed; numbers are accepted as their text. */
export function readString(
  row: Row,
  field: Field,
  ctx: RowContext,
  o?: ReadOptions & { maxLength?: number },
): string | undefined {
  const max = o?.maxLength ?? Infinity;
  return readField(row, field, ctx, o, max < Infinity ? `text of at most ${max} characters` : 'text', (v) => {
    const s =
      typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
    return s !== undefined && s.length <= max ? s : undefined;
  });
}

/** A number from a JS number or numeric text (see `parseNumber`); `locale` overrides the dataset's. */
export function readNumber(
  row: Row,
  field: Field,
  ctx: RowContext,
  o?: ReadOptions & { locale?: NumberLocale; min?: number; max?: number; integer?: boolean },
): number | undefined {
  const locale = o?.locale ?? ctx.locale;
  const min = o?.min ?? -Infinity;
  const max = o?.max ?? Infinity;
  let expected = o?.integer
    ? numberExpectation(locale).replace('a number', 'a whole number')
    : numberExpectation(locale);
  if (min > -Infinity || max < Infinity) expected += ` between ${min} and ${max}`;
  return readField(row, field, ctx, o, expected, (v) => {
    const n = parseNumber(v, locale);
    return Number.isNaN(n) || n < min || n > max || (o?.integer && !Number.isInteger(n)) ? undefined : n;
  });
}

const KIND_TEXT: Record<DateKind, string> = {
  date: '2024-03-01',
  local: '2024-03-01 10:00:00',
  instant: '2024-03-01T10:00:00+07:00',
  year: '2024',
  quarter: '2024-Q1',
  month: '2024-03',
  week: '2024-W09',
};
/** Dates and timestamps; the default for `readDate`. */
export const POINT_KINDS: readonly DateKind[] = ['date', 'local', 'instant'];
/** Dates, timestamps and periods. */
export const ALL_DATE_KINDS: readonly DateKind[] = ALL_KINDS;

/** A date in one of the accepted forms (default: dates and timestamps), normalised (see `normalizeDate`). */
export function readDate(
  row: Row,
  field: Field,
  ctx: RowContext,
  o?: ReadOptions & { kinds?: readonly DateKind[] },
): string | undefined {
  const kinds = o?.kinds ?? POINT_KINDS;
  const expected = `a date like ${kinds.map((k) => KIND_TEXT[k]).join(' or ')}`;
  return readField(row, field, ctx, o, expected, (v) => normalizeDate(v, kinds));
}

/** An identifier (region code, service code): text or a whole number, optionally matching `pattern`. */
export function readCode(
  row: Row,
  field: Field,
  ctx: RowContext,
  o?: ReadOptions & { pattern?: RegExp; example?: string },
): string | undefined {
  const expected = o?.example ? `a code like ${o.example}` : 'a code';
  return readField(row, field, ctx, o, expected, (v) => {
    const s =
      typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isInteger(v) ? String(v) : undefined;
    return s !== undefined && (!o?.pattern || o.pattern.test(s)) ? s : undefined;
  });
}

/** One of `values` (case-insensitive unless told), or a value that `aliases` maps to one. */
export function readEnum<E extends string>(
  row: Row,
  field: Field,
  ctx: RowContext,
  values: readonly E[],
  o?: ReadOptions & { aliases?: Record<string, E>; caseSensitive?: boolean },
): E | undefined {
  const fold = (s: string) => (o?.caseSensitive ? s : s.toLowerCase());
  const table = new Map<string, E>();
  for (const v of values) table.set(fold(v), v);
  for (const [k, v] of Object.entries(o?.aliases ?? {})) table.set(fold(k), v);
  return readField(row, field, ctx, o, `one of ${values.join(', ')}`, (v) =>
    typeof v === 'string' || typeof v === 'number' ? table.get(fold(String(v).trim())) : undefined,
  );
}
