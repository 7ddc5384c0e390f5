import { expect } from '@open-wc/testing';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { compareSystems, normalizeCode, onlySystemOf } from '../../src/geo/codes.js';
import { ID_PROVINCES } from '../../src/geo/id-provinces.js';
import { joinRegions, sameRegionName } from '../../src/geo/join.js';
import { parseRegionKind } from '../../src/geo/kinds.js';
import { detailFeatures } from '../../src/elements/compliance-map/map-drill.js';
import { drillKit } from '../../src/elements/compliance-map/map-side-files.js';
import { fixtureCsv, fixtureJson } from './fixtures.js';

const provinces = () =>
  (feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection).features;
const onKemendagri = compareSystems(undefined, 'kemendagri');

/** Points standing for regencies of a code list, with its codes and names. */
async function regencyPoints(list: 'regencies' | 'bps-regencies'): Promise<Feature[]> {
  return (await fixtureCsv(`codes/${list}.csv`)).map((r) => ({
    type: 'Feature',
    properties: { code: r.code, name: r.name, province: r.province_code },
    geometry: { type: 'Point', coordinates: [0, 0] },
  }));
}

describe('joins of real Indonesian files: code systems', () => {
  it('gives each province its own BPS-coded row on the Kemendagri map, the six Papua provinces included', async () => {
    const rows = (await fixtureCsv('real-id/joins-bps-provinces.csv')).map((r, i) => ({
      row: i + 1,
      code: r.kode_bps,
      name: r.nama_provinsi,
    }));
    const { regions, report } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
    });
    expect(report.matched).to.equal(38);
    const wrong = regions.filter((r) => !sameRegionName(r.name, r.record!.name!, 'provinsi'));
    expect(wrong.map((r) => `${r.name} ← ${r.record?.name}`)).to.deep.equal([]);
    expect(report.systems.reading).to.deep.equal({ system: 'bps', by: 'codes', codes: ['97'] });
  });

  it('reads BPS province codes without names as BPS when a code only BPS has (97) is there', async () => {
    const rows = (await fixtureCsv('real-id/joins-bps-provinces-codes-only.csv')).map((r, i) => ({
      row: i + 1,
      code: r.kode,
    }));
    const { regions, report } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
    });
    const byName = (n: string) => regions.find((r) => r.name === n)!.record?.code;
    // BPS 94 is Papua, 91 Papua Barat, 97 Papua Pegunungan (Kemendagri 91, 92, 95).
    expect([
      byName('Papua'),
      byName('Papua Barat'),
      byName('Papua Pegunungan'),
      byName('Papua Barat Daya'),
    ]).to.deep.equal(['94', '91', '97', '92']);
    expect(report.matched).to.equal(38);
    expect(report.translated).to.have.length(6);
  });

  it("says it assumed the map's system when the codes prove none", async () => {
    const rows = (await fixtureCsv('real-id/joins-bps-papua-codes-only.csv')).map((r, i) => ({
      row: i + 1,
      code: r.kode,
    }));
    const { report } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
    });
    expect(report.systems.reading).to.deep.equal({ system: 'kemendagri', by: 'assumed' });
  });

  it('does not colour a region whose name disagrees with the row of its code (BPS regencies on Kemendagri codes)', async () => {
    const [kemendagri, bps] = await Promise.all([
      regencyPoints('regencies'),
      fixtureCsv('real-id/joins-bps-regencies.csv'),
    ]);
    const rows = bps.map((r, i) => ({ row: i + 1, code: r.kode_kab, name: r.nama_kab }));
    // Stated the same system on purpose: the names still decide.
    const { regions, report } = joinRegions(kemendagri, rows, {
      featureKey: 'code',
      nameKey: 'name',
      systems: compareSystems('kemendagri', 'kemendagri'),
    });
    const wrong = regions.filter((r) => r.record && !sameRegionName(r.name, r.record.name!, 'kabupaten'));
    expect(wrong.map((r) => r.name)).to.deep.equal([]);
    expect(report.nameConflicts.length).to.be.greaterThan(20);
    // Prabumulih (BPS 1672) is not Kota Pagar Alam (Kemendagri 16.72): joined to itself by name.
    expect(report.nameConflicts.find((c) => c.code === '1672')).to.include({
      regionName: 'Kota Pagar Alam',
      joinedTo: 'Kota Prabumulih',
    });
    expect(report.unmatched).to.deep.equal([]);
  });

  it('reads BPS regency codes without names as BPS and compares none with Kemendagri codes', async () => {
    const [kemendagri, bps] = await Promise.all([
      regencyPoints('regencies'),
      fixtureCsv('real-id/joins-bps-regencies-codes-only.csv'),
    ]);
    const rows = bps.map((r, i) => ({ row: i + 1, code: r.kode_kab }));
    const { report } = joinRegions(kemendagri, rows, {
      featureKey: 'code',
      nameKey: 'name',
      systems: compareSystems(undefined, 'kemendagri'),
    });
    expect(report.matched).to.equal(0);
    expect(report.systems.reading?.system).to.equal('bps');
    expect(report.systems.reading?.by).to.equal('codes');
    expect(new Set(report.unmatched.map((u) => u.reason))).to.deep.equal(new Set(['code-system']));
  });

  it('lists in its one-system code table exactly the codes one full list has and the other lacks', async () => {
    const [kemendagri, bps] = await Promise.all([
      fixtureCsv('codes/regencies.csv'),
      fixtureCsv('codes/bps-regencies.csv'),
    ]);
    const k = new Set(kemendagri.map((r) => normalizeCode(r.code)!));
    const b = new Set(bps.map((r) => normalizeCode(r.code)!));
    for (const c of k) expect([c, onlySystemOf(c)]).to.deep.equal([c, b.has(c) ? undefined : 'kemendagri']);
    for (const c of b) expect([c, onlySystemOf(c)]).to.deep.equal([c, k.has(c) ? undefined : 'bps']);
    // The two lists share most codes and disagree on a third of them.
    const shared = [...k].filter((c) => b.has(c));
    const name = new Map(kemendagri.map((r) => [normalizeCode(r.code), r.name]));
    const differ = bps.filter(
      (r) => shared.includes(r.code) && !sameRegionName(r.name, name.get(r.code)!, 'kabupaten'),
    );
    expect(differ.length / shared.length).to.be.within(0.3, 0.4);
  });
});

describe('joins of real Indonesian files: names and levels', () => {
  it('never joins by one name containing another: "Papua" is Papua only', () => {
    const rows = [
      { row: 1, name: 'Papua', code: undefined },
      { row: 2, name: 'Papua Bara', code: undefined },
    ];
    const { regions, report } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
    });
    expect(regions.filter((r) => r.record).map((r) => r.name)).to.deep.equal(['Papua']);
    expect(report.unmatched).to.deep.equal([
      { row: 2, code: undefined, name: 'Papua Bara', reason: 'no-region', suggestions: ['Papua Barat'] },
    ]);
  });

  it('joins the names provinces go by in the press and on government sites', async () => {
    for (const file of ['joins-province-variants', 'joins-province-variants-2']) {
      const rows = (await fixtureCsv(`real-id/${file}.csv`)).map((r, i) => ({
        row: i + 1,
        name: r.provinsi,
      }));
      const { report } = joinRegions(provinces(), rows, {
        featureKey: 'id',
        nameKey: 'name',
        systems: onKemendagri,
      });
      const left = report.unmatched.filter((u) => u.reason !== 'duplicate-key');
      expect(left, file).to.deep.equal([]);
    }
    const rows = [
      { row: 1, name: 'Nanggroe Aceh Darussalam' },
      { row: 2, name: 'D.I. Yogyakarta' },
      { row: 3, name: 'Kepri' },
    ];
    const { regions } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
    });
    expect(
      regions
        .filter((r) => r.record)
        .map((r) => r.code)
        .sort(),
    ).to.deep.equal(['11', '21', '34']);
  });

  it('joins renamed and abbreviated regencies, and suggests a near name for a typo', async () => {
    const fc = await fixtureJson('geo/id-regencies-507.geojson');
    const rows = (await fixtureCsv('real-id/joins-regency-variants.csv')).map((r, i) => ({
      row: i + 1,
      name: r.nama,
    }));
    const { regions, report } = joinRegions(fc.features, rows, {
      featureKey: 'id',
      nameKey: 'WADMKK',
      systems: compareSystems(undefined, undefined),
    });
    const joined = new Map(regions.filter((r) => r.record).map((r) => [r.record!.name, r.name]));
    expect(joined.get('Kota Baru')).to.equal('Kotabaru');
    expect(joined.get('HST')).to.equal('Hulu Sungai Tengah');
    expect(joined.get('Toba Samosir')).to.match(/^Toba/);
    expect(joined.get('Kota Padang Sidempuan')).to.equal('Kota Padang Sidempuan');
    // The 507-shape file has no Kepulauan Seribu; a typo gets a suggestion.
    expect(report.unmatched.map((u) => [u.name, u.suggestions])).to.deep.equal([
      ['Kab. Adm. Kepulauan Seribu', undefined],
      ['Kabupaten Bayumas', ['Banyumas']],
    ]);
  });

  it('reads the level column: a city named like its province never takes the province', async () => {
    const rows = (await fixtureCsv('real-id/joins-mixed-levels.csv')).map((r, i) => ({
      row: i + 1,
      name: r.nama,
      level: parseRegionKind(r.tingkat),
    }));
    const { regions, report } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
      featureKind: 'provinsi',
    });
    const rowOf = (n: string) => regions.find((r) => r.name === n)!.record?.row;
    expect([rowOf('Jambi'), rowOf('Bengkulu'), rowOf('Gorontalo'), rowOf('Aceh')]).to.deep.equal([
      1, 3, 6, 7,
    ]);
    expect(report.unmatched.map((u) => [u.row, u.reason])).to.deep.equal([
      [2, 'other-level'],
      [4, 'other-level'],
      [5, 'other-level'],
    ]);
  });

  it("takes a site's own names: to a code, or to the map's name", () => {
    const rows = [
      { row: 1, name: 'Bumi Cenderawasih' },
      { row: 2, name: 'Serambi Mekkah' },
    ];
    const { regions } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
      aliases: { 'Bumi Cenderawasih': '91', 'Serambi Mekkah': 'Aceh' },
    });
    expect(regions.filter((r) => r.record).map((r) => [r.code, r.record!.row])).to.deep.equal([
      ['11', 2],
      ['91', 1],
    ]);
  });
});

describe('drill-down across code systems', () => {
  it("shows Papua's regencies of a BPS regency file, not Papua Barat's, when Papua (Kemendagri 91) is clicked", async () => {
    const bps = await regencyPoints('bps-regencies');
    const papua = { code: '91', name: 'Papua' };
    const stated = detailFeatures(drillKit, bps, papua, 'code', undefined, 'kemendagri', 'bps');
    const inferred = detailFeatures(drillKit, bps, papua, 'code', undefined, 'kemendagri', undefined);
    for (const list of [stated, inferred]) {
      expect(list.map((f) => f.properties!['province'])).to.deep.equal(Array(9).fill('94'));
      expect(list.map((f) => f.properties!['name'])).to.include('Kota Jayapura');
    }
  });
});

describe('codes checked against names', () => {
  it('takes a bare city name with its code as the city, and a row of another kind as a conflict', () => {
    const features: Feature[] = [
      {
        type: 'Feature',
        properties: { code: '15.71', name: 'Kota Jambi' },
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
      {
        type: 'Feature',
        properties: { code: '15.05', name: 'Muaro Jambi' },
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
    ];
    const o = { featureKey: 'code', nameKey: 'name', systems: compareSystems('kemendagri', 'kemendagri') };
    const bare = joinRegions(features, [{ row: 1, code: '1571', name: 'Jambi' }], o);
    expect([bare.report.matched, bare.report.nameConflicts]).to.deep.equal([1, []]);
    const kab = joinRegions(
      features,
      [{ row: 1, code: '1571', name: 'Jambi', level: 'kabupaten' as const }],
      o,
    );
    expect(kab.report.nameConflicts.map((c) => c.regionName)).to.deep.equal(['Kota Jambi']);
    expect(kab.regions[0]!.record).to.equal(undefined);
  });
});

describe('code systems of other countries', () => {
  it('reads no Indonesian system into the codes of a map of another system', () => {
    const features: Feature[] = ['1473', '9702'].map((code) => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Point', coordinates: [0, 0] },
    }));
    const rows = [
      { row: 1, code: '1473' },
      { row: 2, code: '9702' },
    ];
    const { report } = joinRegions(features, rows, {
      featureKey: 'code',
      systems: compareSystems(undefined, 'other'),
    });
    expect([report.matched, report.systems.reading]).to.deep.equal([2, undefined]);
  });
});

describe('names with a second name in parentheses', () => {
  it('reads "Aceh (NAD)" and "Nusa Tenggara Barat (NTB)" as the province', () => {
    const rows = [
      { row: 1, name: 'Aceh (NAD)' },
      { row: 2, name: 'Nusa Tenggara Barat (NTB)' },
    ];
    const { regions } = joinRegions(provinces(), rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: onKemendagri,
    });
    expect(
      regions
        .filter((r) => r.record)
        .map((r) => r.code)
        .sort(),
    ).to.deep.equal(['11', '52']);
  });
});
