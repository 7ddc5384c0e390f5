export * from './components/stat/pantau-stat.js';
