import { ALL_KINDS, normalizeDate, type DateKind } from '../../time/dates.js';
import type { IssueParams, IssueSpec } from './issue-codes.js';
import { readAs, type ColumnReading } from './number-reading.js';
import { isMissing, parseNumber, type NumberLocale } from './numbers.js';
import { pick, type Field, type ReadOptions, type Row, type RowContext } from '../row.js';

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
  expected: string | IssueSpec | ((name: string, value: unknown) => IssueSpec),
  parse: (v: unknown, name: string) => T | undefined,
): T | undefined {
  const [name, value] = pick(row, field);
  const spec = (): string | IssueSpec => (typeof expected === 'function' ? expected(name, value) : expected);
  if (isMissing(value)) {
    if (o?.required) {
      const e = spec();
      ctx.issue(
        name,
        value,
        typeof e === 'string' ? `${e} (required)` : { ...e, params: { ...e.params, required: true } },
      );
    }
    return undefined;
  }
  const out = parse(value, name);
  if (out === undefined) ctx.issue(name, value, spec());
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
  const spec: IssueSpec = { code: 'text', params: max < Infinity ? { max } : undefined };
  return readField(row, field, ctx, o, spec, (v) => {
    const s =
      typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
    return s !== undefined && s.length <= max ? s : undefined;
  });
}

/**
 * A number from a JS number or numeric text. Its column's way of writing numbers is `locale`
 * when given, else the dataset's (`ctx.locale`), else inferred from all the column's values
 * (`ctx.reading`): `10.846` and `68,52` in one column are both Indonesian.
 */
export function readNumber(
  row: Row,
  field: Field,
  ctx: RowContext,
  o?: ReadOptions & { locale?: NumberLocale; min?: number; max?: number; integer?: boolean },
): number | undefined {
  const stated = o?.locale ?? ctx.locale;
  const reading = (name: string): ColumnReading =>
    stated ? { locale: stated, by: 'stated' } : (ctx.reading?.(name) ?? { by: 'none' });
  const min = o?.min ?? -Infinity;
  const max = o?.max ?? Infinity;
  const spec = (name: string, v: unknown): IssueSpec => {
    const locale = reading(name).locale;
    const other = stated ? parseNumber(v, stated === 'id' ? 'en' : 'id') : NaN;
    const params: IssueParams = { locale: locale ?? '' };
    if (o?.integer) params.integer = true;
    if (min > -Infinity) params.min = min;
    if (max < Infinity) params.max = max;
    if (!Number.isNaN(other)) params.other = other;
    return { code: 'number', params };
  };
  return readField(row, field, ctx, o, spec, (v, name) => {
    const n = readAs(reading(name), v);
    return Number.isNaN(n) || n < min || n > max || (o?.integer && !Number.isInteger(n)) ? undefined : n;
  });
}

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
  const spec: IssueSpec = { code: 'date', params: { kinds: kinds.join(',') } };
  return readField(row, field, ctx, o, spec, (v) => normalizeDate(v, kinds));
}

/** An identifier (region code, service code): text or a whole number, optionally matching `pattern`. */
export function readCode(
  row: Row,
  field: Field,
  ctx: RowContext,
  o?: ReadOptions & { pattern?: RegExp; example?: string },
): string | undefined {
  const spec: IssueSpec = { code: 'code', params: o?.example ? { example: o.example } : undefined };
  return readField(row, field, ctx, o, spec, (v) => {
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
  const spec: IssueSpec = { code: 'enum', params: { values: values.join(', ') } };
  return readField(row, field, ctx, o, spec, (v) =>
    typeof v === 'string' || typeof v === 'number' ? table.get(fold(String(v).trim())) : undefined,
  );
}
