import { expect } from '@open-wc/testing';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { countInverted, isInverted, rewindFeatures } from '../../../src/geo/projection/winding.js';
import { fixtureJson } from '../fixtures.js';

const FILES = [
  ['geo/id-provinces-38-kemendagri.geojson', 38, 38],
  ['geo/id-provinces-38.geojson', 38, 38],
  ['geo/id-regencies-507.geojson', 507, 414],
] as const;

describe('rewinding RFC 7946 rings for d3-geo', () => {
  for (const [file, count, inverted] of FILES) {
    it(`finds ${inverted} of ${count} inverted features in ${file} and rewinds them all`, async () => {
      const fc = await fixtureJson<FeatureCollection>(file);
      expect(fc.features).to.have.length(count);
      expect(fc.features.filter((f) => isInverted(f.geometry))).to.have.length(inverted);
      const { features, rewound } = rewindFeatures(fc.features);
      expect(rewound).to.equal(inverted);
      // The planar count the map reports agrees with the spherical test.
      expect(countInverted(fc.features)).to.equal(inverted);
      expect(countInverted(features)).to.equal(0);
      for (const f of features) expect(geoArea(f)).to.be.below(2 * Math.PI);
    });

    it(`gives every region of ${file} a projected area smaller than the viewport`, async () => {
      const fc = await fixtureJson<FeatureCollection>(file);
      const { features } = rewindFeatures(fc.features);
      const [w, h] = [1200, 480];
      const fitted = geoMercator().fitSize([w, h], { type: 'FeatureCollection', features });
      const path = geoPath(fitted);
      for (const f of features) {
        const area = path.area(f);
        expect(area, String(f.properties?.['PROVINSI'] ?? f.properties?.['WADMKK']))
          .to.be.above(0)
          .and.below(w * h * 0.5);
      }
    });
  }

  it('leaves correctly wound features and non-polygons untouched', async () => {
    const fc = await fixtureJson<FeatureCollection>('geo/id-provinces-38.geojson');
    const once = rewindFeatures(fc.features).features;
    const twice = rewindFeatures(once);
    expect(twice.rewound).to.equal(0);
    expect(twice.features[0]).to.equal(once[0]);
    expect(isInverted({ type: 'Point', coordinates: [106.8, -6.2] })).to.equal(false);
    expect(isInverted(null)).to.equal(false);
  });

  it('does not modify the input features', async () => {
    const fc = await fixtureJson<FeatureCollection>('geo/id-provinces-38-kemendagri.geojson');
    const before = geoArea(fc.features[0]!);
    rewindFeatures(fc.features);
    expect(geoArea(fc.features[0]!)).to.equal(before);
  });
});
