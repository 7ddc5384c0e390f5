export * from './components/complaint-trend/pantau-complaint-trend.js';
