export * from './components/service-standard/pantau-service-standard.js';
