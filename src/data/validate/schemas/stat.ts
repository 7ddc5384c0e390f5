import {
  ALL_DATE_KINDS,
  dropUndefined,
  readDate,
  readEnum,
  readNumber,
  readString,
  validateRows,
  type NumberReadOptions,
  type Row,
  type RowContext,
} from '../schema.js';
import type { SourceFormat, Validated } from '../../types.js';

/** One headline figure (`<pantau-stat>`). */
export interface StatDatum {
  value: number;
  previous?: number;
  label?: string;
  unit?: string;
  /** The value's period as text: `2024`, `Januari 2024`. */
  period?: string;
  previousPeriod?: string;
  source?: string;
  /** An http(s) link to the source; anything else is reported and left out. */
  sourceUrl?: string;
  /** When the figure was last updated (a date, timestamp or period). */
  updated?: string;
  /** An identifier to pick this figure from a list (`<pantau-stat select>`). */
  id?: string;
  /** Whether a fall is good news. */
  lowerIsBetter?: boolean;
  /** How numbers are written. */
  notation?: 'standard' | 'compact' | 'rupiah';
}

const YES_NO = ['true', 'false'] as const;
const YES_NO_ALIASES = {
  ya: 'true',
  yes: 'true',
  '1': 'true',
  tidak: 'false',
  no: 'false',
  '0': 'false',
} as const;

const HTTP = /^https?:\/\/\S+$/i;

function statRow(row: Row, ctx: RowContext): StatDatum | undefined {
  const value = readNumber(row, 'value', ctx, { required: true });
  const datum: StatDatum = {
    value: value ?? NaN,
    previous: readNumber(row, 'previous', ctx),
    label: readString(row, 'label', ctx),
    unit: readString(row, 'unit', ctx),
    period: readString(row, 'period', ctx),
    previousPeriod: readString(row, ['previousPeriod', 'previous_period', 'previous-period'], ctx),
    source: readString(row, 'source', ctx),
    sourceUrl: readString(row, ['sourceUrl', 'source_url', 'source-url'], ctx),
    updated: readDate(row, 'updated', ctx, { kinds: ALL_DATE_KINDS }),
    id: readString(row, 'id', ctx),
    notation: readEnum(row, 'notation', ctx, ['standard', 'compact', 'rupiah'] as const),
  };
  const lower = row.lowerIsBetter ?? row.lower_is_better;
  if (typeof lower === 'boolean') datum.lowerIsBetter = lower;
  else if (lower !== undefined && lower !== null && lower !== '')
    datum.lowerIsBetter =
      readEnum(row, ['lowerIsBetter', 'lower_is_better'], ctx, YES_NO, { aliases: YES_NO_ALIASES }) ===
      'true';
  if (datum.sourceUrl !== undefined && !HTTP.test(datum.sourceUrl)) {
    ctx.issue('sourceUrl', datum.sourceUrl, { code: 'link' });
    return undefined;
  }
  return value === undefined ? undefined : dropUndefined(datum);
}

/**
 * Validates stats: one object or an array of them (JSON), or CSV rows with these columns.
 * Numbers are read as `o.locale` says, else each column's way is inferred (see `validateRows`).
 */
export function validateStats(
  input: unknown,
  _format?: SourceFormat,
  o?: NumberReadOptions,
): Validated<StatDatum[]> {
  const rows = typeof input === 'object' && input !== null && !Array.isArray(input) ? [input] : input;
  return validateRows(rows, statRow, { ...o, what: 'stats' });
}
