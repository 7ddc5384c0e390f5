import { html, nothing } from 'lit';
import { PRODUCTION_COMPONENTS } from '../../../data/validate/schemas/service-standard.js';
import { t } from '../pantau-service-standard.messages.js';
import { section, type SectionContext } from './context.js';

/**
 * The eight provider-side components, each published one in a collapsible `details` (opened
 * for printing by the element); unpublished ones are named in the completeness list instead.
 */
export function productionTemplate(ctx: SectionContext) {
  const { s, lang } = ctx;
  const published = PRODUCTION_COMPONENTS.filter((k) => s[k] !== undefined);
  if (!published.length) return nothing;
  return section(
    ctx,
    'production',
    published.map((k) => {
      const items = s[k] as string[];
      return html`<details part="details">
        <summary>${t(lang, k)}</summary>
        ${
          items.length === 1
            ? html`<p>${items[0]}</p>`
            : html`<ul>
                ${items.map((i) => html`<li>${i}</li>`)}
              </ul>`
        }
      </details>`;
    }),
  );
}

/** The service pledge (maklumat pelayanan), quoted as the provider signed it. */
export function pledgeTemplate(ctx: SectionContext) {
  return ctx.s.pledge ? section(ctx, 'pledge', html`<blockquote>${ctx.s.pledge}</blockquote>`) : nothing;
}
