import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Styles = Readonly<Record<string, string | number | undefined | null>>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`) on every render, the
 * first included. Lit's `styleMap` writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`, no `'unsafe-inline'`) blocks; CSSOM writes are
 * allowed. Property names are CSS names: `left`, `--pantau-x`, `fill`.
 */
class CssomStyle extends Directive {
  #previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') {
      throw new Error('cssomStyle() belongs in a style attribute binding');
    }
  }

  render(_styles: Styles): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Styles]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined || value === null) continue;
      style.setProperty(name, String(value));
      next.add(name);
    }
    for (const name of this.#previous) if (!next.has(name)) style.removeProperty(name);
    this.#previous = next;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
