/** The languages pantau speaks. Bahasa Indonesia is the default. */
export type Lang = 'id' | 'en';

export const DEFAULT_LANG: Lang = 'id';

/**
 * Maps a BCP 47 tag to a supported language. Indonesian (`id`, the legacy `in`) and Malay
 * read Indonesian; any other named language reads English, the closer match for a foreign
 * reader; an empty or missing tag says nothing.
 */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return undefined;
  if (primary === 'id' || primary === 'in' || primary === 'ms') return 'id';
  return 'en';
}

/** The language of an element: its own `lang`, else the nearest ancestor's (across shadow roots), else `id`. */
export function resolveLang(el: Element): Lang {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const lang = normalizeLang(found.getAttribute('lang'));
      if (lang) return lang;
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return DEFAULT_LANG;
}

function hostOf(el: Element): Element | null {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
