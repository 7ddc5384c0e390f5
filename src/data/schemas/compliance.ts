/**
 * Validates compliance ratings (Ombudsman RI "penilaian kepatuhan"): one row per rated
 * region. Field names differ between real files, so each is renamable; a row needs a code or
 * a name to be joined, and may lack a score (rank-only rows exist in published reports).
 */
import { parseCategory, parseZone } from '../../geo/classify.js';
import { normalizeCode } from '../../geo/codes.js';
import type { Category, Zone } from '../../geo/schemes.js';
import { readField } from '../readers.js';
import {
  dropUndefined,
  readNumber,
  readString,
  validateRows,
  type Field,
  type Row,
  type RowContext,
} from '../schema.js';
import type { NumberLocale } from '../numbers.js';
import type { NumberReadOptions } from '../schema.js';
import type { Validated } from '../types.js';

export interface ComplianceRecord {
  /** 1-based source row, for the data-quality report. */
  row: number;
  /** The code as written (text) or as a number, when the source lost leading zeros. */
  code?: string | number;
  name?: string;
  score?: number;
  zone?: Zone;
  category?: Category;
  year?: number;
  rank?: number;
  /** How many were ranked: the 34 of "3 dari 34". */
  rankOf?: number;
}

export interface ComplianceFields {
  code: Field;
  name: Field;
  score: Field;
  zone: Field;
  category: Field;
  year: Field;
  rank: Field;
  rankOf: Field;
}

/** Field names read when none are given; the aliases cover the shared Ombudsman CSV. */
export const DEFAULT_COMPLIANCE_FIELDS: ComplianceFields = {
  code: ['code', 'kode'],
  name: ['name', 'nama'],
  score: ['score', 'nilai'],
  zone: ['zone', 'zona'],
  category: ['category', 'kategori'],
  year: ['year', 'tahun'],
  rank: ['rank', 'peringkat'],
  rankOf: ['rank_of', 'rankOf'],
};

function readRegionCode(row: Row, field: Field, ctx: RowContext): string | number | undefined {
  return readField(row, field, ctx, undefined, 'a region code like 63.01, 6301 or 63-01', (v) =>
    normalizeCode(v) === undefined ? undefined : typeof v === 'number' ? v : String(v).trim(),
  );
}

/** A row schema reading the given field names (each falls back to the default). */
export function complianceSchema(fields: Partial<ComplianceFields> = {}) {
  const f = { ...DEFAULT_COMPLIANCE_FIELDS, ...fields };
  return (row: Row, ctx: RowContext): ComplianceRecord | undefined => {
    const record: ComplianceRecord = {
      row: ctx.row,
      code: readRegionCode(row, f.code, ctx),
      name: readString(row, f.name, ctx, { maxLength: 200 }),
      score: readNumber(row, f.score, ctx, { min: 0, max: 100 }),
      zone: readField(
        row,
        f.zone,
        ctx,
        undefined,
        'one of hijau, kuning, merah (or green, yellow, red)',
        parseZone,
      ),
      category: readField(row, f.category, ctx, undefined, 'one of A, B, C, D, E', parseCategory),
      year: readNumber(row, f.year, ctx, { integer: true, min: 1900, max: 2100 }),
      rank: readNumber(row, f.rank, ctx, { integer: true, min: 1 }),
      rankOf: readNumber(row, f.rankOf, ctx, { integer: true, min: 1 }),
    };
    if (record.code === undefined && record.name === undefined) {
      ctx.issue(Array.isArray(f.code) ? String(f.code[0]) : String(f.code), '', 'a region code or name');
      return undefined;
    }
    return dropUndefined(record);
  };
}

/** Validates rows of ratings; see `validateRows` for what is reported and thrown. */
export function validateCompliance(
  rows: unknown,
  fields?: Partial<ComplianceFields>,
  locale?: NumberLocale | NumberReadOptions,
): Validated<ComplianceRecord[]> {
  const numbers = typeof locale === 'object' ? locale : { locale };
  return validateRows(rows, complianceSchema(fields), { ...numbers, what: 'ratings' });
}
