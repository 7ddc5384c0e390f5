import './data/formats/all.js';
export * from './i18n/index.js';
// The Lit controller that loads data for an element: with the elements, not in pure `pantau/data`.
export { DataController, type DataControllerOptions } from './components/shared/data-controller.js';
export * from './components/stat/pantau-stat.js';
export * from './components/complaint-trend/pantau-complaint-trend.js';
export * from './components/service-standard/pantau-service-standard.js';
export * from './pantau-compliance-map.js';
