/**
 * pantau/data: the data client on its own. Load, validate, cache and aggregate
 * public-service data from files and open-data APIs.
 */
import './formats/all.js';

export { load, type LoadOptions, type LoadResult } from './load.js';
export { DEFAULT_WORKER_THRESHOLD } from './load-aggregated.js';
export { parseText, normalizeValue, type ParseOptions, type Parsed } from './parse.js';
export { fetchText, clearCache, absoluteUrl, type FetchOptions, type FetchedText } from './fetch.js';
export { parseCSV, uniqueColumns, type CsvTable } from './csv-table.js';
export { CsvParser, detectDelimiter, type Delimiter } from './csv.js';
export { CsvAggregator, isAggregated, type AggregatePlan, type AggregatedCsv } from './csv-aggregate.js';
export { aggregateChunks, textChunks } from './csv-stream.js';
export {
  aggregateByPeriod,
  PeriodAccumulator,
  periodKey,
  periodSequence,
  PERIODS,
  resolutionStats,
  type AggregateOptions,
  type Period,
  type PeriodTable,
  type ResolutionOptions,
  type ResolutionStats,
} from './aggregate.js';
export { ResolutionAccumulator, quantileSorted, type Accessor } from './resolution.js';
export { periodIndex, keyOfIndex, indexOfKey } from './periods.js';
export {
  normalizeDate,
  parseDateInto,
  newDateParts,
  ALL_KINDS,
  type DateKind,
  type DateParts,
} from './dates.js';
export { DEFAULT_TIME_ZONE, zoneOffset, localDay } from './timezone.js';
export {
  fetchOpen311,
  parseOpen311,
  parseOpen311Xml,
  open311Rows,
  open311Windows,
  OPEN311_MAX_DAYS,
  MAX_SYNC_XML,
  type Open311Options,
} from './open311.js';
export {
  fetchCkan,
  ckanPage,
  coerceCkan,
  DEFAULT_CKAN_CAP,
  type CkanField,
  type CkanResult,
} from './ckan.js';
export { toFeatureCollection } from './geo.js';
export { formatFromUrl, formatOfJson, parseJSON, sniffText } from './detect.js';
export type { DataSource, ResolvedSource } from './source.js';
export { setWorkerUrl } from './worker-client.js';
export { DataError, isAbort, toDataError } from './errors.js';
export { isRetryable, retryAfterMs, backoff, DEFAULT_MAX_RETRY_AFTER, type RetryOptions } from './retry.js';
export {
  LoadBudget,
  setLoadDefaults,
  DEFAULT_DEADLINE,
  DEFAULT_MAX_REQUESTS,
  type BudgetOptions,
} from './budget.js';
export { DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, MAX_REDIRECTS } from './request.js';
export { readFlatXml, type FlatXml } from './xml.js';
export {
  parseNumber,
  isMissing,
  numberExpectation,
  numberEvidence,
  toNumberLocale,
  type NumberLocale,
} from './numbers.js';
export {
  inferReading,
  readAs,
  readingNote,
  ReadingVote,
  type ColumnReading,
  type ReadingOptions,
} from './number-reading.js';
export { expectedText, type IssueCode, type IssueParams, type IssueSpec } from './issue-codes.js';
export {
  validateRows,
  readString,
  readNumber,
  readDate,
  readCode,
  readEnum,
  pick,
  noRows,
  POINT_KINDS,
  ALL_DATE_KINDS,
  MAX_ISSUES,
  type Row,
  type Field,
  type RowContext,
  type RowSchema,
  type ReadOptions,
  type NumberReadOptions,
} from './schema.js';
export { validateStats, type StatDatum } from './schemas/stat.js';
export {
  complaintsValidator,
  complaintTable,
  dateFields,
  type ComplaintRecord,
  type ComplaintData,
  type ComplaintFields,
} from './schemas/complaints.js';
export type {
  RowIssue,
  DataNote,
  Validated,
  DataErrorCode,
  DataErrorInfo,
  DataStatus,
  DataProgress,
  SourceFormat,
} from './types.js';
export { PantauErrorEvent } from '../events/error.js';
