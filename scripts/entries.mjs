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

// Side files: what an element's first paint does not need, loaded on first use with `import()`
// (src/elements/shared/side-module.ts). Each ships in the CDN folder as its own self-contained
// file beside the element's, named `<element>.<feature>.js` so a person copying files can tell
// what it is for; `for` names the entries that load it (`index`, pantau.js, loads them all). The npm
// build splits at the same `import()`s into dist/chunks/.
export const sideFiles = [
  {
    src: 'src/elements/complaint-trend/trend-export.ts',
    cdn: 'pantau-complaint-trend.export',
    for: ['pantau-complaint-trend', 'index'],
  },
  {
    src: 'src/elements/compliance-map/map-export.ts',
    cdn: 'pantau-compliance-map.export',
    for: ['pantau-compliance-map', 'index'],
  },
  // What an open table draws (src/elements/shared/table-body.ts), shared by the elements with a
  // table: no first paint shows one, only the button that opens it.
  {
    src: 'src/elements/shared/table-body.ts',
    cdn: 'pantau-table',
    for: ['pantau-complaint-trend', 'pantau-compliance-map', 'index'],
  },
  // The data worker's client, needed only for a CSV too big for the main thread (the worker file
  // itself ships beside it); without it such a CSV is read on the main thread.
  {
    src: 'src/data/worker/client.ts',
    cdn: 'pantau-large-csv',
    for: ['pantau-complaint-trend', 'data', 'index'],
  },
  // The wording of the map's data notes (rows and regions left out, how codes were read), once a
  // reader comes to the notes, and drill-down, on the first region picked.
  {
    src: 'src/elements/compliance-map/data-notes.ts',
    cdn: 'pantau-compliance-map.notes',
    for: ['pantau-compliance-map', 'index'],
  },
  {
    src: 'src/elements/compliance-map/map-drill.ts',
    cdn: 'pantau-compliance-map.drill',
    for: ['pantau-compliance-map', 'index'],
  },
  // Format readers (src/elements/shared/format-side-files.ts), one file per format, shared by
  // every element that reads it (pantau-data.js registers every format at once).
  {
    src: 'src/data/formats/open311/plugins.ts',
    cdn: 'pantau-open311',
    for: ['pantau-complaint-trend', 'index'],
  },
  {
    src: 'src/data/formats/ckan/plugins.ts',
    cdn: 'pantau-ckan',
    for: ['pantau-complaint-trend', 'pantau-compliance-map', 'index'],
  },
];
