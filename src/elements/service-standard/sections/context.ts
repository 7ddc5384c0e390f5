import { html, type TemplateResult } from 'lit';
import type { ServiceStandard } from '../../../data/validate/schemas/service-standard.js';
import type { Lang } from '../../../i18n/lang.js';
import { t, type MessageKey } from '../pantau-service-standard.messages.js';

/** What every section template reads. */
export interface SectionContext {
  s: ServiceStandard;
  lang: Lang;
  /** Heading levels: the service name, then its sections. */
  levels: { title: number; section: number };
  /** Time zone of the dates shown (a timestamp without an offset is wall time there). */
  timeZone?: string;
  /** Components given in the data but unreadable (reported in the notes). */
  unreadable?: ReadonlySet<string>;
}

/** What stands in for a missing component: "not published", or "could not be read" when it was given. */
export const missingText = (ctx: SectionContext, key?: string): string =>
  t(ctx.lang, key && ctx.unreadable?.has(key) ? 'unreadable' : 'notPublished');

/**
 * A heading of a level chosen at run time. Six fixed templates rather than a static tag, so
 * nothing from outside ever becomes markup.
 */
export function heading(level: number, content: unknown, cls: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 class=${cls}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls}>${content}</h5>`;
    default:
      return html`<h6 class=${cls}>${content}</h6>`;
  }
}

/** A titled section of the full card, its heading one level below the service name. */
export function section(ctx: SectionContext, title: MessageKey, body: unknown, cls = ''): TemplateResult {
  return html`<section class="block ${cls}" part="section">
    ${heading(ctx.levels.section, t(ctx.lang, title), 'section-title')} ${body}
  </section>`;
}
