import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { PantauErrorEvent } from '../../events/error.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';
import { SideFileError } from './side-module.js';

const t = defineMessages({
  download: ['Unduh', 'Download'],
  csv: ['Data (CSV)', 'Data (CSV)'],
  svg: ['Gambar vektor (SVG)', 'Vector image (SVG)'],
  png: ['Gambar (PNG)', 'Image (PNG)'],
  missing: [
    'Unduhan tidak tersedia: berkas {file} tidak dapat dimuat.',
    'Downloads are unavailable: could not load the file {file}.',
  ],
});

export type DownloadKind = 'csv' | 'svg' | 'png';

/**
 * Open/closed state of a download menu (a disclosure: a button with `aria-expanded` and a
 * list of buttons). Escape closes it and returns focus to the button; so does leaving it.
 * It needs no lifecycle hooks, only the host to re-render.
 */
export class DownloadMenuController {
  open = false;
  /** The side file a download needed and could not load, named in the menu until one works. */
  missing?: string;
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}
  toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
  }
  /**
   * Runs a picked download. When its side file is missing (a copy of the element's file
   * alone), the menu says which file and `pantau-error` is fired; what is shown stays.
   */
  async run(download: () => Promise<void>): Promise<void> {
    try {
      await download();
      if (this.missing === undefined) return;
      this.missing = undefined;
    } catch (error) {
      if (!(error instanceof SideFileError)) throw error;
      this.missing = error.file;
      this.host.dispatchEvent(
        new PantauErrorEvent({ code: 'network', message: error.message, url: error.url ?? error.file }),
      );
    }
    this.host.requestUpdate();
  }
  onKeydown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.open) return;
    e.stopPropagation();
    this.close();
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>('.dl-button')?.focus();
  };
  onFocusOut = (e: FocusEvent): void => {
    const menu = e.currentTarget as HTMLElement;
    if (!menu.contains(e.relatedTarget as Node | null)) this.close();
  };
}

/** Renders the menu. Parts: `download-button`, `download-menu`. */
export function renderDownloadMenu(
  menu: DownloadMenuController,
  lang: Lang,
  onPick: (kind: DownloadKind) => void,
  id = 'download-menu',
): TemplateResult {
  const pick = (kind: DownloadKind) => () => {
    menu.close();
    onPick(kind);
  };
  return html`<div class="dl" @keydown=${menu.onKeydown} @focusout=${menu.onFocusOut}>
    <button
      type="button"
      class="btn dl-button"
      part="download-button"
      aria-expanded=${menu.open ? 'true' : 'false'}
      aria-controls=${id}
      @click=${menu.toggle}
    >
      ${t(lang, 'download')}
    </button>
    <ul id=${id} class="dl-list" part="download-menu" ?hidden=${!menu.open}>
      ${(['csv', 'svg', 'png'] as const).map((k) => html`<li><button type="button" class="btn" data-kind=${k} @click=${pick(k)}>${t(lang, k)}</button></li>`)}
    </ul>
    ${menu.missing ? html`<p class="dl-error" role="alert">${t(lang, 'missing', { file: menu.missing })}</p>` : nothing}
  </div>`;
}

/** Styles for the download menu; add to an element's `styles` after `commonStyles` (buttons). */
export const downloadMenuStyles = css`
  .dl {
    position: relative;
  }
  .dl-list {
    position: absolute;
    inset-inline-end: 0;
    z-index: 3;
    margin: 0.25em 0 0;
    padding: 0.25em;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    min-width: 12rem;
  }
  .dl-list .btn {
    display: block;
    width: 100%;
    text-align: start;
    border: 0;
    color: var(--_text);
  }
  .dl-list .btn:hover {
    background: var(--_surface);
  }
  .dl-error {
    position: absolute;
    inset-inline-end: 0;
    z-index: 3;
    margin: 0.25em 0 0;
    padding: 0.5em;
    width: max-content;
    max-width: 20rem;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
  }
`;
