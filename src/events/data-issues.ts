import type { JoinReport } from '../geo/join.js';
import type { RatingsReport } from '../ratings/scale.js';
import type { DataNote, RowIssue } from '../data/types.js';
import type { InvalidFeature } from '../geo/valid.js';

/** The rows a data-driven element left out of a newly read dataset. */
export interface RowIssuesDetail {
  /** Rows left out, by row number, field, value and what was expected (the first 1,000). */
  rowIssues: RowIssue[];
  /** How many rows were left out in all. */
  skipped: number;
  /** Readings chosen without the data settling them (a number that reads two ways), each naming the attribute that states it. */
  notes?: DataNote[];
}

/** What a map found wrong or missing when it joined its data to its shapes. */
export interface DataIssuesDetail extends RowIssuesDetail, JoinReport {
  /** How many polygons were wound the RFC 7946 way and had to be reversed. */
  rewound: number;
  /** The scale used and why (`assumed` when the data has no year), categories settled, values not read. */
  ratings: RatingsReport<RowIssue>;
  /** Features left out before projection (not an object, unreadable or out-of-range coordinates, short rings, missing arcs). */
  invalidFeatures: InvalidFeature[];
}

/** The detail as any element sends it: the rows left out, and from a map its join report too. */
export type AnyDataIssuesDetail = RowIssuesDetail & Partial<Omit<DataIssuesDetail, keyof RowIssuesDetail>>;

/**
 * Fired once each time an element has read a newly loaded dataset (or the fields it reads
 * changed); a map fires it when it has joined the data to its shapes. Unlike other pantau
 * events it is driven by data, not by the reader: it reports the data-quality check so a page
 * can log or show it. It fires even when nothing is wrong (all lists empty).
 */
export class PantauDataIssuesEvent<D extends RowIssuesDetail = AnyDataIssuesDetail> extends Event {
  static readonly eventName = 'pantau-data-issues' as const;
  readonly detail: D;

  constructor(detail: D) {
    super(PantauDataIssuesEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pantau-data-issues': PantauDataIssuesEvent;
  }
}
