/** What a reader picked: one period of a time chart and every series' value in it. */
export interface PeriodSelectDetail {
  /** Period key: `2024-03-01`, `2024-W09`, `2024-03`, `2024-Q1` or `2024`. */
  period: string;
  /** The period as shown to the reader, in the element's language. */
  label: string;
  /** Value per series name at that period (NaN-free: a missing value is `null`). */
  values: Record<string, number | null>;
}

/**
 * Fired when a reader picks a period by click, tap or Enter on the plot. Never fired for a
 * programmatic change.
 */
export class PantauPeriodSelectEvent extends Event {
  static readonly eventName = 'pantau-period-select' as const;
  readonly detail: PeriodSelectDetail;

  constructor(detail: PeriodSelectDetail) {
    super(PantauPeriodSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pantau-period-select': PantauPeriodSelectEvent;
  }
}
