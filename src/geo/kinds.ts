/** The kind of region a name's prefix (or a row's level) says it is. */
export type RegionKind = 'provinsi' | 'kabupaten' | 'kota';

export const REGION_KINDS: readonly RegionKind[] = ['provinsi', 'kabupaten', 'kota'];

const KIND_WORDS: Record<string, RegionKind> = {
  provinsi: 'provinsi',
  propinsi: 'provinsi',
  prov: 'provinsi',
  province: 'provinsi',
  kabupaten: 'kabupaten',
  kab: 'kabupaten',
  regency: 'kabupaten',
  kota: 'kota',
  city: 'kota',
  kotamadya: 'kota',
};

/** Reads a level (`provinsi`, `Kabupaten`, `kab.`, `province`, `regency`, `city` …); anything else is `undefined`. */
export function parseRegionKind(value: unknown): RegionKind | undefined {
  const v = typeof value === 'string' ? value.trim().toLowerCase().replace(/\.$/, '') : '';
  return KIND_WORDS[v];
}
