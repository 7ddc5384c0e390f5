import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Lang } from '../../i18n/lang.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';

/** What every pantau element shares: design tokens, a reset against page CSS, theme and language. */
export class PantauElement extends LitElement {
  static override styles = [tokens, base];

  /** Colour theme: `light`, `dark`, or unset to follow the reader's system preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly locale = new LocaleController(this);

  /** The language the element is read in: its own `lang`, an ancestor's, else Indonesian. */
  get language(): Lang {
    return this.locale.lang;
  }
}
