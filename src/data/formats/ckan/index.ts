/** The CKAN DataStore plugin (`datastore_search`): records coerced by field type, paged to `total` or the row cap. */
import { ckanPage, fetchCkan } from './ckan.js';
import { ckanSignature } from './detect.js';
import { registerFormat } from '../../registry.js';

registerFormat({
  ...ckanSignature,
  read: (value) => ckanPage(value).records,
  async load(url, o) {
    const r = await fetchCkan(url, o);
    return {
      data: o.records === false ? r : r.records,
      truncated: r.capped ? { total: r.total, kept: r.records.length } : undefined,
    };
  },
});
