import { fetchText, type FetchOptions } from '../../net/fetch.js';
import { pagedCkan, type CkanResult } from './ckan.js';

/**
 * Reads a CKAN DataStore table, following `_links.next` until `total` rows or the cap
 * (default 100,000). `capped` says when the cap cut the table short.
 */
export const fetchCkan = (
  url: string,
  o: FetchOptions & { maxRows?: number; maxRequests?: number } = {},
): Promise<CkanResult> => pagedCkan(fetchText, url, o);
