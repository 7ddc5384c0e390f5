import {
  validateCompliance,
  type ComplianceFields,
  type ComplianceRecord,
} from '../../data/validate/schemas/compliance.js';
import { toNumberLocale, type NumberLocale } from '../../data/validate/numbers.js';
import type { DataNote, RowIssue, Validated } from '../../data/types.js';
import { html } from 'lit';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { renderDataState } from '../shared/data-state.js';
import { derive } from '../shared/derive.js';
import { t } from './pantau-compliance-map.messages.js';
// The layer below is imported last, so that in a bundle the layers land side by side (gzip
// finds their shared text): split apart by other modules, the map's file grew by 70 bytes.
import { MapLoaders, type LoadersHost } from './map-loaders.js';

/** The rating fields a map reads by name. */
const FIELDS = ['code', 'name', 'score', 'zone', 'category', 'opinion', 'year', 'rank', 'rankOf'] as const;

/**
 * Rating rows joined by default: a join takes about 20 µs a row, so 20,000 rows (every
 * regency for 40 years) stay well inside a task; 200,000 took 3.9 s. `max-joined-rows` raises it.
 */
export const MAX_JOINED_ROWS = 20_000;

/** The records while there are no ratings: one list, so an unchanged map is not rebuilt. */
const NO_RECORDS: ComplianceRecord[] = [];

/** What the records depend on: the map's field names, number reading and join cap. */
export interface RecordsHost {
  /** Same as `codeField` (named to pair with `featureKey`); wins over it. */
  dataKey?: string;
  codeField?: string;
  nameField?: string;
  scoreField?: string;
  zoneField?: string;
  categoryField?: string;
  opinionField?: string;
  yearField?: string;
  rankField?: string;
  rankOfField?: string;
  numberLocale?: NumberLocale;
  maxJoinedRows?: number;
  /** The page language: a number that reads two ways is read its way. */
  readonly language: NumberLocale;
}

/**
 * The map's rating records: the rows the ratings loader kept, read under the current field
 * names and number reading (read again, without a refetch, when either changes), and the
 * join cap. The second layer of the map's data, on its loaders.
 */
export abstract class MapRecords<H extends LoadersHost & RecordsHost> extends MapLoaders<H> {
  /** The rows read under the field names in `FIELDS` order, once per rows, names and number reading; a failure is kept too. */
  private readonly reading = derive(
    (rows: unknown, names: (string | undefined)[], locale?: NumberLocale, fallback?: NumberLocale) => {
      // Only the names set (an empty attribute is unset): the others are the defaults.
      const fields: Partial<ComplianceFields> = {};
      FIELDS.forEach((k, i) => names[i] && (fields[k] = names[i]));
      try {
        return validateCompliance(rows, fields, { locale, fallbackLocale: fallback });
      } catch (error) {
        return error as Error;
      }
    },
    // The names are a new list on every read: compared name by name.
    (rows, names, ...numbers) => [rows, ...names, ...numbers],
  );

  /** `rows` read under the current field names and number reading, or why they cannot be. */
  protected read(rows: unknown): Validated<ComplianceRecord[]> | Error {
    const h = this.host;
    const names = [
      h.dataKey ?? h.codeField,
      h.nameField,
      h.scoreField,
      h.zoneField,
      h.categoryField,
      h.opinionField,
      h.yearField,
      h.rankField,
      h.rankOfField,
    ];
    // How numbers are read: the stated `number-locale`, and the page language for a value that reads two ways.
    return this.reading(rows, names, toNumberLocale(h.numberLocale), h.language);
  }

  /** Records under the current field names; none when the kept rows cannot be read under them. */
  protected records(): Validated<ComplianceRecord[]> {
    const rows = this.ratings.value;
    const v = rows && this.read(rows);
    // One empty list while there are no ratings, so the model is not rebuilt on every render.
    return v && !(v instanceof Error) ? v : { value: NO_RECORDS, issues: this.ratings.issues, rowCount: 0 };
  }

  get rowIssues(): RowIssue[] {
    return this.records().issues;
  }

  /** Readings chosen without the data settling them. */
  get notes(): DataNote[] {
    return this.records().notes ?? [];
  }

  /** Rating rows left out (the issue list is capped; this count is not), the rows past the join cap too. */
  get skipped(): number {
    const r = this.records();
    return Math.max(r.issues.length, r.rowCount - r.value.length) + (this.joinCap?.left ?? 0);
  }

  /** The largest number of rows joined: `max-joined-rows` when it is a positive number, else the default. */
  protected maxRows(): number {
    const m = this.host.maxJoinedRows;
    return m !== undefined && m >= 1 ? Math.floor(m) : MAX_JOINED_ROWS;
  }

  /** The records joined: the first `maxRows()` of them, once per records and cap. */
  protected readonly joinable = derive((rows: readonly ComplianceRecord[], max: number) =>
    rows.length > max ? rows.slice(0, max) : rows,
  );

  /** Set when the join cap left rows out: how many were read, and how many of them were not joined. */
  get joinCap(): { total: number; left: number } | undefined {
    const all = this.records().value;
    const max = this.maxRows();
    return all.length > max ? { total: all.length, left: all.length - max } : undefined;
  }

  /** The ratings' state shown above a drawn map: "no data yet" or "stale", else the join cap's notice. */
  ratingsNotice(lang: Lang) {
    const s = this.ratings.status;
    if (s === 'idle' || s === 'stale') return renderDataState(this.ratings, lang, this.retry);
    const cap = this.joinCap;
    return (
      cap &&
      html`<p class="status" role="status">
        ${t(lang, 'joinCap', {
          kept: formatNumber(cap.total - cap.left, lang),
          total: formatNumber(cap.total, lang),
        })}
      </p>`
    );
  }
}
