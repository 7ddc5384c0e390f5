import type { FormatSignature } from '../plugin.js';

/** A CSV read with an `aggregate` plan: counted into a period table while it streams, no rows kept. */
export const csvAggregateSignature: FormatSignature = {
  name: 'aggregate',
  detect: { text: 'csv', of: 'csv', when: (o) => !!o.aggregate },
};
