import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../../i18n/lang.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let documentObserver: MutationObserver | undefined;

// One observer for the whole document: any `lang` change may concern any element below it.
function watchDocument() {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Gives an element its reading language and re-renders it when that changes: its own
 * `lang`, an ancestor's, or the document's.
 */
export class LocaleController implements ReactiveController {
  lang: Lang = 'id';
  private hostObserver?: MutationObserver;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchDocument();
    // Elements inside another shadow root are out of the document observer's reach.
    this.hostObserver = new MutationObserver(() => this.refresh());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.hostObserver?.disconnect();
    if (controllers.size === 0) {
      documentObserver?.disconnect();
      documentObserver = undefined;
    }
  }

  /** Re-reads the language; asks for an update only when it changed. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }
}
