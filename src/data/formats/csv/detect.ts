import type { FormatSignature } from '../plugin.js';

/** CSV: a `.csv` path, or any text that is neither JSON nor XML. */
export const csvSignature: FormatSignature = {
  name: 'csv',
  url: /\.csv$/,
  text: 'csv',
};
