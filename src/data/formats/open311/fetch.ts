import { fetchText } from '../../net/fetch.js';
import type { Row } from '../../validate/schema.js';
import { pagedOpen311, type Open311Options } from './open311.js';

/**
 * Fetches Open311 requests (or services). A range longer than 90 days is asked for in
 * consecutive windows, and the answers joined without repeating a `service_request_id`.
 */
export const fetchOpen311 = (url: string, o: Open311Options = {}): Promise<Row[]> =>
  pagedOpen311(fetchText, url, o);
