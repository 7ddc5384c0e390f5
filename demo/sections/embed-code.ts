// The embed builder's code, as pure functions: what a recipe and the builder's choices become as
// HTML a CMS page can take. The builder shows this text and renders its preview from the same
// text, so what is previewed is what is copied.

export interface Field {
  /** The element's attribute. */
  name: string;
  label: string;
  value: string;
  options?: string[];
  /** A boolean attribute: written bare when on. */
  bool?: boolean;
}

/** An option that is a list, written as a `<script type="application/json" data-pantau>` child. */
export interface ListOption {
  name: 'annotations' | 'thresholds';
  label: string;
  /** One entry per line, fields separated by `|`. */
  sample: string;
  /** One line's fields as the option's JSON entry; undefined when the line cannot be read. */
  entry: (parts: string[]) => object | undefined;
}

export interface Recipe {
  tag: string;
  /** The element's own CDN file. */
  bundle: string;
  fields: Field[];
  /** Elements that read a table: a sample pasted into the builder (CSV or JSON). */
  data?: { sample: string; hint: string };
  option?: ListOption;
}

export interface Choices {
  values: ReadonlyMap<string, string>;
  /** Folder of the pantau files on the user's site. */
  base: string;
  lang: string;
  theme: string;
  /** `inline`: the pasted text travels in the code; `url`: the data is fetched from `url`. */
  source: 'inline' | 'url';
  inline: string;
  url: string;
  /** The list option's lines. */
  option: string;
}

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Pasted data's kind: JSON when it starts like JSON, else CSV. */
export function inlineKind(text: string): 'json' | 'csv' {
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/**
 * Text that can sit inside a `<script>` child: JSON with `<` escaped (still the same JSON),
 * CSV as it is unless it holds `</script` or `<!--`, which would end the child early.
 */
export function scriptText(text: string, kind: 'json' | 'csv'): string | undefined {
  if (kind === 'json') return text.trim().replace(/</g, '\\u003c');
  return /<\/script|<!--/i.test(text) ? undefined : text.replace(/^\s*\n/, '').replace(/\s+$/, '\n');
}

/** An absolute http(s) URL for what the user typed, resolved against this page; undefined if none. */
export function absoluteUrl(value: string, page: string): string | undefined {
  if (!value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), page);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The list option's lines (`date | label`) as JSON, with how many lines were left out. */
export function optionJson(option: ListOption, lines: string): { json: string; skipped: number } {
  const rows = lines.split('\n').filter((l) => l.trim());
  const entries = rows.flatMap((l) => {
    const e = option.entry(l.split('|').map((p) => p.trim()));
    return e ? [e] : [];
  });
  return { json: entries.length ? JSON.stringify(entries) : '', skipped: rows.length - entries.length };
}

/** The lines a CMS page needs: the script tag and the element with its attributes and children. */
export function embedCode(recipe: Recipe, c: Choices, page: string): string {
  const attrs: string[] = [];
  const attr = (name: string, value: string | true) =>
    attrs.push(value === true ? `  ${name}` : `  ${name}="${escapeAttr(value)}"`);
  if (c.lang) attr('lang', c.lang);
  if (c.theme) attr('theme', c.theme);
  for (const f of recipe.fields) {
    const v = (c.values.get(f.name) ?? '').trim();
    if (f.bool) {
      if (v === 'true') attr(f.name, true);
    } else if (v) attr(f.name, v);
  }
  const children: string[] = [];
  if (recipe.option) {
    const { json } = optionJson(recipe.option, c.option);
    if (json)
      children.push(
        `  <script type="application/json" data-pantau="${recipe.option.name}">${scriptText(json, 'json')}</script>`,
      );
  }
  if (recipe.data) {
    const url = c.source === 'url' ? absoluteUrl(c.url, page) : undefined;
    if (url) attr('src', url);
    else if (c.source === 'inline' && c.inline.trim()) {
      const kind = inlineKind(c.inline);
      const text = scriptText(c.inline, kind);
      if (text !== undefined)
        children.push(
          kind === 'json'
            ? `  <script type="application/json">${text}</script>`
            : `  <script type="text/csv">${text}</script>`,
        );
    }
  }
  const base = c.base.trim() ? c.base.trim().replace(/\/?$/, '/') : './';
  return [
    `<script type="module" src="${escapeAttr(base)}${recipe.bundle}"></script>`,
    `<${recipe.tag}`,
    ...attrs,
    children.length ? `>\n${children.join('\n')}\n</${recipe.tag}>` : `></${recipe.tag}>`,
  ].join('\n');
}
