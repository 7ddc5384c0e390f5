import type { JoinReport } from '../geo/join.js';
import type { RowIssue } from '../data/types.js';

/** What a map found wrong or missing when it joined its data to its shapes. */
export interface DataIssuesDetail extends JoinReport {
  /** Rows the data client left out (unreadable score, unknown zone, ...). */
  rowIssues: RowIssue[];
  /** How many polygons were wound the RFC 7946 way and had to be reversed. */
  rewound: number;
}

/**
 * Fired once each time a map has joined a newly loaded dataset or geometry. Unlike other
 * pantau events it is driven by data, not by the reader: it reports the data-quality check
 * so a page can log or show it. It fires even when nothing is wrong (all lists empty).
 */
export class PantauDataIssuesEvent extends Event {
  static readonly eventName = 'pantau-data-issues' as const;
  readonly detail: DataIssuesDetail;

  constructor(detail: DataIssuesDetail) {
    super(PantauDataIssuesEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pantau-data-issues': PantauDataIssuesEvent;
  }
}
