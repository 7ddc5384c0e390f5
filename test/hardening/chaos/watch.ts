/**
 * What the chaos suite asserts of every hostile input, whatever the element and the way in:
 * no script ran, nothing was injected, no dangerous link was made, no prototype was polluted,
 * no error escaped, the element settled (data, a notice or an error state; never "loading"
 * for ever), and the main thread was never blocked for long.
 */

/** Called by every script payload in the corpus; a call means pantau let script run. */
export const PWNED: string[] = [];
(window as unknown as { __chaosPwned: (id?: string) => void }).__chaosPwned = (id = '?') => {
  PWNED.push(id);
};

/** Text an element shows while it is still working. */
const WORKING = /Memuat[^.]*…|Menggambar peta…|Loading[^.]*…|Drawing the map…/;

/** Every shadow root under `root`, depth first. */
export function shadowRoots(root: Element | ShadowRoot): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(el.shadowRoot, ...shadowRoots(el.shadowRoot));
  }
  return out;
}

/** Markup pantau must never create from data: script, frames, event handlers, script links. */
export function injected(host: Element): string[] {
  const out: string[] = [];
  const safeScheme = /^(https?:|mailto:|tel:|\/|\.|#|[^:]*$)/i;
  for (const root of [host.shadowRoot!, ...shadowRoots(host.shadowRoot!)]) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName;
      if (tag === 'script' && (el as HTMLScriptElement).type !== 'application/ld+json') out.push('<script>');
      if (tag === 'iframe' || tag === 'object' || tag === 'embed') out.push(`<${tag}>`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`${tag}[${a.name}]`);
        if (
          (a.name === 'href' || a.name === 'src' || a.name === 'xlink:href' || a.name === 'action') &&
          a.value
        ) {
          // Browsers ignore control characters and spaces inside a scheme, so must the check.
          // eslint-disable-next-line no-control-regex
          const v = a.value.replace(/[\u0000-\u0020]/g, '');
          if (!safeScheme.test(v) && !/^(blob:|data:image\/)/i.test(v))
            out.push(`${tag}[${a.name}=${v.slice(0, 40)}]`);
        }
      }
    }
  }
  return out;
}

/** Path data that went wrong: NaN or Infinity reached an SVG path. */
export function brokenPaths(host: Element): number {
  let n = 0;
  for (const root of [host.shadowRoot!, ...shadowRoots(host.shadowRoot!)])
    for (const p of root.querySelectorAll('path[d]')) if (/NaN|Infinity/.test(p.getAttribute('d')!)) n++;
  return n;
}

export interface Watch {
  /** Uncaught errors and unhandled rejections while watching. */
  errors: string[];
  /** Main-thread tasks over 50 ms (durations, ms). */
  longTasks: number[];
  /** Resource loads whose URL contains `match`, while watching. */
  requests(match: string): number;
  stop(): void;
}

/** Starts watching the page for errors, long tasks and requests. */
export function watch(): Watch {
  const errors: string[] = [];
  const longTasks: number[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message || e.error));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
  });
  observer.observe({ type: 'longtask', buffered: false });
  const since = performance.now();
  return {
    errors,
    longTasks,
    requests: (match) =>
      performance.getEntriesByType('resource').filter((r) => r.startTime >= since && r.name.includes(match))
        .length,
    stop() {
      observer.disconnect();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Resolves when the element is no longer busy and shows something other than "loading", or rejects after `ms`. */
export async function settled(
  el: HTMLElement & { updateComplete?: Promise<unknown> },
  ms: number,
): Promise<number> {
  const start = performance.now();
  await customElements.whenDefined(el.localName);
  for (;;) {
    await el.updateComplete;
    const text = el.shadowRoot?.textContent ?? '';
    if (el.getAttribute('aria-busy') !== 'true' && text.trim() && !WORKING.test(visibleText(el))) break;
    if (performance.now() - start > ms)
      throw new Error(
        `${el.localName} still working after ${ms} ms (aria-busy=${el.getAttribute('aria-busy')}): ${visibleText(el).slice(0, 160)}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - start;
}

/** The text a sighted reader sees in the element's shadow root (hidden parts left out). */
export function visibleText(el: Element): string {
  const out: string[] = [];
  const root = el.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement;
    if (!p || p.closest('[hidden], .visually-hidden, style')) continue;
    if (p.getClientRects().length === 0) continue;
    const t = n.textContent!.trim();
    if (t) out.push(t);
  }
  return out.join(' ');
}

/** True when the element shows its error state (an alert) rather than data. */
export function showsError(el: Element): boolean {
  return !!el.shadowRoot?.querySelector('[part~="data-state"][role="alert"], .data-state.error');
}

/** True when nothing has been added to Object.prototype or Array.prototype. */
export function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    ([] as unknown as Record<string, unknown>).polluted === undefined &&
    !Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')
  );
}
