/**
 * Validates compliance ratings (Ombudsman RI "penilaian kepatuhan"): one row per rated
 * region. Field names differ between real files, so each is renamable and matched in any case
 * ("Opini", "Nilai Kepatuhan"); a row needs a code or a name to be joined, and may lack a score
 * (rank-only rows exist in published reports).
 */
import { parseCategory, parseOpinion, parseZone } from '../../../ratings/rating-text.js';
import { normalizeCode } from '../../../geo/codes.js';
import { parseRegionKind, type RegionKind } from '../../../geo/kinds.js';
import type { Category, Zone } from '../../../ratings/bands.js';
import { readField } from '../field-readers.js';
import {
  dropUndefined,
  readNumber,
  readString,
  validateRows,
  valueText,
  type Field,
  type Row,
  type RowContext,
} from '../schema.js';
import type { NumberLocale } from '../numbers.js';
import type { NumberReadOptions } from '../schema.js';
import type { RowIssue, Validated } from '../../types.js';

export interface ComplianceRecord {
  /** 1-based source row, for the data-quality report. */
  row: number;
  /** The code as written (text) or as a number, when the source lost leading zeros. */
  code?: string | number;
  name?: string;
  score?: number;
  zone?: Zone;
  category?: Category;
  /** The opinion as published ("Kualitas Tinggi", "Opini Kualitas Tertinggi Tanpa Maladministrasi"). */
  opinion?: string;
  year?: number;
  rank?: number;
  /** How many were ranked: the 34 of "3 dari 34". */
  rankOf?: number;
  /** The row's level (provinsi, kabupaten, kota), from a `level`/`tingkat`/`jenis` column. */
  level?: RegionKind;
  /** Rating values of this row that could not be read; the row is kept for the ones that could. */
  unread?: RowIssue[];
}

export interface ComplianceFields {
  code: Field;
  name: Field;
  score: Field;
  zone: Field;
  category: Field;
  opinion: Field;
  year: Field;
  rank: Field;
  rankOf: Field;
  level: Field;
}

/**
 * Field names read when none are given: the shared Ombudsman CSV's and the headers of the
 * Ombudsman's and the press's tables (matched in any case, spaces and dashes as `_`).
 */
export const DEFAULT_COMPLIANCE_FIELDS: ComplianceFields = {
  code: ['code', 'kode'],
  name: ['name', 'nama'],
  score: ['score', 'nilai', 'skor', 'nilai_kepatuhan', 'nilai_akhir'],
  zone: ['zone', 'zona', 'zonasi', 'zona_kepatuhan'],
  category: ['category', 'kategori'],
  opinion: ['opinion', 'opini', 'predikat', 'opini_ombudsman', 'opini_kepatuhan', 'opini_pengawasan'],
  year: ['year', 'tahun', 'tahun_penilaian'],
  rank: ['rank', 'peringkat', 'ranking'],
  rankOf: ['rank_of', 'rankOf'],
  level: ['level', 'tingkat', 'jenis'],
};

const plainKey = (k: string) =>
  k
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * The row with each field also under its plain name (`Opini` as `opini`, `Nilai Kepatuhan` as
 * `nilai_kepatuhan`), and the name the source wrote for a plain one, for the issues.
 */
function plainRow(row: Row): [Row, (field: string) => string] {
  let view: Row | undefined;
  const written = new Map<string, string>();
  for (const k of Object.keys(row)) {
    const p = plainKey(k);
    if (p === k || p in row || written.has(p)) continue;
    view ??= { ...row };
    view[p] = row[k];
    written.set(p, k);
  }
  return [view ?? row, (f) => written.get(f) ?? f];
}

type Held = [field: string, value: unknown, expected: string];

/** `ctx` with `issue` replaced (the rest, row and locale, read through). */
const withIssue = (ctx: RowContext, issue: (...h: Held) => void): RowContext =>
  Object.create(ctx, { issue: { value: issue } }) as RowContext;

function readRegionCode(row: Row, field: Field, ctx: RowContext): string | number | undefined {
  return readField(
    row,
    field,
    ctx,
    undefined,
    { code: 'code', params: { example: '63.01, 6301, 63-01' } },
    (v) => (normalizeCode(v) === undefined ? undefined : typeof v === 'number' ? v : String(v).trim()),
  );
}

/** A row schema reading the given field names (each falls back to the default). */
export function complianceSchema(fields: Partial<ComplianceFields> = {}) {
  const f = { ...DEFAULT_COMPLIANCE_FIELDS, ...fields };
  return (input: Row, outer: RowContext): ComplianceRecord | undefined => {
    const [row, written] = plainRow(input);
    const ctx = withIssue(outer, (name, v, e) => outer.issue(written(name), v, e));
    // A rating value that cannot be read leaves the row out only when no other one can be.
    const held: Held[] = [];
    const rc = withIssue(ctx, (...h) => held.push(h));
    let opinion = readField(row, f.opinion, rc, undefined, 'an opinion like "Kualitas Tinggi"', parseOpinion);
    // A zone or category column holding another rating ("Kepatuhan Tinggi" under Kategori, as
    // 2021 tables print the predicate) is read as the opinion it is, when there is no other.
    const or =
      <T>(parse: (v: unknown) => T | undefined) =>
      (v: unknown): T | null | undefined => {
        const out = parse(v);
        if (out !== undefined || opinion !== undefined) return out;
        opinion = parseOpinion(v);
        return opinion === undefined ? undefined : null;
      };
    const rating = {
      score: readNumber(row, f.score, rc, { min: 0, max: 100 }),
      zone: readField(row, f.zone, rc, undefined, 'a zone like "Zona Hijau"', or(parseZone)) ?? undefined,
      category:
        readField(row, f.category, rc, undefined, 'a category like "Kategori A"', or(parseCategory)) ??
        undefined,
      opinion,
    };
    const readable = Object.values(rating).some((v) => v !== undefined);
    if (!readable) for (const [field, v, e] of held) ctx.issue(field, v, e);
    const record: ComplianceRecord = {
      row: ctx.row,
      code: readRegionCode(row, f.code, ctx),
      name: readString(row, f.name, ctx, { maxLength: 200 }),
      ...rating,
      year: readNumber(row, f.year, ctx, { integer: true, min: 1900, max: 2100 }),
      rank: readNumber(row, f.rank, ctx, { integer: true, min: 1 }),
      rankOf: readNumber(row, f.rankOf, ctx, { integer: true, min: 1 }),
      // A level pantau cannot read ("kabupaten/kota") leaves the row's name to say it.
      level: parseRegionKind(readString(row, f.level, ctx)),
      unread:
        readable && held.length
          ? held.map(([name, v, expected]) => ({
              row: ctx.row,
              field: written(name),
              value: valueText(v),
              expected,
            }))
          : undefined,
    };
    if (record.code === undefined && record.name === undefined) {
      ctx.issue(Array.isArray(f.code) ? String(f.code[0]) : String(f.code), '', { code: 'region' });
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
