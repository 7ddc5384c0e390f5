import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PAGE_THEME_ATTRIBUTE, resolveTheme, type ThemeSetting } from '../../styles/theme.js';

type Host = ReactiveControllerHost & HTMLElement & { theme?: string };

const controllers = new Set<ThemeController>();
let documentObserver: MutationObserver | undefined;

// One observer for the whole document: a page switching its theme switches every element.
function watchDocument() {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: [PAGE_THEME_ATTRIBUTE],
    subtree: true,
  });
}

/**
 * Gives an element the theme it is drawn in (`theme`, else an ancestor's
 * `data-pantau-theme`, else light) and re-renders it when that changes. The element writes
 * it as `data-theme` on its root, where the theme's colour tokens are declared.
 */
export class ThemeController implements ReactiveController {
  theme: ThemeSetting = 'light';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchDocument();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      documentObserver?.disconnect();
      documentObserver = undefined;
    }
  }

  // The host's own `theme` is a reactive property: its change re-renders, and is read here.
  hostUpdate(): void {
    this.theme = resolveTheme(this.host, this.host.theme);
  }

  /** Re-reads the theme; asks for an update only when it changed. */
  refresh(): void {
    if (resolveTheme(this.host, this.host.theme) !== this.theme) this.host.requestUpdate();
  }
}
