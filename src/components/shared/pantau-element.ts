import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Lang } from '../../i18n/lang.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';

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
 * What every pantau element shares: design tokens, a reset against page CSS, theme and language.
 * The tokens below are read by every element; set them on any ancestor (or `:root`) to theme a page.
 *
 * @cssprop [--pantau-font-family=system-ui] - Font family.
 * @cssprop [--pantau-font-size=1rem] - Base text size; every size inside the element follows it.
 * @cssprop [--pantau-radius=0.5rem] - Corner radius of cards, buttons and menus.
 * @cssprop [--pantau-space=1rem] - Base spacing unit.
 * @cssprop [--pantau-color-bg=#ffffff] - Background (dark theme: #14171c).
 * @cssprop [--pantau-color-surface=#f5f7f9] - Raised surfaces: menus, tooltips, table headers (dark: #1f242b).
 * @cssprop [--pantau-color-text=#1b1f24] - Text (dark: #eef1f4).
 * @cssprop [--pantau-color-muted=#555e69] - Secondary text: subtitles, sources, axes (dark: #aab3bd).
 * @cssprop [--pantau-color-border=#8a939e] - Borders and grid lines (dark: #6b7480).
 * @cssprop [--pantau-color-accent=#0b5cad] - Links and calls to action (dark: #7cb8f7).
 * @cssprop [--pantau-color-focus=#0b5cad] - The keyboard focus ring (dark: #9ccaff).
 * @cssprop [--pantau-color-good=#0a6b2f] - A change for the better, a kept promise (dark: #6fd08c).
 * @cssprop [--pantau-color-bad=#b3261e] - A change for the worse, a broken promise, errors (dark: #ff8a80).
 * @cssprop [--pantau-color-neutral=#555e69] - A change that is neither (dark: #aab3bd).
 * @cssprop [--pantau-color-no-data=#c9d1da] - Regions or cells without data (dark: #3d4650).
 * @cssprop [--pantau-zone-green=#0a4420] - Ombudsman zone hijau (dark: #2e7d40).
 * @cssprop [--pantau-zone-yellow=#c08900] - Ombudsman zone kuning (dark: #f2c94c).
 * @cssprop [--pantau-zone-red=#6e1616] - Ombudsman zone merah (dark: #cf3a33).
 * @cssprop [--pantau-category-a=#33924b] - Ombudsman category A, kualitas tertinggi (dark: #a6e8b6).
 * @cssprop [--pantau-category-b=#08361a] - Category B, kualitas tinggi (dark: #2a7a3c).
 * @cssprop [--pantau-category-c=#c08900] - Category C, kualitas sedang (dark: #f2c94c).
 * @cssprop [--pantau-category-d=#5a1010] - Category D, kualitas rendah (dark: #c0392b).
 * @cssprop [--pantau-category-e=#e0524a] - Category E, kualitas terendah (dark: #ffb3ad).
 * @cssprop [--pantau-series-1=#0072b2] - Chart series 1 (Okabe–Ito; dark: #56b4e9).
 * @cssprop [--pantau-series-2=#c65300] - Chart series 2 (dark: #f0a04b).
 * @cssprop [--pantau-series-3=#007a5a] - Chart series 3 (dark: #3fcf9f).
 * @cssprop [--pantau-series-4=#b4499a] - Chart series 4 (dark: #e89ad0).
 * @cssprop [--pantau-series-5=#8a6d00] - Chart series 5 (dark: #f0e442).
 * @cssprop [--pantau-series-6=#3a7fbf] - Chart series 6 (dark: #a3c8ff).
 * @cssprop [--pantau-series-7=#6a3d9a] - Chart series 7 (dark: #c6a5f0).
 * @cssprop [--pantau-series-8=#3d4650] - Chart series 8 (dark: #d0d6dc).
 */
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
