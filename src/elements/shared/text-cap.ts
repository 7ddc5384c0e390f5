import { html, type TemplateResult } from 'lit';

/**
 * Longest text shown of each kind, in characters (UTF-16 units): `label` for names, units,
 * legend entries, table cells and tooltips; `title` for headings and subtitles; `text` for
 * notes, sources and paragraphs. Longer text is cut with an ellipsis: laying out a 100 KB
 * string with no place to break takes the browser seconds, and no reader reads it whole.
 */
export const TEXT_CAPS = { label: 200, title: 300, text: 4000 } as const;

export type TextKind = keyof typeof TEXT_CAPS;

/** Longest full text kept for assistive technology beside a cut one. */
export const MAX_ACCESSIBLE_TEXT = 10_000;

/**
 * `value` cut to at most `max` characters, the last an ellipsis; never splitting a surrogate
 * pair. Shorter text is returned as it is.
 */
export function capText(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = Math.max(0, max - 1);
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${value.slice(0, end).trimEnd()}…`;
}

/** A text of one kind cut to its cap (see `TEXT_CAPS`); anything but a string passes unchanged. */
export function capped<T>(value: T, kind: TextKind = 'label'): T | string {
  return typeof value === 'string' ? capText(value, TEXT_CAPS[kind]) : value;
}

/**
 * A text in HTML cut to its kind's cap: the cut text is what is seen, and assistive technology
 * reads the whole (up to MAX_ACCESSIBLE_TEXT) instead. Use `capped` where only a string fits
 * (attributes, SVG text).
 */
export function cappedText<T>(value: T, kind: TextKind = 'label'): T | string | TemplateResult {
  if (typeof value !== 'string' || value.length <= TEXT_CAPS[kind]) return value;
  return html`<span aria-hidden="true">${capText(value, TEXT_CAPS[kind])}</span
    ><span class="visually-hidden">${capText(value, MAX_ACCESSIBLE_TEXT)}</span>`;
}

const memo = new WeakMap<object, Map<string, unknown>>();

/**
 * A copy of `value` with every string inside cut to `caps.default`, or to the cap of the key
 * holding it (`caps.keys`); kept once per object and caps, so a re-render costs nothing.
 * For elements that show many fields of one data object.
 */
export function capStrings<T>(value: T, caps: { default: number; keys?: Record<string, number> }): T {
  if (typeof value !== 'object' || value === null) return value;
  const id = JSON.stringify(caps);
  const hit = memo.get(value)?.get(id);
  if (hit) return hit as T;
  const walk = (v: unknown, max: number, depth: number): unknown => {
    if (typeof v === 'string') return capText(v, max);
    if (typeof v !== 'object' || v === null || depth > 16) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, max, depth + 1));
    // Only plain data is copied: a Date or a class instance passes as it is.
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = walk(x, caps.keys?.[k] ?? caps.default, depth + 1);
    return out;
  };
  const out = walk(value, caps.default, 0) as T;
  const byCaps = memo.get(value) ?? new Map<string, unknown>();
  memo.set(value, byCaps.set(id, out));
  return out;
}
