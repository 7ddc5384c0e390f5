/**
 * How a region's category was settled when the publisher gave a zone (`settled-<by>`), said by
 * the tooltip (the map's own catalog) and by the data notes (their side file's catalog).
 */
export const settledBy = {
  'settled-score': ['zona dari penerbit, kategori dari nilai', 'zone as published, category from the score'],
  'settled-opinion': [
    'zona dari penerbit, kategori dari opini',
    'zone as published, category from the opinion',
  ],
  'settled-zone': [
    'zona dari penerbit; kategori satu-satunya di zona ini',
    'zone as published; the only category of this zone',
  ],
} as const;
