import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ExportFrame } from '../../charts/export-layout.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';
import { serializeSvg, svgToPng } from './svg-export.js';

export { setAttributes } from './svg-export.js';

const t = defineMessages({
  download: ['Unduh', 'Download'],
  csv: ['Data (CSV)', 'Data (CSV)'],
  svg: ['Gambar vektor (SVG)', 'Vector image (SVG)'],
  png: ['Gambar (PNG)', 'Image (PNG)'],
});

export type DownloadKind = 'csv' | 'svg' | 'png';

/**
 * Open/closed state of a download menu (a disclosure: a button with `aria-expanded` and a
 * list of buttons). Escape closes it and returns focus to the button; so does leaving it.
 * It needs no lifecycle hooks, only the host to re-render.
 */
export class DownloadMenuController {
  open = false;
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
  </div>`;
}

/**
 * Saves `csv()` as a CSV file, or `svg` as a standalone SVG or PNG file with `frame()` (title,
 * legend, notes, source) drawn around it (see `serializeSvg`), under `name`. Nothing is
 * saved as an image when there is no `svg`.
 */
export async function saveDownload(
  kind: DownloadKind,
  name: string,
  csv: () => string,
  svg: SVGSVGElement | null,
  frame?: () => ExportFrame,
): Promise<void> {
  let blob: Blob;
  if (kind === 'csv') blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
  else if (!svg) return;
  else {
    const out = serializeSvg(svg, frame?.());
    blob =
      kind === 'svg'
        ? new Blob([out.text], { type: 'image/svg+xml' })
        : await svgToPng(out.text, out.width, out.height);
  }
  // A temporary `<a download>` is navigation, so a strict CSP allows it.
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 30_000);
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
`;
