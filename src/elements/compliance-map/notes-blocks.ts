import { html, nothing, type TemplateResult } from 'lit';
import type { expectedIn, noteText } from '../../i18n/data-text.js';
import type { formatNumber } from '../../i18n/numbers-and-dates.js';
import { section } from './notes-section.js';

/**
 * A part of the data notes as their side file words it (`data-notes.ts`) and the map renders
 * it: a paragraph (`strong`: a warning), or a headed list (left out when empty).
 */
export type NoteBlock = { text: string; strong?: boolean } | { title: string; items: readonly string[] };

/**
 * What the notes' wording borrows from the map's own file, passed in so that the side file
 * shares them rather than carry a copy (and no Lit: the map renders what it words).
 */
export interface NotesKit {
  formatNumber: typeof formatNumber;
  expectedIn: typeof expectedIn;
  noteText: typeof noteText;
}

/** The blocks in order: paragraphs as `<p>`, lists as headed sections. */
export function renderBlocks(blocks: readonly NoteBlock[] | undefined): TemplateResult | typeof nothing {
  if (!blocks) return nothing;
  return html`${blocks.map((b) =>
    'title' in b
      ? section(b.title, b.items)
      : html`<p>${b.strong ? html`<strong>${b.text}</strong>` : b.text}</p>`,
  )}`;
}
