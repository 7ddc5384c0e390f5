import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PROVINCE_ALIASES, REGENCY_ALIASES } from '../../src/geo/aliases.js';
import { NameIndex } from '../../src/geo/name-index.js';
import { canonicalName, normalizeName, type RegionKind } from '../../src/geo/names.js';
import { fixtureCsv } from './fixtures.js';

interface Official {
  code: string;
  name: string;
  kind: RegionKind;
}

/** The 38 provinces and 514 regencies and cities of the official (Kemendagri) list. */
async function officialRegions(): Promise<Official[]> {
  const [provinces, regencies] = await Promise.all([
    fixtureCsv('codes/provinces.csv'),
    fixtureCsv('codes/regencies.csv'),
  ]);
  return [
    ...provinces.map((p) => ({ code: p.code!, name: p.name!, kind: 'provinsi' as const })),
    ...regencies.map((r) => ({ code: r.code!, name: r.name!, kind: normalizeName(r.name)!.kind! })),
  ];
}

const key = (name: string, kind: RegionKind) => {
  const c = canonicalName(normalizeName(name)!, kind);
  return `${c.kind}:${c.key}`;
};

/** Every alias of the shipped tables with the kind of its official name. */
function aliasEntries(): { variant: string; official: string; kind?: RegionKind }[] {
  return [
    [PROVINCE_ALIASES, 'provinsi'],
    [REGENCY_ALIASES, 'kabupaten'],
  ].flatMap(([table, kind]) =>
    table!.split('|').flatMap((e) => {
      const [official, variants] = e.split('=');
      return variants!
        .split(',')
        .map((variant) => ({ variant, official: official!, kind: kind as RegionKind | undefined }));
    }),
  );
}

/** The ways a name is written: case, dots, dashes, extra spaces and a prefix of its kind. */
const spelling = (name: string, kind: RegionKind) =>
  fc
    .record({
      upper: fc.boolean(),
      sep: fc.constantFrom(' ', '  ', '-', ' - '),
      prefix: fc.constantFrom(
        '',
        ...({
          provinsi: ['Provinsi ', 'Prov. ', 'Pemprov '],
          kabupaten: ['Kab. ', 'Kabupaten ', 'Pemkab '],
          kota: ['Kota ', 'Pemkot '],
        }[kind] ?? []),
      ),
    })
    .map(({ upper, sep, prefix }) => {
      // The name's own prefix is replaced by another spelling of it, never dropped for a city.
      const bare = name.replace(/^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+/, '');
      const p = prefix || (kind === 'kota' ? 'Kota ' : '');
      const s = p + bare.split(' ').join(sep);
      return upper ? s.toUpperCase() : s;
    });

describe('the alias table', () => {
  it('joins no two official regions to one name key, and every official name means itself', async () => {
    const regions = await officialRegions();
    const keys = new Map<string, string[]>();
    for (const r of regions)
      keys.set(key(r.name, r.kind), [...(keys.get(key(r.name, r.kind)) ?? []), r.code]);
    const shared = [...keys].filter(([, codes]) => codes.length > 1);
    expect(shared).to.deep.equal([]);
    expect(keys.size).to.equal(38 + 514);
  });

  it('takes every alias to exactly one official region, of its own kind', async () => {
    const regions = await officialRegions();
    const index = new NameIndex(
      regions,
      (r) => r.name,
      undefined,
      (r) => r.kind,
    );
    for (const a of aliasEntries()) {
      const target = index.find(a.official, a.kind);
      expect(target, a.official).to.be.an('object');
      expect([a.variant, index.find(a.variant, (target as Official).kind)]).to.deep.equal([
        a.variant,
        target,
      ]);
    }
  });

  it('finds each official region under any spelling of its name and never another (property)', async () => {
    const regions = await officialRegions();
    const index = new NameIndex(
      regions,
      (r) => r.name,
      undefined,
      (r) => r.kind,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...regions).chain((r) => spelling(r.name, r.kind).map((s) => [r, s] as const)),
        ([region, written]) => {
          expect([written, index.find(written, region.kind)]).to.deep.equal([written, region]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds the region of each alias under any spelling and never another (property)', async () => {
    const regions = await officialRegions();
    const index = new NameIndex(
      regions,
      (r) => r.name,
      undefined,
      (r) => r.kind,
    );
    const entries = aliasEntries().map((a) => ({ ...a, target: index.find(a.official, a.kind) as Official }));
    fc.assert(
      fc.property(
        fc.constantFrom(...entries).chain((a) => {
          const own = normalizeName(a.variant)!.kind;
          // A variant with its own prefix ("Kota Baru") is written with it.
          const arb = own ? fc.constant(a.variant) : spelling(a.variant, a.target.kind);
          return arb.map((s) => [a, s] as const);
        }),
        ([a, written]) => {
          expect([written, index.find(written, a.target.kind)]).to.deep.equal([written, a.target]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
