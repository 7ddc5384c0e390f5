/** Registers the CSV reader: text to row objects keyed by the header (`records: false`: the table). */
import { parseCSV } from '../csv-table.js';
import { registerFormat } from '../formats.js';

registerFormat('csv', {
  read(text, o) {
    const table = parseCSV(text as string);
    return o.records === false ? table : table.rows;
  },
});
