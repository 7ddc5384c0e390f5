/** The CSV counting plugin: a CSV with an `aggregate` plan becomes a period table, streamed (in a worker when large). */
import { CsvAggregator } from '../../aggregate/csv-aggregator.js';
import { registerFormat } from '../../registry.js';
import { csvAggregateSignature } from './detect.js';
import { loadAggregated } from './load.js';

registerFormat({
  ...csvAggregateSignature,
  read(text, o) {
    const agg = new CsvAggregator({ locale: o.numberLocale, ...o.aggregate! });
    agg.push(text as string);
    return agg.end();
  },
  load: async (url, o) => ({
    data: await loadAggregated(url, { locale: o.numberLocale, ...o.aggregate! }, o),
  }),
});
