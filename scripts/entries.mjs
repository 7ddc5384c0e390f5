// The public entry points, in one place: the ESM build, the CDN bundles, package exports and
// size budgets all read this list. `cdn: true` entries also ship as single-file CDN bundles.
export const entries = [
  { name: 'index', src: 'src/index.ts', cdn: 'pantau' },
  { name: 'pantau-stat', src: 'src/pantau-stat.ts', cdn: 'pantau-stat' },
  { name: 'pantau-complaint-trend', src: 'src/pantau-complaint-trend.ts', cdn: 'pantau-complaint-trend' },
  { name: 'pantau-service-standard', src: 'src/pantau-service-standard.ts', cdn: 'pantau-service-standard' },
  { name: 'data', src: 'src/data/index.ts', cdn: 'pantau-data' },
  { name: 'pantau-compliance-map', src: 'src/pantau-compliance-map.ts', cdn: 'pantau-compliance-map' },
  { name: 'geo/id-provinces', src: 'src/geo/id-provinces.ts', cdn: 'pantau-id-provinces' },
];
