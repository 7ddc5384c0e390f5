export * from './i18n/index.js';
export * from './components/stat/pantau-stat.js';
