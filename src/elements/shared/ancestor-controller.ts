import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Controllers reading one attribute, per attribute, and the one observer that serves them all. */
const watches = new Map<
  string,
  { observer: MutationObserver; controllers: Set<AncestorController<unknown>> }
>();

/**
 * Gives an element a setting it inherits from the page (`lang`, the page theme): read by
 * `resolve` from the element and its ancestors, re-read when `attribute` changes anywhere in
 * the document, and the element updated only when the value changes. One document observer
 * per attribute serves every element on the page.
 */
export class AncestorController<T> implements ReactiveController {
  value: T;
  #hostObserver?: MutationObserver;
  readonly #host: Host;
  readonly #attribute: string;
  readonly #resolve: (host: Host) => T;
  readonly #watchHost: boolean;

  constructor(
    host: Host,
    attribute: string,
    resolve: (host: Host) => T,
    initial: T,
    /** Also watch the host's own attribute: the document observer cannot see inside another shadow root. */
    watchHost = false,
  ) {
    this.#host = host;
    this.#attribute = attribute;
    this.#resolve = resolve;
    this.#watchHost = watchHost;
    this.value = initial;
    host.addController(this);
  }

  hostConnected(): void {
    let w = watches.get(this.#attribute);
    if (!w) {
      const controllers = new Set<AncestorController<unknown>>();
      const observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: [this.#attribute],
        subtree: true,
      });
      watches.set(this.#attribute, (w = { observer, controllers }));
    }
    w.controllers.add(this);
    if (this.#watchHost) {
      this.#hostObserver = new MutationObserver(() => this.refresh());
      this.#hostObserver.observe(this.#host, { attributes: true, attributeFilter: [this.#attribute] });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    this.#hostObserver?.disconnect();
    const w = watches.get(this.#attribute);
    if (!w) return;
    w.controllers.delete(this);
    if (w.controllers.size === 0) {
      w.observer.disconnect();
      watches.delete(this.#attribute);
    }
  }

  // A reactive property the setting also depends on (an element's own `theme`) re-renders the host: read it here.
  hostUpdate(): void {
    this.value = this.#resolve(this.#host);
  }

  /** Re-reads the setting; asks for an update only when it changed. */
  refresh(): void {
    const next = this.#resolve(this.#host);
    if (next !== this.value) {
      this.value = next;
      this.#host.requestUpdate();
    }
  }
}
