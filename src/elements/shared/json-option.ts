import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { PantauErrorEvent } from '../../events/error.js';
import { isObject } from '../../data/row.js';
import type { Lang } from '../../i18n/lang.js';
import { jsonOptionMessages as t } from './json-option.messages.js';

/**
 * The attribute that marks an option's JSON child. Options that are objects or lists (a trend's
 * `annotations`, a map's `thresholds`) are properties, which a page under `script-src 'self'`
 * cannot set; such a page writes them as a child instead, read as text and never run:
 * `<script type="application/json" data-pantau="annotations">[…]</script>`. The data readers
 * skip children with this marker.
 */
export const OPTION_MARKER = 'data-pantau';

/** An option's entries that could be read, and how many were left out. */
export interface OptionRead<T> {
  value: T;
  skipped: number;
}

/** What went wrong with an option's child: not JSON, not a list, or entries left out. */
interface Problem {
  key: 'json' | 'shape' | 'skipped';
  count: number;
}

/**
 * Reads one option from its JSON child and sets the host's property from it, kept in step
 * with the child's text. A value the page sets on the property itself wins: the child only
 * fills a property that is unset (or still holds what the child gave). Bad JSON leaves the
 * property alone, shows a notice (`renderNotice`) and fires `pantau-error`.
 */
export class JsonOptionController<T> implements ReactiveController {
  #text?: string;
  #applied?: T;
  #problem?: Problem;
  #observer?: MutationObserver;
  /** The property's default, restored when the child goes. */
  readonly #empty: unknown;

  readonly #host: ReactiveElement;
  readonly #name: string;
  readonly #read: (json: unknown) => OptionRead<T> | undefined;

  constructor(host: ReactiveElement, name: string, read: (json: unknown) => OptionRead<T> | undefined) {
    this.#host = host;
    this.#name = name;
    this.#read = read;
    this.#empty = (host as unknown as Record<string, unknown>)[name];
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.#sync());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#sync();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #sync(): void {
    const host = this.#host as unknown as Record<string, unknown>;
    const child = [...this.#host.children].find(
      (c) => c.localName === 'script' && c.getAttribute(OPTION_MARKER) === this.#name,
    );
    const text = child?.textContent ?? undefined;
    if (text === this.#text) return;
    this.#text = text;
    const current = host[this.#name];
    // The page's own value wins over the child.
    if (current !== this.#applied && !(current === undefined || (Array.isArray(current) && !current.length)))
      return;
    this.#problem = undefined;
    let r: OptionRead<T> | undefined;
    try {
      r = text === undefined ? undefined : this.#read(JSON.parse(text));
      if (text !== undefined && !r) this.#problem = { key: 'shape', count: 0 };
    } catch {
      this.#problem = { key: 'json', count: 0 };
    }
    if (r) host[this.#name] = this.#applied = r.value;
    else if (text === undefined && this.#applied !== undefined)
      host[this.#name] = this.#applied = this.#empty as T;
    if (r?.skipped) this.#problem = { key: 'skipped', count: r.skipped };
    this.#host.requestUpdate();
    const p = this.#problem;
    if (p)
      queueMicrotask(() =>
        this.#host.dispatchEvent(
          new PantauErrorEvent({
            code: p.key === 'json' ? 'parse' : 'shape',
            message: `<script ${OPTION_MARKER}="${this.#name}">: ${p.key === 'json' ? 'not JSON' : `${p.key}, ${p.count}`}`,
          }),
        ),
      );
  }

  /** A notice saying what in the option's child could not be read; nothing when all is well. */
  renderNotice(lang: Lang): TemplateResult | typeof nothing {
    const p = this.#problem;
    if (!p) return nothing;
    return html`<p class="data-state notice" part="option-notice" role="status">
      ${t(lang, p.key, { name: this.#name, count: p.count })}
    </p>`;
  }
}

/** A list whose entries `entry` turns into values, or leaves out (undefined); undefined if not a list. */
function listOf<T>(
  json: unknown,
  entry: (o: Record<string, unknown>) => T | undefined,
): OptionRead<T[]> | undefined {
  if (!Array.isArray(json)) return undefined;
  const value = json.flatMap((o) => {
    const v = isObject(o) ? entry(o) : undefined;
    return v === undefined ? [] : [v];
  });
  return { value, skipped: json.length - value.length };
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** A trend's annotations: `[{"date": "2024-03", "label": "…"}]`. */
export const readAnnotations = (json: unknown) =>
  listOf(json, (o) => {
    const date = typeof o.date === 'number' ? String(o.date) : text(o.date);
    const label = text(o.label);
    return date && label ? { date, label } : undefined;
  });

/** A map's custom bands: `[{"min": 80, "label": "Baik", "color": "#1a7f37"}]`; a label may be `{"id": …, "en": …}`. */
export const readThresholds = (json: unknown) =>
  listOf(json, (o) => {
    const min = typeof o.min === 'number' ? o.min : NaN;
    const l = o.label;
    const label =
      text(l) ??
      (isObject(l) && text(l.id) && text(l.en) ? { id: l.id as string, en: l.en as string } : undefined);
    if (!Number.isFinite(min) || !label || (o.color !== undefined && !text(o.color))) return undefined;
    return o.color === undefined ? { min, label } : { min, label, color: o.color as string };
  });
