/** A response body kept in memory, with what is needed to revalidate it. */
export interface CacheEntry {
  url: string;
  text: string;
  contentType: string;
  etag?: string;
  lastModified?: string;
  /** When the server last confirmed this body (ms since epoch). */
  storedAt: number;
}

const MAX_ENTRIES = 32;
/** Bodies larger than this (in UTF-16 code units) are not kept: they would crowd out the rest. */
const MAX_TEXT = 8 * 1024 * 1024;

const entries = new Map<string, CacheEntry>();

export function cacheGet(url: string): CacheEntry | undefined {
  const e = entries.get(url);
  if (e) {
    // Map order is insertion order: re-inserting makes this the most recently used.
    entries.delete(url);
    entries.set(url, e);
  }
  return e;
}

export function cachePut(e: CacheEntry): void {
  entries.delete(e.url);
  if (e.text.length > MAX_TEXT) return;
  entries.set(e.url, e);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

/** Forgets every cached response (or one URL's). */
export function clearCache(url?: string): void {
  if (url === undefined) entries.clear();
  else entries.delete(url);
}
