import { DataError } from '../../errors.js';
import type { Row } from '../../validate/schema.js';

/** Rows from NDJSON text: each non-blank line one JSON object; a line that is not one is an error naming it. */
export function parseNdjson(text: string, url?: string): Row[] {
  const rows: Row[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new DataError(
        'parse',
        `Line ${i + 1} of the NDJSON data${url ? ` at ${url}` : ''} is not valid JSON (${why}). Each line holds one JSON object.`,
        url ? { url } : {},
      );
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new DataError(
        'shape',
        `Line ${i + 1} of the NDJSON data${url ? ` at ${url}` : ''} is not a JSON object. Each line holds one row as an object.`,
        url ? { url } : {},
      );
    rows.push(value as Row);
  }
  return rows;
}
