/** The CSV plugin: text to row objects keyed by the header (`records: false`: the table). */
import { parseCSV } from './csv-table.js';
import { csvSignature } from './detect.js';
import { registerFormat } from '../../registry.js';
import { tagTable } from '../../validate/number-reading.js';

registerFormat({
  ...csvSignature,
  read(text, o) {
    const table = parseCSV(text as string);
    // Spreadsheets saved in Indonesian separate fields with `;` (the decimal comma takes `,`).
    tagTable(table.rows, { locale: o.numberLocale, hint: table.delimiter === ';' ? 'id' : undefined });
    return o.records === false ? table : table.rows;
  },
});
