import type { IssueCode, IssueParams } from './validate/issue-codes.js';

/**
 * The data client's contract with the elements. Elements and their pure modules depend on
 * these types only; the implementation behind them lives in the other files of src/data/.
 */

/** One row left out of a dataset, said precisely enough for a webmaster to fix the source. */
export interface RowIssue {
  /** 1-based data row number (CSV: the header is row 0; JSON arrays: index + 1). */
  row: number;
  /** Field name as written in the source. */
  field: string;
  /** The offending value, as text (truncated to 80 characters). */
  value: string;
  /** What was expected, in English, e.g. "a date like 2024-03-01". */
  expected: string;
  /** The same as a code with parameters, for text in the page's language (absent for a schema's own free text). */
  code?: IssueCode;
  params?: IssueParams;
}

/**
 * A reading the data client had to choose and says so (a value that reads two ways, a wide
 * table taken as one series per column): `message` in English, `code` and `params` for text
 * in the page's language.
 */
export interface DataNote {
  code: 'number-locale-assumed' | 'number-locale-mixed' | 'wide-table' | 'wide-ignored';
  /** The column it is about, when one. */
  field?: string;
  params: IssueParams;
  message: string;
}

/** A validated dataset: the usable rows plus every row left out and why. */
export interface Validated<T> {
  value: T;
  issues: RowIssue[];
  /** How many input rows were read (usable plus rejected). */
  rowCount: number;
  /** Readings chosen without the data settling them (see `DataNote`). */
  notes?: DataNote[];
}

/** Why a load failed. `message` is English and actionable; elements show a localised text by `code`. */
export type DataErrorCode =
  | 'network' // fetch rejected (offline, DNS, CORS)
  | 'timeout'
  | 'http' // a non-2xx status (see `status`)
  | 'too-large' // over the size cap
  | 'request-limit' // the source needs more requests than a load may make (paging, windows, redirects)
  | 'parse' // not valid JSON/CSV/XML
  | 'shape' // valid syntax, wrong structure (e.g. an object where rows were expected)
  | 'no-rows' // every row was rejected, or none were given
  | 'too-many-periods' // a period table would be longer than MAX_PERIODS: a coarser period is needed
  | 'format' // the pantau file on the page has no reader for the source's format
  | 'aborted';

export interface DataErrorInfo {
  code: DataErrorCode;
  message: string;
  status?: number;
  url?: string;
  issues?: RowIssue[];
  /** How long the server asked to wait before trying again (`Retry-After`), in ms. */
  retryAfter?: number;
  /** The start of what the server sent with an error status, when that is text (for the message). */
  said?: string;
}

/** The state of an element's data. */
export type DataStatus =
  | 'idle' // no source given yet
  | 'pending' // loading, nothing to show yet
  | 'complete'
  | 'error' // failed and nothing good to show
  | 'stale'; // showing the last good data after a refresh failed

/** Load progress for large files. */
export interface DataProgress {
  bytes: number;
  totalBytes?: number;
  rows: number;
}

/** Formats a source can be read as; `auto` guesses from the URL and content type. */
export type SourceFormat =
  'auto' | 'json' | 'csv' | 'geojson' | 'topojson' | 'open311' | 'open311-xml' | 'ckan' | 'ndjson';
