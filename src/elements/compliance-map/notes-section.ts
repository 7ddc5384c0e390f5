import { html, nothing, type TemplateResult } from 'lit';
import { capped } from '../shared/text-cap.js';

/** Long lists are cut in the page; the `pantau-data-issues` event carries them all. */
const MAX_ITEMS = 200;

/** A headed list of notes, cut at `MAX_ITEMS`: the data notes' and the rating notes' sections. */
export function section(title: string, items: readonly string[]): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  const shown = items.slice(0, MAX_ITEMS);
  return html`<h3 class="notes-heading">${title}</h3>
    <ul>
      ${shown.map((i) => html`<li>${capped(i, 'text')}</li>`)}${items.length > shown.length ? html`<li>…</li>` : nothing}
    </ul>`;
}
