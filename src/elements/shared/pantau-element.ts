import { LitElement, type PropertyDeclarations } from 'lit';
import { LazyController, type Loading } from './lazy-controller.js';
import { LocaleController } from './locale-controller.js';
import { nextTask, taskHasTime } from './sliced-task.js';
import type { Lang } from '../../i18n/lang.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import type { ThemeSetting } from '../../styles/theme.js';
import { ThemeController } from './theme-controller.js';

/**
 * What every pantau element shares: design tokens, a reset against page CSS, one frame, theme
 * and language. The tokens below are read by every element; set them on any ancestor (or
 * `:root`) to theme a page.
 *
 * @cssprop [--pantau-font-family=system-ui] - Font family.
 * @cssprop [--pantau-font-size=1rem] - Base text size; every size inside the element follows it.
 * @cssprop [--pantau-space=1rem] - Spacing unit; the frame's padding by default.
 * @cssprop [--pantau-frame-padding=var(--pantau-space)] - Padding inside the frame (`0`: none).
 * @cssprop [--pantau-frame-border=1px solid var(--pantau-color-border)] - The frame's border (`none`: no border).
 * @cssprop [--pantau-radius=0.5rem] - Corner radius of the frame, buttons and menus.
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
 * @cssprop [--pantau-color-no-data=#eceff2] - Fill of regions or cells without data (dark: #262b31).
 * @cssprop [--pantau-color-no-data-hatch=#aab2ba] - The sparse hatch over regions without data (dark: #535c66).
 * @cssprop [--pantau-zone-green=#83c771] - Ombudsman zone hijau (dark: #98d686).
 * @cssprop [--pantau-zone-yellow=#c38c0d] - Ombudsman zone kuning (dark: #d09616).
 * @cssprop [--pantau-zone-red=#af2d31] - Ombudsman zone merah (dark: #d4443f).
 * @cssprop [--pantau-category-a=#b8dd95] - Ombudsman category A, kualitas tertinggi (dark: #c5e8a3); B to E get steadily darker.
 * @cssprop [--pantau-category-b=#7abe6f] - Category B, kualitas tinggi (dark: #87cc7c).
 * @cssprop [--pantau-category-c=#c38c0d] - Category C, kualitas sedang (dark: #d09616).
 * @cssprop [--pantau-category-d=#c94430] - Category D, kualitas rendah (dark: #e2553e).
 * @cssprop [--pantau-category-e=#9d212e] - Category E, kualitas terendah (dark: #bc383d).
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

  // Lit's options for the reactive properties below. A table rather than `@property` decorators
  // keeps Lit's decorator code and one helper call per property out of the element's file.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    loading: {},
  };

  /** Colour theme: `light`, `dark` or `auto` (the reader's system setting); unset: the page's `data-pantau-theme`, else light. */
  theme?: ThemeSetting;

  /**
   * When to read the data and draw, as `<img loading>`: `eager` (default) at once; `lazy` while
   * off-screen the element waits (no data request, nothing built; its loading state, not busy,
   * keeps its place) until it comes near the viewport, then goes on as eager. Printing ends
   * every wait; `updateComplete` resolves on the waiting state as on a loading one, and
   * `pantau-*` events come only once it has loaded. Without IntersectionObserver: eager.
   */
  loading: Loading = 'eager';

  protected readonly locale = new LocaleController(this);
  readonly #themes = new ThemeController(this);
  // Before the subclasses' data controllers: they ask it whether to wait.
  protected readonly lazy = new LazyController(this);

  /** The theme the element is drawn in, for its root's `data-theme`: `light`, `dark` or `auto`. */
  protected get themeName(): ThemeSetting {
    return this.#themes.theme;
  }

  /** The language the element is read in: its own `lang`, an ancestor's, else Indonesian. */
  get language(): Lang {
    return this.locale.lang;
  }

  /**
   * The first update waits for the next task when the task that connected the element has
   * already run long (on a slow phone, the evaluation of the script that defined it): the first
   * render then has a task of its own instead of adding to that one, so that neither passes the
   * 50 ms of a long task. On a fast machine it runs at once, as Lit schedules it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || taskHasTime()) return super.scheduleUpdate();
    return new Promise<void>((resolve) => nextTask(resolve)).then(() => super.scheduleUpdate());
  }
}
