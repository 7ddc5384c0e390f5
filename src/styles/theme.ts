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
  let found = parseTheme(theme);
  // Up the tree, out of each shadow root to its host, until an ancestor names a theme.
  for (let n = parentOf(el); !found && n; n = parentOf(n))
    found = parseTheme(n.getAttribute(PAGE_THEME_ATTRIBUTE));
  return found ?? 'light';
}

function parentOf(el: Element): Element | null {
  const root = el.getRootNode();
  return el.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}
