import { defineMessages } from './messages.js';

/** Words every element's footer and empty state use, kept once for the all-in-one bundle. */
export const common = defineMessages({
  source: ['Sumber', 'Source'],
  note: ['Catatan', 'Note'],
  updated: ['Diperbarui {date}', 'Updated {date}'],
  noData: ['Belum ada data', 'No data yet'],
});
