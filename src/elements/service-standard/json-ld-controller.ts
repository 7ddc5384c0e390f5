import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trusted } from '../../data/net/trusted-types.js';
import { serializeJsonLd } from './json-ld.js';

/**
 * Keeps one `<script type="application/ld+json">` in the host's light DOM (search engines do
 * not read shadow roots) in step with the data: replaced when it changes, removed when there
 * is none or the host leaves the page. On a page that enforces Trusted Types without allowing
 * the `pantau` policy there is no JSON-LD.
 */
export class JsonLdController implements ReactiveController {
  private script?: HTMLScriptElement;
  private text = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: () => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page after a move: the script removed on disconnect must return.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const value = this.read();
    const text = value === undefined ? '' : serializeJsonLd(value);
    if (text === this.text && (!text || this.script?.parentNode === this.host)) return;
    this.remove();
    if (!text) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.pantau = 'json-ld';
    try {
      script.text = trusted('createScript', text);
    } catch {
      // Trusted Types enforced without the `pantau` policy: the card is the same without it.
      return;
    }
    this.host.append(script);
    this.script = script;
    this.text = text;
  }

  hostDisconnected(): void {
    this.remove();
  }

  private remove(): void {
    this.script?.remove();
    this.script = undefined;
    this.text = '';
  }
}
