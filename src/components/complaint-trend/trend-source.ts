import type { ReactiveControllerHost } from 'lit';
import type { Period } from '../../data/aggregate.js';
import { DataController } from '../../data/controller.js';
import type { LoadOptions } from '../../data/load.js';
import { DEFAULT_INLINE, resolveSource, type DataSource } from '../../data/source.js';
import type { DataErrorInfo, SourceFormat } from '../../data/types.js';
import { PantauErrorEvent } from '../../events/error.js';
import { trendPlan, trendValidator, type TrendFields, type TrendSource } from './trend-data.js';
import { TrendDerivation } from './trend-derive.js';
import type { Measure } from './trend-model.js';

/** What the data of `<pantau-complaint-trend>` depends on. */
export interface TrendSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format?: SourceFormat;
  data?: unknown;
  refresh?: number;
  period: Period;
  dateField: string;
  seriesField?: string;
  valueField?: string;
  filter?: string;
  timeZone: string;
  measure?: Measure;
}

/**
 * The chart's data: loaded by a `DataController` (a CSV `src` counted while it streams, in a
 * worker when large), then read with the complaints schema for the current fields.
 */
export class TrendSourceController {
  readonly store: DataController<TrendSource>;
  /** The table, second measure and rows left out, for the current data and fields. */
  readonly derived = new TrendDerivation();
  private reported?: DataErrorInfo;
  /** A CSV `src` found to have a `value` column to sum: read as rows instead, so gaps stay gaps. */
  private sumsIn?: string;

  constructor(
    private readonly host: TrendSourceHost,
    load: LoadOptions,
  ) {
    this.store = new DataController<TrendSource>(host, {
      source: () => this.sources(),
      validate: trendValidator,
      aggregate: () => this.plan(),
      load,
    });
  }

  get fields(): TrendFields {
    const h = this.host;
    return { date: h.dateField, series: h.seriesField, value: h.valueField, filter: h.filter };
  }

  private sources(): DataSource {
    const h = this.host;
    return { src: h.src, format: h.format, data: h.data, refresh: h.refresh };
  }

  /** Read on every host update: a new plan (period, field, time zone) makes the store reload. */
  private plan() {
    const h = this.host;
    if (!h.src || h.src === this.sumsIn) return undefined;
    if (resolveSource(h, this.sources(), DEFAULT_INLINE).kind !== 'src') return undefined;
    const o = { period: h.period, fields: this.fields, timeZone: h.timeZone, measure: h.measure };
    return trendPlan(h.src, h.format, o);
  }

  /** Brings the table up to date; call after the store's `hostUpdate`. True when it changed. */
  sync(): boolean {
    const h = this.host;
    let source = this.store.value;
    if (source?.kind === 'table' && source.columns?.includes('value') && !h.valueField && h.src) {
      // Counted, but meant to be summed: nothing is shown until the rows arrive.
      this.sumsIn = h.src;
      source = undefined;
      // Inside the host's update a request would be dropped: ask once this update is done.
      queueMicrotask(() => h.requestUpdate());
    }
    const { period, timeZone, measure } = h;
    const loadIssues = this.store.issues;
    if (!this.derived.update({ source, loadIssues, period, fields: this.fields, timeZone, measure }))
      return false;
    const error = this.derived.error;
    if (error && error !== this.reported) {
      this.reported = error;
      queueMicrotask(() => h.dispatchEvent(new PantauErrorEvent(error)));
    }
    return true;
  }
}
