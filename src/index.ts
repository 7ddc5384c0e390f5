import './data/formats/all.js';
export * from './i18n/index.js';
// The Lit controller that loads data for an element: with the elements, not in pure `pantau/data`.
export { DataController, type DataControllerOptions } from './elements/shared/data-controller.js';
export * from './elements/stat/pantau-stat.js';
export * from './elements/complaint-trend/pantau-complaint-trend.js';
export * from './elements/service-standard/pantau-service-standard.js';
export * from './pantau-compliance-map.js';
