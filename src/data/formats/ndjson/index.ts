/** The NDJSON (JSON Lines) plugin: one row object per line. */
import { ndjsonSignature } from './detect.js';
import { parseNdjson } from './ndjson.js';
import { registerFormat } from '../../registry.js';
import { tagTable } from '../../validate/number-reading.js';

registerFormat({
  ...ndjsonSignature,
  read(text, o) {
    const rows = parseNdjson(text as string, o.url);
    // As a JSON array's rows: numbers written as text are read by the column's reading.
    tagTable(rows, { locale: o.numberLocale });
    return rows;
  },
});
