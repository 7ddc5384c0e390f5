import type { DataErrorInfo } from '../data/types.js';

/**
 * Fired by an element when its data could not be loaded or used. `detail` says why
 * (`code`, an English `message`, the HTTP `status` and `url` when there is one, and
 * `retryAfter`/`said` when the server asked to wait). A load that ran past its deadline is
 * `timeout`; one that needed more requests than a load may make is `request-limit`.
 */
export class PantauErrorEvent extends Event {
  static readonly eventName = 'pantau-error' as const;
  readonly detail: DataErrorInfo;

  constructor(detail: DataErrorInfo) {
    super(PantauErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'pantau-error': PantauErrorEvent;
  }
}
