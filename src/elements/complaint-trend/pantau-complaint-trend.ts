import '../../data/formats/csv/index.js';
import '../../data/formats/csv-aggregate/index.js';
import { ckanOnFirstUse, open311OnFirstUse } from '../shared/format-side-files.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { TrendMode } from '../../charts/trend-layout.js';
import type { Period } from '../../data/aggregate/period-table.js';
import type { DataController } from '../shared/data-controller.js';
import type { NumberLocale } from '../../data/validate/numbers.js';
import { DEFAULT_TIME_ZONE } from '../../time/timezone.js';
import type { RowIssue, SourceFormat } from '../../data/types.js';
import { formatDate } from '../../i18n/numbers-and-dates.js';
import { PantauPeriodSelectEvent } from '../../events/period-select.js';
import { chartFrameStyles, renderFrameFooter, renderFrameHeader, FrameSlots } from '../shared/chart-frame.js';
import { dataStateStyles, renderDataState } from '../shared/data-state.js';
import {
  DownloadMenuController,
  downloadMenuStyles,
  renderDownloadMenu,
  type DownloadKind,
} from '../shared/download-menu.js';
import { PantauElement } from '../shared/pantau-element.js';
import { ResizeController, standInBox } from '../shared/resize-controller.js';
import { tableViewStyles } from '../shared/table-view.js';
import { JsonOptionController, readAnnotations } from '../shared/json-option.js';
import { numberAttribute } from '../shared/number-attribute.js';
import { commonStyles } from '../../styles/common.js';
import { trendStyles } from './pantau-complaint-trend.styles.js';
import { t } from './pantau-complaint-trend.messages.js';
import { DEFAULT_MAX_SERIES, groupSmallest } from '../../charts/top-series.js';
import { TrendCursorController } from './trend-cursor.js';
import { trendCsv } from './trend-csv.js';
import { loadTrendExport } from './trend-download.js';
import { renderIssues } from './trend-issues.js';
import { buildModel, selectDetail, type Measure, type TrendModel } from './trend-model.js';
import { renderChange } from './trend-change.js';
import { renderBody } from './trend-body.js';
import { TrendSourceController, type TrendData } from './trend-source.js';
import { derive } from '../shared/derive.js';
import type { Lang } from '../../i18n/lang.js';
import { computeView, type TrendAnnotation, type TrendView } from './trend-geometry.js';

// Open311 and CKAN are read by code loaded on first use (format-side-files.ts).
open311OnFirstUse();
ckanOnFirstUse();

export type { TrendAnnotation } from './trend-geometry.js';
export { PantauPeriodSelectEvent, type PeriodSelectDetail } from '../../events/period-select.js';
export { PantauDataIssuesEvent, type RowIssuesDetail } from '../../events/data-issues.js';

/**
 * Complaints over time, by category or status: counts per day, week, month, quarter or year
 * from raw records (counted) or from a series with values, as lines, stacked areas, stacked
 * or grouped bars. Keyboard and screen-reader friendly, with a summary sentence, a table
 * view, legend toggles and CSV/SVG/PNG downloads.
 *
 * @summary A time chart of complaints with summary, table view and downloads.
 *
 * @fires pantau-period-select - A reader picked a period (click, tap or Enter). `detail`: `{ period, label, values }`.
 * @fires pantau-error - The data could not be loaded or used. `detail`: `{ code, message, status?, url? }`.
 * @fires pantau-data-issues - Once per newly read dataset or field set, even when nothing was left out (data-driven, not user-driven). `detail`: `{ rowIssues, skipped, notes }`, `notes` saying how a table or number was read when the attributes did not say.
 *
 * @slot title - The chart title (replaces `heading`).
 * @slot subtitle - The line under the title (replaces `subheading`).
 *
 * @csspart header - Title, subtitle, change badge and download menu.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart change - The change against the previous period.
 * @csspart summary - The generated summary sentence.
 * @csspart legend - The legend (toggle buttons).
 * @csspart plot - The focusable plot area.
 * @csspart tooltip - The tooltip.
 * @csspart table-toggle - The button showing the table.
 * @csspart table - The data table.
 * @csspart download-button - The download menu's button.
 * @csspart download-menu - The download menu's list.
 * @csspart issues - The note on rows left out (row, field, value, expected).
 * @csspart data-state - The loading, error or stale notice, and the data notes ("Catatan data").
 * @csspart footer - Source, note and last update.
 * @csspart source - The source line.
 * @csspart data-state - The loading, error or stale notice when the data comes by `src`.
 * @csspart retry - The retry button of the error and stale notices.
 *
 * @cssprop [--pantau-trend-height=18rem] - Height of the plot.
 * @cssprop [--pantau-trend-line-width=2px] - Width of the lines in line mode.
 * @cssprop [--pantau-trend-padding=var(--pantau-frame-padding)] - Padding around the whole chart (the shared frame padding unless set).
 */
export class PantauComplaintTrend extends PantauElement {
  static override styles = [
    ...PantauElement.styles,
    commonStyles,
    chartFrameStyles,
    tableViewStyles,
    downloadMenuStyles,
    dataStateStyles,
    trendStyles,
  ];

  // Lit's options for the reactive properties below. A table rather than `@property` decorators
  // keeps Lit's decorator code and one helper call per property out of the element's file.
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    data: { attribute: false },
    refresh: { converter: numberAttribute },
    deadline: { converter: numberAttribute },
    maxRequests: { converter: numberAttribute, attribute: 'max-requests' },
    period: {},
    mode: {},
    dateField: { attribute: 'date-field' },
    seriesField: { attribute: 'series-field' },
    valueField: { attribute: 'value-field' },
    valueFields: { attribute: 'value-fields' },
    numberLocale: { attribute: 'number-locale' },
    filter: {},
    timeZone: { attribute: 'time-zone' },
    measure: {},
    subject: {},
    heading: {},
    subheading: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    note: {},
    lastUpdated: { attribute: 'updated' },
    annotations: { attribute: false },
    maxSeries: { converter: numberAttribute, attribute: 'max-series' },
    noDownload: { type: Boolean, attribute: 'no-download' },
    hiddenSeries: { state: true },
    tableOpen: { state: true },
  };

  /** URL of the data: CSV, JSON records, an Open311 or CKAN response. */
  src?: string;
  /** Format of `src` when its URL does not tell (`csv`, `json`, `open311`, `ckan`, ...). */
  format?: SourceFormat;
  /** The data itself: an array of records, or a ready `PeriodTable`. */
  data?: unknown;
  /** Reload `src` every this many seconds (unset: never). */
  refresh?: number;
  /** Longest one load of `src` may take, in seconds (unset: the page's default, 30). */
  deadline?: number;
  /** Most requests one load of `src` may make: Open311 windows, CKAN pages, retries (unset: 100). */
  maxRequests?: number;
  /** Period the records are counted by. */
  period: Period = 'month';
  /** How series are drawn: `line`, `area` (stacked), `bars` (stacked) or `grouped`. */
  mode: TrendMode = 'line';
  /** Field with each record's date; `date` also finds Open311's `requested_datetime`. */
  dateField = 'date';
  /** Field that splits records into series (category, status); unset: one total. */
  seriesField?: string;
  /** Field summed per period; unset: a `value` field if present, else records are counted. */
  valueField?: string;
  /** A wide table's columns, one series each, comma-separated (`Infrastruktur,Kesehatan`); unset: a table of one date column and numeric columns only is read so by itself (said in the data notes). */
  valueFields?: string;
  /** How the data's numbers are written: `id` (`10.846` is ten thousand) or `en`; unset: inferred per column, a value that reads two ways taking the page language's reading (said in the data notes). */
  numberLocale?: NumberLocale;
  /** Keeps only matching records, written like a URL query: `category=total&metric=a&metric=b`. */
  filter?: string;
  /** Time zone of a timestamp without an offset (`2024-12-31T20:00:00` is wall time there) and of each timestamp's calendar day; date-only values never shift. */
  timeZone: string = DEFAULT_TIME_ZONE;
  /** A second measure from Open311-like records, on a right axis: `on-time` rate or `resolution` days. */
  measure?: Measure;
  /** What is counted, for the summary and table ("Laporan"); default "Pengaduan"/"Complaints". */
  subject?: string;
  /** Chart title (or use the `title` slot). */
  heading?: string;
  /** Line under the title (or use the `subtitle` slot). */
  subheading?: string;
  /** Who published the data. */
  source?: string;
  /** Link to the source; http and https only. */
  sourceUrl?: string;
  /** A note under the chart (definitions, caveats). */
  note?: string;
  /** When the data was last updated (`2025-01-15`); default: when it was loaded from `src`. */
  lastUpdated?: string;
  /** Notes on the time axis, `[{date, label}]`; without script, a `<script type="application/json" data-pantau="annotations">` child. */
  annotations: TrendAnnotation[] = [];
  readonly #annotationsChild = new JsonOptionController(this, 'annotations', readAnnotations);
  /** Most series drawn: past it the smallest are summed into one "Lainnya" / "Other" series (0: never; empty or not a decimal: 8). */
  maxSeries?: number = DEFAULT_MAX_SERIES;
  /** Hides the download menu. */
  noDownload = false;

  private hiddenSeries: ReadonlySet<string> = new Set();
  private tableOpen = false;
  readonly #slots = new FrameSlots(this);

  // No network option of its own: the page's defaults (`setLoadDefaults`) and the attributes apply.
  private readonly feed = new TrendSourceController(this, {});
  private readonly size = new ResizeController(this, () => this.renderRoot.querySelector('.plot'));
  readonly #menu = new DownloadMenuController(this);
  readonly #pointer = new TrendCursorController(
    this,
    () => this.trendModel,
    () => this.trendView,
    (p) =>
      this.trendModel && this.dispatchEvent(new PantauPeriodSelectEvent(selectDetail(this.trendModel, p))),
  );
  /** The current view model. */
  private trendModel?: TrendModel;
  /** The current geometry. */
  private trendView?: TrendView;

  /** Rows left out of the data (row number, field, value, what was expected), at load or with the current fields. */
  get issues(): readonly RowIssue[] {
    return this.feed.issues;
  }

  /** The view model: once per data, language, hidden series, subject and series cap. */
  readonly #model = derive(
    (data: TrendData, lang: Lang, hidden: ReadonlySet<string>, subject?: string, maxSeries?: number) => {
      // New data may have fewer periods than the one the cursor is on.
      this.#pointer.clamp(data.table?.periods.length ?? 0);
      if (!data.table) return undefined;
      const second = this.measure && data.measure ? { kind: this.measure, values: data.measure } : undefined;
      const shown = groupSmallest(data.table, maxSeries ?? DEFAULT_MAX_SERIES, t(lang, 'other'));
      return buildModel(shown, hidden, lang, subject, second);
    },
  );
  /** The geometry: once per model, mode, plot size, annotations and time zone. */
  readonly #view = derive(computeView);

  protected override willUpdate(): void {
    // The language first: one changed where the page's observer cannot see (inside another
    // shadow root) is otherwise read only after this (in the locale controller's hostUpdate).
    this.locale.refresh();
    const data = this.feed.sync();
    const m = (this.trendModel = this.#model(
      data,
      this.language,
      this.hiddenSeries,
      this.subject,
      this.maxSeries,
    ));
    // Sized before the first plot is rendered, so that render draws the lines (one pass).
    if (m && !this.trendView) this.size.presize(this.#plotBox);
    const { width, height } = this.size;
    if (m && width > 0)
      this.trendView = this.#view(m, this.mode, width, height, this.annotations, this.timeZone);
  }

  /** The plot's box before the plot exists (its size follows from the styles, not from the content; the theme changes no size). */
  readonly #plotBox = standInBox(this, 'plot');

  /** The displayed table as CSV text (UTF-8 BOM, CRLF, period keys first): what the CSV download saves. */
  toCsv(): string {
    return this.trendModel ? trendCsv(this.trendModel) : '';
  }

  /** When a live dashboard (`src` with `refresh`) last loaded its data; a one-off load says nothing about the data's age. */
  get #fetchedAt(): Date | undefined {
    return this.src && this.refresh ? this.feed.store.updatedAt : undefined;
  }

  /** The footer's "last updated" date in the reader's language, when there is one. */
  get #updatedText(): string | undefined {
    const updated = this.lastUpdated ?? this.#fetchedAt;
    return updated && formatDate(updated, this.language, 'long', this.timeZone);
  }

  override render() {
    const lang = this.language;
    const m = this.trendModel;
    const aside = html`<div class="header-aside">
      ${renderChange(m)}
      ${!this.noDownload && m ? renderDownloadMenu(this.#menu, lang, (k) => void this.#download(m, k)) : nothing}
    </div>`;
    const store = this.feed.store;
    const state = renderDataState(store as DataController<unknown>, lang, () => store.retry(), this.timeZone);
    return html`<div class="root" data-theme=${this.themeName}>
      ${renderFrameHeader({ title: this.heading, subtitle: this.subheading, slots: this.#slots, aside })}
      ${state}
      ${
        m
          ? renderBody({
              m,
              view: this.trendView,
              mode: this.mode,
              cursor: this.#pointer,
              tableOpen: this.tableOpen,
              onToggleTable: this.#toggleTable,
              onToggleSeries: this.#toggleSeries,
            })
          : nothing
      }
      ${renderIssues(this.feed, lang)} ${this.#annotationsChild.renderNotice(lang)}
      ${renderFrameFooter({ source: this.source, sourceUrl: this.sourceUrl, note: this.note, updated: this.#updatedText, lang })}
    </div>`;
  }

  /** Downloads load on first use (the side file `pantau-complaint-trend.export.js` in the CDN build). */
  #download(m: TrendModel, kind: DownloadKind): Promise<void> {
    const updated = this.#updatedText;
    return this.#menu.run(async () => (await loadTrendExport()).downloadTrend(this, m, kind, updated));
  }

  #toggleTable = () => (this.tableOpen = !this.tableOpen);

  #toggleSeries = (name: string) => {
    const next = new Set(this.hiddenSeries);
    if (!next.delete(name)) next.add(name);
    this.hiddenSeries = next;
  };
}

// Defined by a call rather than a decorator, so that the file needs no decorator helper. Only if
// the page has no such tag yet: a page may load several pantau files (`pantau.js` from its
// template, this element's own file from an embed code); the first definition serves, and a
// second `define` would throw and stop the rest of the file.
if (!customElements.get('pantau-complaint-trend'))
  customElements.define('pantau-complaint-trend', PantauComplaintTrend);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-complaint-trend': PantauComplaintTrend;
  }
}
