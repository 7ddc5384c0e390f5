import { isObject, type FormatSignature } from '../plugin.js';

/** CKAN DataStore: a `datastore_search` action, or its envelope `{ success, result: { records } }`. */
export const ckanSignature: FormatSignature = {
  name: 'ckan',
  url: /datastore_search/,
  json: (v) => isObject(v) && 'success' in v && isObject(v.result) && 'records' in v.result,
};
