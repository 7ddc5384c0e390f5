import type { ReactiveControllerHost } from 'lit';
import { PAGE_THEME_ATTRIBUTE, resolveTheme, type ThemeSetting } from '../../styles/theme.js';
import { AncestorController } from './ancestor-controller.js';

type Host = ReactiveControllerHost & HTMLElement & { theme?: string };

/**
 * Gives an element the theme it is drawn in (`theme`, else an ancestor's
 * `data-pantau-theme`, else light) and re-renders it when that changes. The element writes
 * it as `data-theme` on its root, where the theme's colour tokens are declared.
 */
export class ThemeController extends AncestorController<ThemeSetting> {
  constructor(host: Host) {
    super(host, PAGE_THEME_ATTRIBUTE, () => resolveTheme(host, host.theme), 'light');
  }

  get theme(): ThemeSetting {
    return this.value;
  }
}
