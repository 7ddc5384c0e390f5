export * from './elements/complaint-trend/pantau-complaint-trend.js';
