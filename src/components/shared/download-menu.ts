import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SVG_PRESENTATION, isDefaultPresentation } from '../../charts/export.js';
import type { Lang } from '../../i18n/lang.js';
import { defineMessages } from '../../i18n/messages.js';

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
 * Saves `csv()` as a CSV file, or `svg` as a standalone SVG or PNG file (see `serializeSvg`
 * for `decorate`), under `name`. Nothing is saved as an image when there is no `svg`.
 */
export async function saveDownload(
  kind: DownloadKind,
  name: string,
  csv: () => string,
  svg: SVGSVGElement | null,
  decorate?: SvgDecorator,
): Promise<void> {
  let blob: Blob;
  if (kind === 'csv') blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
  else if (!svg) return;
  else {
    const out = serializeSvg(svg, decorate);
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

/**
 * Adds a title, legend or source to the standalone clone of a chart; `style` is the live
 * chart's computed style. Returns the extra height it used at the bottom.
 */
export type SvgDecorator = (
  clone: SVGSVGElement,
  width: number,
  height: number,
  style: CSSStyleDeclaration,
) => number;

/**
 * The chart's `<svg>` as a standalone file: every element gets its computed colours, dashes
 * and fonts as presentation attributes (custom properties and shadow styles do not travel),
 * classes are dropped, and a background rectangle in the chart's `--_bg` is added.
 */
function serializeSvg(
  svg: SVGSVGElement,
  decorate?: SvgDecorator,
): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = svg.width.baseVal.value || box.width;
  const height = svg.height.baseVal.value || box.height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, k) => {
    const target = to[k];
    const cs = getComputedStyle(el);
    for (const name of SVG_PRESENTATION) {
      const value = cs.getPropertyValue(name).trim();
      if (!isDefaultPresentation(name, value)) target.setAttribute(name, value);
    }
    target.removeAttribute('class');
    target.removeAttribute('part');
    if (cs.display === 'none') target.setAttribute('display', 'none');
  });
  const xmlns = 'http://www.w3.org/2000/svg';
  clone.setAttribute('xmlns', xmlns);
  const style = getComputedStyle(svg);
  const bg = document.createElementNS(xmlns, 'rect');
  setAttributes(bg, {
    width: '100%',
    height: '100%',
    fill: style.getPropertyValue('--_bg').trim() || '#fff',
  });
  clone.insertBefore(bg, clone.firstChild);
  const h = height + (decorate ? decorate(clone, width, height, style) : 0);
  setAttributes(clone, { width, height: h, viewBox: `0 0 ${width} ${h}` });
  return { text: new XMLSerializer().serializeToString(clone), width, height: h };
}

/** Sets every attribute of `attributes` on `el`. */
export function setAttributes(el: Element, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
}

/** Rasterises standalone SVG text to PNG at `scale` × its size (2: sharp on high-density screens). */
async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  const img = new Image();
  try {
    await new Promise((resolve, reject) => {
      img.onload = resolve;
      img.onerror = () => reject(new Error('The SVG could not be drawn.'));
      img.src = url;
    });
  } finally {
    // A loaded image keeps its pixels; the URL is not needed to draw it.
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available.');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
  );
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
