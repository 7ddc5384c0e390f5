// First, in this order: it packs pantau.js ~250 bytes smaller (`npm run size`).
export * from './i18n/index.js';
export * from './elements/complaint-trend/pantau-complaint-trend.js';
// Every format; Open311 and CKAN are read by code loaded on first use, as in each element's file
// (elements/shared/format-side-files.ts). `pantau/data` registers all of them at once.
import './data/formats/csv/index.js';
import './data/formats/csv-aggregate/index.js';
import './data/formats/geojson/index.js';
import './data/formats/ndjson/index.js';
// The Lit controller that loads data for an element: with the elements, not in pure `pantau/data`.
export { DataController, type DataControllerOptions } from './elements/shared/data-controller.js';
export * from './elements/stat/pantau-stat.js';
export * from './elements/service-standard/pantau-service-standard.js';
export * from './pantau-compliance-map.js';
