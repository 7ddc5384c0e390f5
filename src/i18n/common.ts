import { defineMessages } from './messages.js';

/** Words every element's footer and empty state use, kept once for the all-in-one bundle. */
export const common = defineMessages({
  id: { source: 'Sumber', note: 'Catatan', updated: 'Diperbarui {date}', noData: 'Belum ada data' },
  en: { source: 'Source', note: 'Note', updated: 'Updated {date}', noData: 'No data yet' },
});
