export * from './elements/stat/pantau-stat.js';
