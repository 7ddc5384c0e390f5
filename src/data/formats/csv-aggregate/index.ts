/** The CSV counting plugin: a CSV with an `aggregate` plan becomes a period table, streamed (in a worker when large). */
import { CsvAggregator } from '../../aggregate/csv-aggregator.js';
import { registerFormat } from '../../registry.js';
import { loadAggregated } from './load.js';

registerFormat({
  name: 'aggregate',
  // Not detected: chosen over the CSV plugin when a plan is given (see `reading` in registry.ts).
  of: 'csv',
  when: (o) => !!o.aggregate,
  read(text, o) {
    const agg = new CsvAggregator({ locale: o.numberLocale, ...o.aggregate! });
    agg.push(text as string);
    return agg.end();
  },
  load: async (url, o) => ({
    data: await loadAggregated(url, { locale: o.numberLocale, ...o.aggregate! }, o),
  }),
});
