import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

/**
 * A `presize` measure for a part drawn inside the element's `.root` frame: a bare frame holding
 * one empty `.<part>`, laid out in the host's render root and removed. The part's size follows
 * from the styles, not from its content, so the stand-in measures what the render will draw at.
 */
export function standInBox(host: { renderRoot: ParentNode }, part: string): () => DOMRect {
  return () => {
    const root = document.createElement('div');
    root.className = 'root';
    const stand = root.appendChild(document.createElement('div'));
    stand.className = part;
    host.renderRoot.append(root);
    const box = stand.getBoundingClientRect();
    root.remove();
    return box;
  };
}

/**
 * Tracks the content-box size of an element (the host by default) and re-renders the host
 * when it changes, so charts follow their container. Sizes are rounded to whole pixels so
 * sub-pixel jitter does not cause re-renders.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  #observer?: ResizeObserver;
  #observed?: Element;
  /** The size came from `presize`: the observer, not a read after the render, checks it. */
  #presized = false;
  readonly #host: Host;
  readonly #target: () => Element | null | undefined;

  constructor(host: Host, target: () => Element | null | undefined = () => host) {
    this.#host = host;
    this.#target = target;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      // One element is observed: its latest entry holds its current content box.
      this.#resize(entries[entries.length - 1].contentRect);
    });
    this.#observe();
  }

  hostUpdated(): void {
    // The target may live in the shadow root, which exists only after the first render.
    if (this.#target() !== this.#observed) this.#observe();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = undefined;
  }

  /**
   * Takes the target's size before the target is first rendered, from `measure` (a stand-in
   * the element lays out and removes: a few nodes), so that render already draws at that size.
   * Otherwise the render draws without it, a read of the target lays out the whole shadow tree
   * inside the update, and a second render pass draws. No read follows this render: the
   * observer's first report, in the first frame before anything is painted, corrects a
   * stand-in that measured otherwise (a host sized by its content, say).
   */
  presize(measure: () => { width: number; height: number }): void {
    if (this.#observed || this.width) return;
    // Called before the host's render: the update this asks for is the one under way.
    this.#resize(measure());
    this.#presized = true;
  }

  #resize(box: { width: number; height: number }): void {
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width !== this.width || height !== this.height) {
      this.width = width;
      this.height = height;
      this.#host.requestUpdate();
    }
  }

  #observe(): void {
    const el = this.#target();
    if (!this.#observer || !el || el === this.#observed) return;
    this.#observer.disconnect();
    this.#observer.observe(el);
    this.#observed = el;
    if (this.#presized) {
      this.#presized = false;
      return;
    }
    // Its size now, not at the observer's first report in the next frame: the update that
    // draws at this size then runs in this task, before anything is painted. (The targets have
    // no padding or border, so their box is their content box; the observer corrects any
    // difference.)
    const box = el.getBoundingClientRect();
    // Asked for once this update is over (still in this task), not from inside it.
    queueMicrotask(() => this.#resize(box));
  }
}
