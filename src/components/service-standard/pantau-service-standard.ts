import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController } from '../../data/controller.js';
import {
  validateServiceCatalogue,
  type ServiceCatalogue,
  type ServiceStandard,
} from '../../data/schemas/service-standard.js';
import { PantauErrorEvent } from '../../events/error.js';
import type { Lang } from '../../i18n/lang.js';
import { dataStateStyles, renderDataState } from '../shared/data-state.js';
import { customElement, PantauElement } from '../shared/pantau-element.js';
import { safeHref } from '../shared/safe-url.js';
import { serviceJsonLd } from './json-ld.js';
import { JsonLdController } from './json-ld-controller.js';
import { PrintExpandController } from './print-controller.js';
import { t } from './messages.js';
import { headingLevels, selectService } from './model.js';
import { serviceStandardStyles } from './pantau-service-standard.styles.js';
import { compactTemplate } from './sections/compact.js';
import { completenessTemplate } from './sections/completeness.js';
import type { SectionContext } from './sections/context.js';
import { deliveryTemplate } from './sections/delivery.js';
import { footerTemplate, headerTemplate } from './sections/header.js';
import { performanceTemplate } from './sections/performance.js';
import { pledgeTemplate, productionTemplate } from './sections/production.js';

export type {
  ServiceCatalogue,
  ServiceStandard,
  ComplaintChannel,
  Fee,
  TimeLimit,
  Performance,
} from '../../data/schemas/service-standard.js';

/**
 * A public service's published standard (standar pelayanan): what to bring, what it costs, how
 * long it takes and where to complain; how many of the 14 components the law requires are
 * published; and, when the data has it, whether the promise is kept. Adds schema.org
 * `GovernmentService` JSON-LD to the page unless `no-json-ld` is set.
 *
 * @summary A service standard card: requirements, fee, time limit, complaints, completeness and kept promises.
 *
 * @fires pantau-error - The data could not be loaded or used, or the chosen `service` is not in it (`detail`: code, message, url).
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
 *
 * @cssprop [--pantau-service-standard-background=var(--pantau-color-bg)] - Card background.
 * @cssprop [--pantau-service-standard-max-width=60rem] - Widest the full card grows.
 * @cssprop [--pantau-service-standard-meter-color=var(--pantau-color-accent)] - Published segments of the completeness meter.
 * @cssprop [--pantau-color-accent=#0b5cad] - Links and the call to action (a theme token).
 * @cssprop [--pantau-color-bad=#b3261e] - A broken promise (a theme token).
 * @cssprop [--pantau-font-family=system-ui] - Font family (a theme token).
 */
@customElement('pantau-service-standard')
export class PantauServiceStandard extends PantauElement {
  static override styles = [...PantauElement.styles, dataStateStyles, serviceStandardStyles];

  /** URL of a service standard JSON file: one service or a catalogue `{services: [...]}`. */
  @property() src: string | null = null;

  /** The data as an object, instead of `src` or an inline `<script type="application/json">`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** In a catalogue, the service to show: its `id`, else its name; the first service when unset. */
  @property() service: string | null = null;

  /** `full`: the whole standard; `compact`: a tile for a grid of services. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Heading level (1–6) of the service name, so the card fits the page outline; sections sit one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 2;

  /** Leave out the schema.org JSON-LD the card otherwise adds to the page. */
  @property({ type: Boolean, attribute: 'no-json-ld' }) noJsonLd: boolean = false;

  /** Compact variant: where the "details" link goes (a page with the full standard). */
  @property({ attribute: 'details-href' }) detailsHref: string | null = null;

  /** Reload the data every this many seconds (unset: load once). */
  @property({ type: Number }) refresh: number | null = null;

  private readonly store = new DataController<ServiceCatalogue>(this, {
    // Always JSON: a file named services.json would otherwise be guessed to be Open311.
    source: () => ({ src: this.src, data: this.data, format: 'json', refresh: this.refresh }),
    validate: (input) => validateServiceCatalogue(input),
    records: false,
  });

  constructor() {
    super();
    new PrintExpandController(this);
    new JsonLdController(this, () => {
      const s = this.noJsonLd ? undefined : this.selected;
      return s && serviceJsonLd(s, this.language);
    });
  }

  /** The `service` key last reported as missing, so each miss fires one event. */
  private reportedMissing?: string;

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
    const state = renderDataState(this.store, lang, () => this.store.retry());
    const compact = this.variant === 'compact';
    const cls = `root ${compact ? 'compact' : 'full'}`;
    const s = this.selected;
    if (!s) {
      return html`<div class=${cls} part="base" lang=${lang} data-theme=${this.themeName}>
        ${this.store.value ? html`<p class="alert" role="alert">${this.missingText(lang)}</p>` : state}
      </div>`;
    }
    const ctx: SectionContext = { s, lang, levels: headingLevels(this.headingLevel) };
    // The host's own link: relative paths are fine here (the page wrote them), schemes only http(s).
    const body = compact
      ? compactTemplate(ctx, safeHref(this.detailsHref))
      : html`${headerTemplate(ctx)} ${completenessTemplate(ctx, true)} ${deliveryTemplate(ctx)}
        ${performanceTemplate(ctx)} ${productionTemplate(ctx)} ${pledgeTemplate(ctx)} ${footerTemplate(ctx)}`;
    return html`<article class=${cls} part="base" lang=${lang} data-theme=${this.themeName}>
      ${state}${body}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pantau-service-standard': PantauServiceStandard;
  }
}
