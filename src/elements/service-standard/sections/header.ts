import { html, nothing } from 'lit';
import { formatDate } from '../../../i18n/numbers-and-dates.js';
import { webHref } from '../links.js';
import { common } from '../../../i18n/common.js';
import { heading, type SectionContext } from './context.js';

/** The service name (at the host's chosen level), its provider and unit, and any sample-data note. */
export function headerTemplate(ctx: SectionContext) {
  const { s } = ctx;
  const by = [s.provider, s.unit].filter(Boolean).join(' · ');
  return html`<header class="header" part="header">
    ${heading(ctx.levels.title, s.name, 'title')} ${by ? html`<p class="provider">${by}</p>` : nothing}
  </header>`;
}

const source = (text: string, href: string | undefined) =>
  href ? html`<a href=${href} rel="noopener noreferrer">${text}</a>` : text;

/** Last update, source and note (sample data, licence) under the card. */
export function footerTemplate({ s, lang, timeZone }: SectionContext) {
  if (!s.updated && !s.source && !s.note) return nothing;
  return html`<footer class="footer" part="footer">
    ${s.updated ? html`<p>${common(lang, 'updated', { date: formatDate(s.updated, lang, 'long', timeZone) })}</p>` : nothing}
    ${s.note ? html`<p class="note">${s.note}</p>` : nothing}
    ${s.source ? html`<p class="source">${source(s.source, webHref(s.sourceUrl))}</p>` : nothing}
  </footer>`;
}
