import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What `loading` takes, as `<img loading>`: `eager` (the default) or `lazy`. */
export type Loading = 'eager' | 'lazy';

type Host = ReactiveControllerHost & HTMLElement & { loading?: Loading | null };

/**
 * How far outside the viewport an element counts as near: about a phone screen below (and
 * above) it, so a reader scrolling at an ordinary pace finds it loaded, while a first screen
 * does not pay for the page's lower half.
 */
const MARGIN = '600px 0px';

/** The elements waiting, each with what to do when it comes near. */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Everything waiting loads before printing: a printed page has no "later". */
const wakeAll = (): void => waiting.forEach((go) => go());

function watch(el: Element, go: () => void): void {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) waiting.get(e.target)?.();
      },
      { rootMargin: MARGIN },
    );
    // Kept for the page's life (it holds no element): one listener, whatever comes and goes.
    addEventListener('beforeprint', wakeAll);
  }
  waiting.set(el, go);
  observer.observe(el);
}

function unwatch(el: Element): void {
  if (waiting.delete(el)) observer?.unobserve(el);
}

/** How many elements are waiting (for tests: removal must leave none behind). @internal */
export const waitingCount = (): number => waiting.size;

const controllers = new WeakMap<Element, LazyController>();

/**
 * Whether `host` is waiting to come near the viewport (`loading="lazy"`): its data
 * controllers then read nothing and show their loading state.
 */
export const isWaiting = (host: Element): boolean => !!controllers.get(host)?.waiting;

/**
 * `loading="lazy"`: an element off-screen waits (no data read, no model built) until it
 * comes near the viewport, then goes on exactly as an eager one; it never waits again. One
 * observer serves the page. Without IntersectionObserver, every element is eager.
 */
export class LazyController implements ReactiveController {
  #near = typeof IntersectionObserver === 'undefined';
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    controllers.set(host, this);
    host.addController(this);
  }

  /** Lazy and not yet near (`loading` read on each update: set to `eager`, it stops waiting). */
  get waiting(): boolean {
    return !this.#near && this.#host.loading === 'lazy';
  }

  hostConnected(): void {
    if (this.waiting) watch(this.#host, this.#go);
  }

  hostDisconnected(): void {
    unwatch(this.#host);
  }

  hostUpdate(): void {
    // `loading` may be set after connecting; an update that does not wait (eager, or
    // `loading` changed) ends waiting for good.
    if (this.waiting) {
      if (this.#host.isConnected) watch(this.#host, this.#go);
    } else if (!this.#near) {
      this.#near = true;
      unwatch(this.#host);
    }
  }

  readonly #go = (): void => {
    if (this.#near) return;
    this.#near = true;
    unwatch(this.#host);
    this.#host.requestUpdate();
  };
}
