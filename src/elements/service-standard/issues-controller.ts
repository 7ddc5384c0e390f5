import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceStandard } from '../../data/validate/schemas/service-standard.js';
import { PantauDataIssuesEvent, type RowIssuesDetail } from '../../events/data-issues.js';

/** What the card reports once it has read a dataset: the issues, and how the shown service was read. */
export interface ServiceDataIssuesDetail extends RowIssuesDetail {
  /** How figures of the service shown were read (working-day rule, IKM scale, a grade not taken), in English. */
  readings: string[];
}

/**
 * Fires `pantau-data-issues` after the render that shows a newly read dataset or another
 * chosen service: once each, driven by data, never by the reader.
 */
export class DataIssuesController implements ReactiveController {
  #last?: [object, ServiceStandard | undefined];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: () =>
      { value: object; selected?: ServiceStandard; detail: () => ServiceDataIssuesDetail } | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const r = this.read();
    if (!r || (this.#last?.[0] === r.value && this.#last[1] === r.selected)) return;
    this.#last = [r.value, r.selected];
    this.host.dispatchEvent(new PantauDataIssuesEvent<ServiceDataIssuesDetail>(r.detail()));
  }
}
