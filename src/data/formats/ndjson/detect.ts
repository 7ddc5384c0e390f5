import type { FormatSignature } from '../plugin.js';

/** NDJSON (JSON Lines): one JSON object per line, as portals export large tables; named by a `.ndjson` or `.jsonl` path. */
export const ndjsonSignature: FormatSignature = {
  name: 'ndjson',
  url: /\.(ndjson|jsonl)$/,
  text: 'lines',
};
