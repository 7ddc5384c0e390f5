import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { DataController } from '../shared/data-controller.js';
import type { RowIssue } from '../../data/types.js';
import { PantauErrorEvent } from '../../events/error.js';
import type { Lang } from '../../i18n/lang.js';
import { DEFAULT_TIME_ZONE } from '../../time/timezone.js';
import { dataStateStyles, renderDataState } from '../shared/data-state.js';
import { safeHref } from '../shared/safe-url.js';
import { numberAttribute } from '../shared/number-attribute.js';
import { capStrings, capText, TEXT_CAPS } from '../shared/text-cap.js';
import { DataIssuesController } from './issues-controller.js';
import { JsonLdController } from './json-ld-controller.js';
import { PrintExpandController } from './print-controller.js';
import { t } from './pantau-service-standard.messages.js';
import { headingLevels, selectService } from './model.js';
import { serviceStandardStyles } from './pantau-service-standard.styles.js';
import { compactTemplate } from './sections/compact.js';
import { completenessTemplate } from './sections/completeness.js';
import type { SectionContext } from './sections/context.js';
import { deliveryTemplate } from './sections/delivery.js';
import { footerTemplate, headerTemplate } from './sections/header.js';
import { notesTemplate, readingNotes, unreadableComponents } from './sections/notes.js';
import { performanceTemplate } from './sections/performance.js';
import { pledgeTemplate, productionTemplate } from './sections/production.js';
// These three last, in this order: it packs the CDN file ~170 bytes smaller (`npm run size`).
import { PantauElement } from '../shared/pantau-element.js';
import {
  serviceRow,
  validateServiceCatalogue,
  type ServiceCatalogue,
  type ServiceStandard,
} from '../../data/validate/schemas/service-standard.js';
import { serviceJsonLd } from './json-ld.js';

export type {
  ServiceCatalogue,
  ServiceStandard,
  ComplaintChannel,
  Fee,
  TimeLimit,
  Performance,
  ServiceIssue,
  ServiceIssueCode,
} from '../../data/validate/schemas/service-standard.js';
export { PantauDataIssuesEvent, type RowIssuesDetail } from '../../events/data-issues.js';
export type { ServiceDataIssuesDetail } from './issues-controller.js';

/**
 * A public service's published standard (standar pelayanan): what to bring, what it costs, how
 * long it takes and where to complain first, for the citizen; then whether the standard is kept
 * and how many of the 14 components the law requires are published (first in the `audit` variant). Adds schema.org
 * `GovernmentService` JSON-LD to the page unless `no-json-ld` is set.
 *
 * @summary A service standard card: requirements, fee, time limit, complaints, completeness and kept promises.
 *
 * @fires pantau-error - The data could not be loaded or used, or the chosen `service` is not in it (`detail`: code, message, url).
 * @fires pantau-data-issues - Once per newly read dataset or chosen service, even when nothing is wrong (data-driven). `detail`: `{ rowIssues, skipped, readings }` (`readings`: how figures were read, in English).
 *
 * @slot details - In the compact variant, replaces the "details" link (e.g. a router link).
 *
 * @csspart base - The card.
 * @csspart header - Service name, provider and unit.
 * @csspart completeness - The "12 of 14 components published" meter and list.
 * @csspart facts - Time limit, fee and product.
 * @csspart section - Each section (requirements, procedure, complaints, performance, production, pledge).
 * @csspart details - Each collapsible provider-side component.
 * @csspart report - The "Laporkan / Report" call-to-action link.
 * @csspart details-link - The compact variant's link to the full standard.
 * @csspart footer - Last update, note and source.
 * @csspart notes - "Catatan data": how figures were read and every value left out, and why.
 * @csspart data-state - The loading, error or stale notice when the standard comes by `src`.
 * @csspart retry - The retry button of the error and stale notices.
 *
 * @cssprop [--pantau-service-standard-background=var(--pantau-color-bg)] - Card background.
 * @cssprop [--pantau-service-standard-max-width=60rem] - Widest the full card grows.
 * @cssprop [--pantau-service-standard-meter-color=var(--pantau-color-accent)] - Published segments of the completeness meter.
 */
export class PantauServiceStandard extends PantauElement {
  static override styles = [...PantauElement.styles, dataStateStyles, serviceStandardStyles];

  // Lit's options for the reactive properties below. A table rather than `@property` decorators
  // keeps Lit's decorator code and one helper call per property out of the element's file.
  static override properties: PropertyDeclarations = {
    src: {},
    data: { attribute: false },
    service: {},
    variant: { reflect: true },
    hideCompleteness: { type: Boolean, attribute: 'hide-completeness' },
    headingLevel: { converter: numberAttribute, attribute: 'heading-level' },
    noJsonLd: { type: Boolean, attribute: 'no-json-ld' },
    detailsHref: { attribute: 'details-href' },
    numberLocale: { attribute: 'number-locale' },
    refresh: { converter: numberAttribute },
    timeZone: { attribute: 'time-zone' },
  };

  /** URL of a service standard JSON file: one service or a catalogue `{services: [...]}`. */
  src: string | null = null;

  /** The data as an object, instead of `src` or an inline `<script type="application/json">`. */
  data: unknown = undefined;

  /** In a catalogue, the service to show: its `id`, else its name; the first service when unset. */
  service: string | null = null;

  /** `full`: the whole standard, citizen's facts first; `audit`: completeness first; `compact`: a tile for a grid. */
  variant: 'full' | 'audit' | 'compact' = 'full';

  /** Leave out the "n of 14 components published" meter and list (e.g. on a citizen's page). */
  hideCompleteness: boolean = false;

  /** Heading level (1–6) of the service name, so the card fits the page outline; sections sit one below. */
  headingLevel: number = 2;

  /** Leave out the schema.org JSON-LD the card otherwise adds to the page. */
  noJsonLd: boolean = false;

  /** Compact variant: where the "details" link goes (a page with the full standard). */
  detailsHref: string | null = null;

  /** How the data writes numbers: `id` (`1.234,5`) or `en` (`1,234.5`); unset, each is read both ways and an ambiguous one ("1,234") is reported. */
  numberLocale: 'id' | 'en' | null = null;

  /** Reload the data every this many seconds (unset: load once). */
  refresh: number | null = null;

  /** Time zone of the dates shown: a timestamp without an offset (`2024-12-31T20:00:00`) is wall time there. */
  timeZone: string = DEFAULT_TIME_ZONE;

  private readonly store = new DataController<ServiceCatalogue>(this, {
    // Always JSON: a file named services.json would otherwise be guessed to be Open311.
    source: () => ({ src: this.src, data: this.data, format: 'json', refresh: this.refresh }),
    validate: (input) => validateServiceCatalogue(input, { locale: this.numberLocale ?? undefined }),
    records: false,
  });

  constructor() {
    super();
    new PrintExpandController(this);
    new JsonLdController(this, () => {
      const s = this.noJsonLd ? undefined : this.selected;
      return s && serviceJsonLd(s, this.language);
    });
    new DataIssuesController(this, () => {
      const value = this.store.value;
      const s = this.selected;
      return (
        value && {
          value,
          selected: s,
          detail: () => ({
            rowIssues: this.store.issues,
            skipped: Math.max(0, this.store.rowCount - value.services.length),
            readings: s ? readingNotes({ s, lang: 'en', levels: headingLevels(this.headingLevel) }) : [],
          }),
        }
      );
    });
  }

  /** The `service` key last reported as missing, so each miss fires one event. */
  private reportedMissing?: string;

  /** The issues of the service shown, and of entries left out of the file (every issue of a one-service file). */
  private shownIssues(s: ServiceStandard): RowIssue[] {
    const rows = new Set((this.store.value?.services ?? []).map(serviceRow));
    const row = serviceRow(s);
    return this.store.issues.filter((i) => i.row === row || !rows.has(i.row));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The same source read another way: read it again (a `src` is fetched again).
    if (changed.has('numberLocale') && changed.get('numberLocale') !== undefined) this.store.retry();
  }

  protected override updated(): void {
    const missing = this.store.value && !this.selected ? (this.service ?? '') : undefined;
    if (missing !== undefined && missing !== this.reportedMissing) {
      this.dispatchEvent(new PantauErrorEvent({ code: 'no-rows', message: this.missingText('en') }));
    }
    this.reportedMissing = missing;
  }

  /** "The service … is not in the data. Available: …": shown on the card, and reported in English. */
  private missingText(lang: Lang): string {
    const list = (this.store.value?.services ?? []).map((x) => x.id ?? x.name).join(', ');
    return t(lang, 'missingService', { key: this.service ?? '', list });
  }

  /** The service shown, once the data is loaded and the `service` key matches. */
  get selected(): ServiceStandard | undefined {
    const services = this.store.value?.services;
    return services && selectService(services, this.service);
  }

  override render() {
    const lang = this.language;
    const state = renderDataState(this.store, lang, () => this.store.retry(), this.timeZone);
    const compact = this.variant === 'compact';
    const cls = `root ${compact ? 'compact' : 'full'} ${this.variant === 'audit' ? 'audit' : ''}`;
    const s = this.selected;
    if (!s) {
      return html`<div class=${cls} part="base" lang=${lang} data-theme=${this.themeName}>
        ${this.store.value ? html`<p class="alert" role="alert">${capText(this.missingText(lang), TEXT_CAPS.text)}</p>` : state}
      </div>`;
    }
    // Every text shown is cut to its cap (names and labels shorter); JSON-LD keeps the data whole.
    const shown = capStrings(s, { default: TEXT_CAPS.text, keys: CARD_CAPS });
    const issues = this.shownIssues(s);
    const unreadable = unreadableComponents(issues, serviceRow(s));
    const ctx: SectionContext = {
      s: shown,
      lang,
      levels: headingLevels(this.headingLevel),
      timeZone: this.timeZone,
      unreadable,
    };
    // The host's own link: relative paths are fine here (the page wrote them), schemes only http(s).
    const completeness = this.hideCompleteness ? nothing : completenessTemplate(ctx, !compact);
    const audit = this.variant === 'audit';
    const notes = notesTemplate(ctx, issues, (this.store.value?.services.length ?? 0) > 1);
    // A citizen reads what to bring, the fee, the time and how to complain first; the
    // auditor's completeness comes after (before, in the audit variant).
    const body = compact
      ? compactTemplate(ctx, safeHref(this.detailsHref), completeness)
      : html`${headerTemplate(ctx)} ${audit ? completeness : nothing} ${deliveryTemplate(ctx)}
        ${performanceTemplate(ctx)} ${productionTemplate(ctx)} ${pledgeTemplate(ctx)}
        ${audit ? nothing : completeness} ${footerTemplate(ctx)}`;
    return html`<article class=${cls} part="base" lang=${lang} data-theme=${this.themeName}>
      ${state}${body}${notes}
    </article>`;
  }
}

/** Fields of a service shown as names or labels, cut shorter than paragraphs. */
const CARD_CAPS = {
  name: TEXT_CAPS.title,
  provider: TEXT_CAPS.title,
  unit: TEXT_CAPS.label,
  serviceType: TEXT_CAPS.label,
  areaServed: TEXT_CAPS.label,
  label: TEXT_CAPS.label,
};

// Defined by a call rather than a decorator, so that the file needs no decorator helper. Only if
// the page has no such tag yet: a page may load several pantau files (`pantau.js` from its
// template, this element's own file from an embed code); the first definition serves, and a
// second `define` would throw and stop the rest of the file.
if (!customElements.get('pantau-service-standard'))
  customElements.define('pantau-service-standard', PantauServiceStandard);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-service-standard': PantauServiceStandard;
  }
}
