import { html, nothing, type PropertyDeclarations } from 'lit';
// The CSV reader; imported after Lit, an order that packs the CDN file ~340 bytes smaller.
import '../../data/formats/csv/index.js';
import { DataController } from '../shared/data-controller.js';
import { toNumberLocale, type NumberLocale } from '../../data/validate/numbers.js';
import { DEFAULT_TIME_ZONE } from '../../time/timezone.js';
import { PantauDataIssuesEvent, type RowIssuesDetail } from '../../events/data-issues.js';
import { validateStats, type StatDatum } from '../../data/validate/schemas/stat.js';
import type { SourceFormat } from '../../data/types.js';
import { formatDate } from '../../i18n/numbers-and-dates.js';
import { dataStateStyles, renderDataState } from '../shared/data-state.js';
import { PantauElement } from '../shared/pantau-element.js';
import { safeHref } from '../shared/safe-url.js';
import { numberAttribute } from '../shared/number-attribute.js';
import { capStrings, capText, MAX_ACCESSIBLE_TEXT, TEXT_CAPS } from '../shared/text-cap.js';
import { common } from '../../i18n/common.js';
import { t } from './pantau-stat.messages.js';
import { statStyles } from './pantau-stat.styles.js';
import {
  changeText,
  formatStatNumber,
  isFiniteNumber,
  statSentence,
  type StatNotation,
} from './stat-model.js';

/** The fields of a stat given as one object through the `data` property, `src` or inline JSON. */
export type StatData = Partial<StatDatum>;

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

/**
 * A headline figure for dashboards and stories: a value with its label and unit, the change
 * from a previous value, the period, its source and when it was last updated. The whole
 * figure reads to a screen reader as one sentence.
 *
 * @summary A headline figure with its change, period and source.
 *
 * @csspart base - The card around the figure.
 * @csspart label - The label above the value.
 * @csspart value - The formatted value.
 * @csspart unit - The unit after the value.
 * @csspart change - The change badge (arrow and percent).
 * @csspart footer - The source and last-updated lines.
 * @csspart data-state - The loading, error or stale notice when the figure comes by `src`.
 * @csspart retry - The retry button of the error and stale notices.
 *
 * @fires pantau-error - When `src` or the data fails to load or validate; `detail` says why.
 * @fires pantau-data-issues - Once per newly read dataset from `src`, `data` or inline data (data-driven, not user-driven). `detail`: `{ rowIssues, skipped, notes }`; `notes` say how a number that reads two ways was read.
 *
 * @cssprop [--pantau-stat-value-size=2.5em] - Font size of the value (relative to the element's text size, `--pantau-font-size`).
 * @cssprop [--pantau-stat-good-color=var(--pantau-color-good)] - Colour of a change for the better.
 * @cssprop [--pantau-stat-bad-color=var(--pantau-color-bad)] - Colour of a change for the worse.
 */
export class PantauStat extends PantauElement {
  static override styles = [...PantauElement.styles, dataStateStyles, statStyles];

  // Lit's options for the reactive properties below. A table rather than `@property` decorators
  // keeps Lit's decorator code and one helper call per property out of the element's file.
  static override properties: PropertyDeclarations = {
    value: { converter: numberAttribute },
    previous: { converter: numberAttribute },
    label: {},
    unit: {},
    period: {},
    previousPeriod: { attribute: 'previous-period' },
    source: {},
    sourceUrl: { attribute: 'source-url' },
    lastUpdated: { attribute: 'updated' },
    lowerIsBetter: { type: Boolean, attribute: 'lower-is-better' },
    notation: {},
    data: { attribute: false },
    src: {},
    format: {},
    select: {},
    refresh: { converter: numberAttribute },
    numberLocale: { attribute: 'number-locale' },
    timeZone: { attribute: 'time-zone' },
  };

  /** The current value. */
  value?: number;

  /** The value to compare against (usually the previous period's). */
  previous?: number;

  /** What the figure counts, shown above it ("Laporan masyarakat"). */
  label?: string;

  /** The unit after the value ("laporan", "hari"). */
  unit?: string;

  /** The period of the value ("2024"). */
  period?: string;

  /** The period of the previous value ("2023"). */
  previousPeriod?: string;

  /** Who published the figure. */
  source?: string;

  /** A link to the source (http or https only; anything else is shown as text). */
  sourceUrl?: string;

  /** When the figure was last updated (a date such as `2025-01-15`); attribute `updated`. */
  lastUpdated?: string;

  /** Whether a fall is good news (complaints, waiting times): colours the change accordingly. */
  lowerIsBetter = false;

  /** How numbers are written: `standard` (10.846), `compact` (10,8 rb) or `rupiah` (Rp 50.000). */
  notation: StatNotation = 'standard';

  /** All fields as one object (or a list to `select` from); a field set by an attribute takes precedence. */
  data?: StatData | StatData[];

  /** URL of a JSON or CSV file with the figure's fields (`value`, `previous`, `label`, ...). */
  src?: string;

  /** The format of `src` when its URL does not tell: `json` or `csv`. */
  format?: SourceFormat;

  /** Which figure to show when the data holds several: matched against `id`, then `label`. */
  select?: string;

  /** Reload `src` every this many seconds (paused while the tab is hidden); 0 or absent: never. */
  refresh?: number;

  /** How the data's numbers are written: `id` (`10.846` is ten thousand) or `en`; unset: inferred per column, a value that reads two ways taking the page language's reading (said in the data notes). */
  numberLocale?: NumberLocale;

  /** Time zone of a timestamp without an offset (`2024-12-31T20:00:00`) and of the dates shown. */
  timeZone: string = DEFAULT_TIME_ZONE;

  readonly #store = new DataController<StatDatum[]>(this, {
    source: () => ({ src: this.src, format: this.format, data: this.data, refresh: this.refresh }),
    validate: (input, format) =>
      validateStats(input, format, {
        locale: toNumberLocale(this.numberLocale),
        fallbackLocale: this.language,
      }),
    readKey: () => [toNumberLocale(this.numberLocale), this.language],
  });
  #reported?: unknown;

  protected override updated(): void {
    // Once per newly read dataset, as the trend and the map report theirs.
    const s = this.#store;
    if (s.status !== 'complete' || s.value === this.#reported) return;
    this.#reported = s.value;
    const skipped = s.rowCount - (s.value?.length ?? 0);
    const detail: RowIssuesDetail = { rowIssues: s.issues, skipped, notes: s.notes };
    this.dispatchEvent(new PantauDataIssuesEvent<RowIssuesDetail>(detail));
  }

  /** The loaded figure chosen by `select`, else the first. */
  get #loaded(): StatData {
    const all = this.#store.value ?? [];
    const key = this.select?.trim().toLowerCase();
    if (!key) return all[0] ?? {};
    return (
      all.find((d) => d.id?.toLowerCase() === key) ?? all.find((d) => d.label?.toLowerCase() === key) ?? {}
    );
  }

  /** The figure with attributes taking precedence over loaded data. */
  get #figure(): StatData {
    const d = this.#loaded;
    const pick = <K extends keyof StatData>(key: K, own: StatData[K]) => own ?? d[key];
    return {
      value: pick('value', isFiniteNumber(this.value) ? this.value : undefined),
      previous: pick('previous', isFiniteNumber(this.previous) ? this.previous : undefined),
      label: pick('label', this.label),
      unit: pick('unit', this.unit),
      period: pick('period', this.period),
      previousPeriod: pick('previousPeriod', this.previousPeriod),
      source: pick('source', this.source),
      sourceUrl: pick('sourceUrl', this.sourceUrl),
      updated: pick('updated', this.lastUpdated),
      lowerIsBetter: this.lowerIsBetter || d.lowerIsBetter === true,
      notation: this.notation !== 'standard' ? this.notation : (d.notation ?? 'standard'),
    };
  }

  override render() {
    const lang = this.language;
    const full = this.#figure;
    // What is seen is cut to the text caps; the sentence assistive technology reads keeps more.
    const f = capStrings(full, {
      default: TEXT_CAPS.label,
      keys: { source: TEXT_CAPS.text, sourceUrl: Infinity },
    });
    const status = this.#store.status;
    // Attributes alone make a figure: only a real source has loading, error or stale states.
    const state =
      status === 'idle'
        ? nothing
        : renderDataState(this.#store, lang, () => this.#store.retry(), this.timeZone);
    const figure =
      status === 'pending' || (status === 'error' && !isFiniteNumber(f.value))
        ? nothing
        : html`<p class="visually-hidden">
              ${capText(statSentence(capStrings(full, { default: MAX_ACCESSIBLE_TEXT }), lang), MAX_ACCESSIBLE_TEXT)}
            </p>
            <div aria-hidden="true">
              ${f.label ? html`<p class="label" part="label">${f.label}</p>` : nothing}
              <div class="figure">
                <span class="value" part="value"
                  >${isFiniteNumber(f.value) ? formatStatNumber(f.value, lang, f.notation) : '–'}</span
                >
                ${f.unit ? html`<span class="unit" part="unit">${f.unit}</span>` : nothing}
                ${f.period ? html`<span class="period">${f.period}</span>` : nothing}
              </div>
              ${isFiniteNumber(f.value) ? nothing : html`<p class="from">${common(lang, 'noData')}</p>`}
              ${this.#renderChange(f)}
            </div>
            ${this.#renderFooter(f)}`;
    return html`<div class="root" part="base" lang=${lang} data-theme=${this.themeName}>
      ${state}${figure}
    </div>`;
  }

  #renderChange(f: StatData) {
    const change = changeText(f, this.language);
    if (!change) return nothing;
    const tone = change.good === undefined ? '' : change.good ? 'good' : 'bad';
    return html`<div class="change">
      <span class="badge ${tone}" part="change">${ARROWS[change.direction]}${change.percent}</span>
      <span class="from">${change.from}</span>
      ${tone ? html`<span class="verdict">(${t(this.language, change.good ? 'better' : 'worse')})</span>` : nothing}
    </div>`;
  }

  #renderFooter(f: StatData) {
    if (!f.source && !f.updated) return nothing;
    const lang = this.language;
    const href = safeHref(f.sourceUrl);
    return html`<div class="footer" part="footer">
      ${
        f.source
          ? html`<p>
              ${common(lang, 'source')}:
              ${href ? html`<a href=${href} rel="noopener noreferrer">${f.source}</a>` : f.source}
            </p>`
          : nothing
      }
      ${
        f.updated
          ? html`<p>
              ${common(lang, 'updated', { date: formatDate(f.updated, lang, 'long', this.timeZone) })}
            </p>`
          : nothing
      }
    </div>`;
  }
}

// Defined by a call rather than a decorator, so that the file needs no decorator helper. Only if
// the page has no such tag yet: a page may load several pantau files (`pantau.js` from its
// template, this element's own file from an embed code); the first definition serves, and a
// second `define` would throw and stop the rest of the file.
if (!customElements.get('pantau-stat')) customElements.define('pantau-stat', PantauStat);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-stat': PantauStat;
  }
}
