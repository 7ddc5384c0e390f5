import { expect } from '@open-wc/testing';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { ID_PROVINCES, ID_PROVINCES_CREDIT } from '../../src/geo/id-provinces.js';
import { getGeometry } from '../../src/geo/registry.js';
import { rewindFeatures } from '../../src/geo/projection/winding.js';
import { fixtureCsv } from './fixtures.js';

describe('the shipped id-provinces geometry', () => {
  it('has the 38 Kemendagri codes 11..96 with the official names', async () => {
    const fc = feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection;
    const codes = await fixtureCsv('codes/provinces.csv');
    expect(fc.features.map((f) => [f.id, f.properties?.['name']]).sort()).to.deep.equal(
      codes.map((c) => [c.code, c.name]).sort(),
    );
  });

  it('keeps every island polygon and needs no rewinding', () => {
    const fc = feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection;
    expect(rewindFeatures(fc.features).rewound).to.equal(0);
    const polygons = fc.features.reduce(
      (n, f) => n + (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.length : 1),
      0,
    );
    expect(polygons).to.be.above(600);
  });

  it('registers itself with its credit and code system', () => {
    const g = getGeometry('id-provinces');
    expect(g?.codeSystem).to.equal('kemendagri');
    expect(g?.credit).to.equal(ID_PROVINCES_CREDIT);
    expect(ID_PROVINCES_CREDIT).to.match(/BIG/);
  });
});
