import { expect, nextFrame } from '@open-wc/testing';

/** Picks a download kind from an element's menu and returns what `<a download>` was asked to save. */
export async function pickDownload(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  kind: 'csv' | 'svg' | 'png',
): Promise<{ name: string; blob: Blob }> {
  const original = HTMLAnchorElement.prototype.click;
  const saved = new Promise<{ name: string; href: string }>((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      resolve({ name: this.download, href: this.href });
    };
  });
  try {
    el.shadowRoot!.querySelector<HTMLElement>('[part=download-button]')!.click();
    await el.updateComplete;
    await nextFrame();
    el.shadowRoot!.querySelector<HTMLElement>(`[part=download-menu] button[data-kind=${kind}]`)!.click();
    const { name, href } = await saved;
    expect(href).to.match(/^blob:/);
    return { name, blob: await (await fetch(href)).blob() };
  } finally {
    HTMLAnchorElement.prototype.click = original;
  }
}

/** An exported SVG shown in a fresh frame: a plain page with no pantau, no styles, no custom properties. */
export async function plainPage(svgText: string): Promise<{ doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1400px';
  frame.style.height = '1000px';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html><body style="margin:0">${svgText}</body></html>`);
  doc.close();
  await nextFrame();
  return { doc, frame };
}

/** The colour a region is painted with: its fill, or the fill of the pattern's base rectangle. */
export function paintOf(shape: Element, root: Document | ShadowRoot): string {
  const view = (shape.ownerDocument.defaultView ?? window) as Window;
  const fill = view.getComputedStyle(shape).fill;
  const id = /url\("?#([^")]+)"?\)/.exec(fill)?.[1];
  if (!id) return fill;
  const rect = root.getElementById(id)?.querySelector('rect');
  return rect ? view.getComputedStyle(rect).fill : 'missing pattern';
}
