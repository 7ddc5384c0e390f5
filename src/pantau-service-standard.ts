export * from './elements/service-standard/pantau-service-standard.js';
