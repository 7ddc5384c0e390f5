import { SVG_PRESENTATION, isDefaultPresentation, svgPaint } from '../../charts/export.js';
import { exportLayout, type ExportFrame } from '../../charts/export-layout.js';

const XMLNS = 'http://www.w3.org/2000/svg';

/** The text a host's slot (`title`, `subtitle`) was given, for an export of an element titled by slot. */
export function slottedText(host: Element, slot: string): string | undefined {
  const text = [...host.children]
    .filter((c) => c.getAttribute('slot') === slot)
    .map((c) => c.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/** Sets every attribute of `attributes` on `el`. */
export function setAttributes(el: Element, attributes: Record<string, string | number>): void {
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
}

function add(parent: Element, tag: string, attrs: Record<string, string | number>, text?: string): Element {
  const el = parent.appendChild(document.createElementNS(XMLNS, tag));
  setAttributes(el, attrs);
  if (text) el.textContent = text;
  return el;
}

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);

/**
 * Runs `read` with the element's root (`.root[data-theme]`) in the theme an export is
 * drawn in: light, unless the page or the element asked for dark (`auto` is the reader's
 * setting, not the author's, so it exports light). Restored before anything renders.
 */
function inExportTheme<T>(svg: SVGSVGElement, read: (root: Element) => T): T {
  const root = svg.closest('.root') ?? svg;
  const was = root.getAttribute('data-theme');
  const theme = was === 'dark' ? 'dark' : 'light';
  if (was !== null && was !== theme) root.setAttribute('data-theme', theme);
  try {
    return read(root);
  } finally {
    if (was !== null && was !== theme) root.setAttribute('data-theme', was);
  }
}

/** A CSS colour (`var(--_muted)`, `#fff`) as the root's style computes it: `rgb(…)`, system colours resolved. */
function computedColour(root: Element, colour: string): string {
  const probe = root.appendChild(document.createElement('span'));
  probe.style.setProperty('color', colour);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed;
}

/**
 * Copies computed presentation onto the clone, where it differs from what the element
 * inherits (so a file does not repeat its font on every element); drops classes, styles,
 * and what is not drawn.
 */
function inlineStyles(svg: SVGSVGElement, clone: SVGSVGElement): void {
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  const styles = new Map<Element, CSSStyleDeclaration>();
  const drop: Element[] = [];
  from.forEach((el, k) => {
    const target = to[k]!;
    const cs = getComputedStyle(el);
    styles.set(el, cs);
    const parent = el === svg ? undefined : styles.get(el.parentElement!);
    for (const name of SVG_PRESENTATION) {
      const value = cs.getPropertyValue(name).trim();
      // The root and `opacity` (not inherited) against their initial value, the rest against the parent's.
      const same =
        parent && name !== 'opacity'
          ? parent.getPropertyValue(name).trim() === value
          : isDefaultPresentation(name, value);
      if (same) continue;
      if (name === 'fill' || name === 'stroke') {
        const paint = svgPaint(value);
        target.setAttribute(name, paint.colour);
        if (paint.opacity !== undefined) target.setAttribute(`${name}-opacity`, String(paint.opacity));
      } else {
        // Unitless numbers: drawing programs read `7, 3` more surely than `7px, 3px`.
        target.setAttribute(name, name === 'font-family' ? value : value.replace(/(\d)px\b/g, '$1'));
      }
    }
    for (const name of ['class', 'part', 'style', 'tabindex', 'aria-hidden', 'focusable'])
      target.removeAttribute(name);
    const invisible =
      SHAPES.has(el.localName) &&
      target.getAttribute('fill-opacity') === '0' &&
      !target.hasAttribute('stroke');
    if (cs.display === 'none' || invisible) drop.push(target);
  });
  for (const el of drop) el.remove();
}

/**
 * The chart's `<svg>` as a standalone file: every element gets its computed colours, dashes
 * and fonts as presentation attributes (custom properties and shadow styles do not travel),
 * classes and inline styles are dropped, and the frame (title, subtitle, legend, notes,
 * source) is drawn around it as live text, in the export theme, on a background rectangle.
 */
export function serializeSvg(
  svg: SVGSVGElement,
  frame: ExportFrame = {},
): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = svg.width.baseVal.value || box.width;
  const height = svg.height.baseVal.value || box.height;
  return inExportTheme(svg, (root) => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    const l = exportLayout(frame, width, height);
    const out = document.createElementNS(XMLNS, 'svg');
    setAttributes(out, {
      xmlns: XMLNS,
      width: l.width,
      height: l.height,
      viewBox: `0 0 ${l.width} ${l.height}`,
    });
    const cs = getComputedStyle(root);
    add(out, 'rect', {
      width: '100%',
      height: '100%',
      fill: svgPaint(computedColour(root, 'var(--_bg)')).colour,
    });
    const text = svgPaint(computedColour(root, 'var(--_text)')).colour;
    const muted = svgPaint(computedColour(root, 'var(--_muted)')).colour;
    const g = add(out, 'g', { 'font-family': cs.fontFamily, fill: text });
    setAttributes(clone, { x: l.chart.x, y: l.chart.y, width, height, overflow: 'visible' });
    if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // The chart's own patterns come first, so the legend's swatches can use them.
    out.appendChild(clone);
    for (const s of l.swatches) {
      // A colour is resolved here, in the export theme; a `url(#…)` names one of the chart's patterns.
      const fill = s.fill.startsWith('url(') ? s.fill : svgPaint(computedColour(root, s.fill)).colour;
      add(g, 'rect', { x: s.x, y: s.y, width: s.size, height: s.size, rx: 2, fill, stroke: muted });
    }
    for (const line of l.lines) {
      const attrs: Record<string, string | number> = { x: line.x, y: line.y, 'font-size': line.size };
      if (line.bold) attrs['font-weight'] = 700;
      if (line.muted) attrs.fill = muted;
      add(g, 'text', attrs, line.text);
    }
    // Lit's template markers are comments: a designer's file has no use for them.
    const file = new XMLSerializer().serializeToString(out).replace(/<!--[^]*?-->/g, '');
    return { text: file, width: l.width, height: l.height };
  });
}

/** Rasterises standalone SVG text to PNG at `scale` × its size (2: sharp on high-density screens and in print). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
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
