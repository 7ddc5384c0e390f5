/** URL schemes a link from data may use; anything else (`javascript:`, `data:`) is shown as text. */
export type LinkScheme = 'http:' | 'https:' | 'mailto:' | 'tel:';

const WEB: readonly LinkScheme[] = ['http:', 'https:'];

/**
 * Returns the URL when it is absolute and uses an allowed scheme, else undefined, so data
 * can never turn a link into script. Relative URLs are resolved against the page.
 */
export function safeHref(value: unknown, schemes: readonly LinkScheme[] = WEB): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return (schemes as readonly string[]).includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
