import type { Lang } from './lang.js';

export type MessageVars = Record<string, string | number>;
/** Each message in Indonesian, then English, side by side so neither is forgotten. */
export type Catalog<K extends string> = Record<K, readonly [id: string, en: string]>;
export type Translate<K extends string> = (lang: Lang, key: K, vars?: MessageVars) => string;

/**
 * Defines one component's messages in both languages; the returned function fills
 * `{name}` placeholders. Values are inserted as text: callers render the result with Lit
 * bindings, never as markup.
 */
export function defineMessages<K extends string>(catalog: Catalog<K>): Translate<K> {
  return (lang, key, vars) => {
    const template = catalog[key]?.[lang === 'en' ? 1 : 0] ?? key;
    if (!vars) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}
