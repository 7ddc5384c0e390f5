import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { ID_PROVINCES } from '../../src/geo/id-provinces.js';
import { fitProjection, parseProjection, prepareFit, PROJECTIONS } from '../../src/geo/projection.js';

const provinces = (feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection).features;

describe('projections fitted to the container', () => {
  for (const name of ['mercator', 'equal-earth'] as const) {
    it(`fits Indonesia into any box like fitExtent, without re-measuring (${name})`, () => {
      const prepared = prepareFit(name, provinces);
      expect(prepared.ratio).to.be.within(0.3, 0.5); // Indonesia is wide
      for (const [w, h] of [
        [1200, 460],
        [360, 140],
      ]) {
        const mine = geoPath(prepared.fitted(w, h)).bounds({
          type: 'FeatureCollection',
          features: provinces,
        });
        const d3 = geoPath(fitProjection(name, provinces, w, h)).bounds({
          type: 'FeatureCollection',
          features: provinces,
        });
        for (let i = 0; i < 2; i++)
          for (let j = 0; j < 2; j++) expect(mine[i]![j]).to.be.closeTo(d3[i]![j]!, 0.5);
      }
    });
  }

  it('reads unknown projection names as Mercator', () => {
    expect(parseProjection('albers-usa')).to.equal('albers-usa');
    expect(parseProjection('winkel')).to.equal('mercator');
    expect(PROJECTIONS).to.include('none');
  });
});
