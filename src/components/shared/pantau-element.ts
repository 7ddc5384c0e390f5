import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Lang } from '../../i18n/lang.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import type { ThemeSetting } from '../../styles/theme.js';
import { ThemeController } from './theme-controller.js';

/**
 * Registers an element under `tag` unless the page already has one by that name: a page may
 * load several pantau files (say `pantau.js` from its template and an element's own file from
 * an embed code), each carrying the element. The first definition serves the page; a second
 * `customElements.define` would throw and stop the rest of that file.
 * @internal
 */
export const customElement =
  (tag: string) =>
  (element: CustomElementConstructor): void => {
    // Through a local name: the manifest analyser reads `customElements.define(…)` calls as tags.
    const registry = customElements;
    if (!registry.get(tag)) registry.define(tag, element);
  };

/**
 * What every pantau element shares: design tokens, a reset against page CSS, one frame, theme
 * and language.
 *
 * @cssprop [--pantau-space=1rem] - Spacing unit; the frame's padding by default.
 * @cssprop [--pantau-frame-padding=var(--pantau-space)] - Padding inside the frame (`0`: none).
 * @cssprop [--pantau-frame-border=1px solid var(--pantau-color-border)] - The frame's border (`none`: no border).
 * @cssprop [--pantau-radius=0.5rem] - Corner radius of the frame, buttons and menus.
 * @cssprop [--pantau-color-border=#8a939e] - Border colour (a theme token).
 */
export class PantauElement extends LitElement {
  static override styles = [tokens, base];

  /** Colour theme: `light`, `dark` or `auto` (the reader's system setting); unset: the page's `data-pantau-theme`, else light. */
  @property({ reflect: true }) theme?: ThemeSetting;

  protected readonly locale = new LocaleController(this);
  private readonly themes = new ThemeController(this);

  /** The theme the element is drawn in, for its root's `data-theme`: `light`, `dark` or `auto`. */
  protected get themeName(): ThemeSetting {
    return this.themes.theme;
  }

  /** The language the element is read in: its own `lang`, an ancestor's, else Indonesian. */
  get language(): Lang {
    return this.locale.lang;
  }
}
