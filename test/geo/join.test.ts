import { expect } from '@open-wc/testing';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { compareSystems } from '../../src/geo/codes.js';
import { joinRegions } from '../../src/geo/join.js';
import { normalizeName } from '../../src/geo/names.js';
import { ID_PROVINCES } from '../../src/geo/id-provinces.js';
import { fixtureCsv, fixtureJson } from './fixtures.js';

const same = compareSystems('kemendagri', 'kemendagri');

async function topoProvinces(): Promise<Feature[]> {
  const topo = await fixtureJson<Topology>('geo/id-provinces-38.topo.json');
  return (feature(topo, topo.objects['indonesia-38-prov-topo']!) as FeatureCollection).features;
}

describe('joining ratings to regions', () => {
  it('reports the six Papua provinces of the 38-province TopoJSON sharing codes 91 and 92', async () => {
    const features = await topoProvinces();
    const { report } = joinRegions(
      features,
      [
        { row: 1, code: '91' },
        { row: 2, code: '12' },
      ],
      { featureKey: 'KODE_PROV', systems: same },
    );
    const dup = Object.fromEntries(report.duplicateFeatures.map((d) => [d.code, d.names.length]));
    expect(dup).to.deep.equal({ '91': 4, '92': 2 });
    expect(report.unmatched).to.deep.equal([
      { row: 1, code: '91', name: undefined, reason: 'duplicate-region' },
    ]);
    expect(report.matched).to.equal(1);
  });

  it('joins the 2022 provincial ratings through the Kemendagri code list', async () => {
    const [ratings, codes] = await Promise.all([
      fixtureCsv('compliance/ombudsman-compliance-2022.csv'),
      fixtureCsv('codes/provinces.csv'),
    ]);
    const byName = new Map(codes.map((c) => [normalizeName(c.name)!.key, c.code]));
    const rows = ratings
      .filter((r) => r.level === 'provinsi')
      .map((r, i) => ({ row: i + 1, code: byName.get(normalizeName(r.province)!.key), name: r.province }));
    expect(rows.every((r) => r.code)).to.equal(true);
    const features = (feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection)
      .features;
    const { regions, report } = joinRegions(features, rows, {
      featureKey: 'id',
      nameKey: 'name',
      systems: same,
    });
    expect(report.matched).to.equal(rows.length);
    expect(report.unmatched).to.deep.equal([]);
    expect(report.nameConflicts).to.deep.equal([]);
    expect(regions.find((r) => r.code === '34')?.record?.name).to.equal('DI Yogyakarta');
    expect(report.noData).to.have.length(38 - rows.length);
  });

  it('translates BPS province codes to the same provinces on a Kemendagri map, and never a regency code', () => {
    const features = (feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection)
      .features;
    // BPS numbers the new Papua provinces differently (BPS 91 is Papua Barat, Kemendagri 91 is Papua).
    const rows = [
      { row: 1, code: '91' },
      { row: 2, code: '92' },
      { row: 3, code: '1672' },
    ];
    const { regions, report } = joinRegions(features, rows, {
      featureKey: 'id',
      systems: compareSystems('bps', 'kemendagri'),
    });
    expect(regions.filter((r) => r.record).map((r) => [r.code, r.record!.row])).to.deep.equal([
      ['92', 1],
      ['96', 2],
    ]);
    expect(report.translated).to.deep.equal([
      { row: 1, code: '91', to: '92' },
      { row: 2, code: '92', to: '96' },
    ]);
    expect(report.unmatched.map((u) => u.reason)).to.deep.equal(['code-system']);
  });

  it('does not colour a code match whose names disagree (a code-system mix-up), and reports it', () => {
    const features: Feature[] = [
      {
        type: 'Feature',
        properties: { code: '16.72', name: 'Kota Pagar Alam' },
        geometry: { type: 'Point', coordinates: [0, 0] },
      },
    ];
    const { regions, report } = joinRegions(features, [{ row: 1, code: '1672', name: 'Prabumulih' }], {
      featureKey: 'code',
      nameKey: 'name',
      systems: compareSystems(undefined, undefined),
    });
    expect(report.nameConflicts).to.deep.equal([
      { row: 1, code: '1672', dataName: 'Prabumulih', regionName: 'Kota Pagar Alam' },
    ]);
    expect(regions[0]!.record).to.equal(undefined);
    expect(report.unmatched.map((u) => u.reason)).to.deep.equal(['name-conflict']);
  });

  it('joins nothing for a key two rows share, and reports both rows', () => {
    const features: Feature[] = [
      { type: 'Feature', id: '11', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
    ];
    const { regions, report } = joinRegions(
      features,
      [
        { row: 1, code: '11' },
        { row: 2, code: '11.' },
      ],
      { featureKey: 'id', systems: same },
    );
    expect(regions[0]!.record).to.equal(undefined);
    expect(report.duplicateKeys).to.deep.equal([{ key: '11', rows: [1, 2] }]);
  });

  it('restores leading zeros a spreadsheet dropped from numeric codes', () => {
    const features: Feature[] = ['01001', '01003'].map((id) => ({
      type: 'Feature',
      id,
      properties: {},
      geometry: { type: 'Point', coordinates: [0, 0] },
    }));
    const { report } = joinRegions(features, [{ row: 1, code: 1001 }], { featureKey: 'id', systems: same });
    expect(report.matched).to.equal(1);
  });

  it('falls back to names for the Sumatera Utara regencies and reports what it cannot match', async () => {
    const fc = await fixtureJson('geo/id-regencies-507.geojson');
    const sumut = fc.features.filter((f) => f.properties?.['WADMPR'] === 'Sumatera Utara');
    const ratings = await fixtureCsv('compliance/ombudsman-compliance-2022.csv');
    const rows = ratings
      .filter((r) => r.province === 'Sumatera Utara' && r.level !== 'provinsi')
      .map((r, i) => ({ row: i + 1, name: r.entity_name }));
    const { report } = joinRegions(sumut, rows, { featureKey: 'id', nameKey: 'WADMKK', systems: same });
    const unmatched = report.unmatched.map((u) => u.name).sort();
    // Sibolga and Tebing Tinggi are missing from the 507-shape file; its "Padang Sidempuan" is an alias.
    expect(unmatched).to.deep.equal(['Sibolga', 'Tebing Tinggi']);
    expect(report.matched).to.equal(rows.length - 2);
  });
});
