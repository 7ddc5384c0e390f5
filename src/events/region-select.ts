import type { ComplianceRecord } from '../data/validate/schemas/compliance.js';

/** The region a reader picked on a map, and its rating when it has one. */
export interface RegionSelectDetail {
  /** The region's normalised code (`6301`), when the geometry gives one. */
  code?: string;
  /** The region's name as the geometry writes it. */
  name: string;
  /** The joined rating, or undefined for a region with no data. */
  record?: ComplianceRecord;
}

/**
 * Fired when a reader selects a region by click, tap or Enter, and with an empty selection
 * (`code` and `record` undefined, `name` empty) when Escape clears it. Never fired for a
 * programmatic change.
 */
export class PantauRegionSelectEvent extends Event {
  static readonly eventName = 'pantau-region-select' as const;
  readonly detail: RegionSelectDetail;

  constructor(detail: RegionSelectDetail) {
    super(PantauRegionSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pantau-region-select': PantauRegionSelectEvent;
  }
}
