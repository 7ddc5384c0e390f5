/** The themes an element can be given: `auto` follows the reader's system setting. */
export type ThemeSetting = 'light' | 'dark' | 'auto';

/** The page-level switch: `data-pantau-theme` on any ancestor (`<html>` for the whole page). */
export const PAGE_THEME_ATTRIBUTE = 'data-pantau-theme';

/** A theme value as written in an attribute, or undefined when it names no theme. */
export function parseTheme(value: string | null | undefined): ThemeSetting | undefined {
  const v = (value ?? '').trim().toLowerCase();
  return v === 'light' || v === 'dark' || v === 'auto' ? v : undefined;
}

/**
 * The theme an element is drawn in: its own `theme` (attribute, or the value given), else the nearest ancestor's
 * `data-pantau-theme` (across shadow roots), else light. Light is the default because most
 * pages that embed pantau are light whatever the reader's system says: a dark widget on a
 * light page reads as a black slab.
 */
export function resolveTheme(
  el: Element,
  theme: string | null | undefined = el.getAttribute('theme'),
): ThemeSetting {
  const own = parseTheme(theme);
  if (own) return own;
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest(`[${PAGE_THEME_ATTRIBUTE}]`);
    if (found) {
      const theme = parseTheme(found.getAttribute(PAGE_THEME_ATTRIBUTE));
      if (theme) return theme;
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return 'light';
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
