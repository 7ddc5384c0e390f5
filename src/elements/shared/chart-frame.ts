import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { common as t } from '../../i18n/common.js';
import { safeHref } from './safe-url.js';
import { cappedText } from './text-cap.js';

/** The header of a chart: a title and subtitle, each replaceable by a slot of the same name. */
export interface FrameHeader {
  title?: string;
  subtitle?: string;
  /** Tracks the host's slotted `title` / `subtitle` content, so a slotted title shows without `heading`. */
  slots: FrameSlots;
  /** Extra content at the header's end (a change badge, a menu). */
  aside?: unknown;
}

/**
 * Whether the host's `title` and `subtitle` slots have content; re-renders the host when that
 * changes. It needs no lifecycle hooks, only the host to re-render.
 */
export class FrameSlots {
  title = false;
  subtitle = false;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  readonly onSlotChange = (e: Event): void => {
    const slot = e.target as HTMLSlotElement;
    const name = slot.name as 'title' | 'subtitle';
    const has = slotHasContent(slot);
    if (this[name] === has) return;
    this[name] = has;
    this.#host.requestUpdate();
  };
}

/** The footer of a chart: where the data comes from, a note and when it was last updated. */
export interface FrameFooter {
  source?: string;
  /** A link to the source; only http and https are linked, anything else is shown as text. */
  sourceUrl?: string;
  note?: string;
  /** When the data was last updated, as text (from `formatDate`): an element that shows no date carries no date code. */
  updated?: string;
  lang: Lang;
}

/**
 * Renders a chart header. Parts: `header`, `title`, `subtitle`. The title carries a heading
 * role only when it has text, so an untitled chart adds no empty heading to the page.
 */
export function renderFrameHeader(o: FrameHeader): TemplateResult {
  const hasTitle = !!o.title || o.slots.title;
  const hasSubtitle = !!o.subtitle || o.slots.subtitle;
  return html`<div class="frame-header" part="header">
    <div class="frame-titles">
      <div
        class="frame-title"
        part="title"
        role=${hasTitle ? 'heading' : nothing}
        aria-level=${hasTitle ? 2 : nothing}
        ?hidden=${!hasTitle}
      >
        <slot name="title" @slotchange=${o.slots.onSlotChange}>${cappedText(o.title ?? '', 'title')}</slot>
      </div>
      <p class="frame-subtitle" part="subtitle" ?hidden=${!hasSubtitle}>
        <slot name="subtitle" @slotchange=${o.slots.onSlotChange}
          >${cappedText(o.subtitle ?? '', 'title')}</slot
        >
      </p>
    </div>
    ${o.aside ?? nothing}
  </div>`;
}

/** Whether a slot has any element or non-blank text assigned. */
function slotHasContent(slot: HTMLSlotElement): boolean {
  return slot.assignedNodes().some((n) => n.nodeType === 1 || (n.textContent ?? '').trim() !== '');
}

/** Renders a chart footer, or nothing when there is nothing to say. Parts: `footer`, `source`. */
export function renderFrameFooter(o: FrameFooter): TemplateResult | typeof nothing {
  if (!o.source && !o.sourceUrl && !o.note && !o.updated) return nothing;
  const href = safeHref(o.sourceUrl);
  const label = o.source || o.sourceUrl || '';
  const text = cappedText(label, 'text');
  const source = href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${text}</a>` : text;
  const keyed = (key: 'source' | 'note', value: unknown) =>
    html`<span class="frame-key">${t(o.lang, key)}:</span> ${value}`;
  return html`<footer class="frame-footer" part="footer">
    ${label ? html`<p part="source">${keyed('source', source)}</p>` : nothing}
    ${o.note ? html`<p>${keyed('note', cappedText(o.note, 'text'))}</p>` : nothing}
    ${o.updated ? html`<p>${t(o.lang, 'updated', { date: o.updated })}</p>` : nothing}
  </footer>`;
}

/** Styles for the header and footer; add to an element's `styles`. */
export const chartFrameStyles = css`
  .frame-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .frame-titles {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .frame-title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .frame-subtitle {
    margin: 0.15em 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .frame-footer {
    margin-block-start: calc(var(--_space) * 0.5);
    font-size: 0.8em;
    color: var(--_muted);
  }
  .frame-footer p {
    margin: 0.1em 0;
    overflow-wrap: anywhere;
  }
  .frame-key {
    font-weight: 600;
  }
`;
