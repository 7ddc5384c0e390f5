import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { ID_PROVINCES } from '../../src/geo/id-provinces.js';
import { shapesAt, type ProjectedShape } from '../../src/geo/paths.js';
import { projectPlanar, type PlanarFeature } from '../../src/geo/planar.js';
import {
  fitPlanar,
  fitProjection,
  parseProjection,
  PROJECTIONS,
  referenceProjection,
} from '../../src/geo/projection.js';

const provinces = (feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection).features;

describe('projections fitted to the container', () => {
  for (const name of ['mercator', 'equal-earth'] as const) {
    it(`projects once, then fits Indonesia into any box like fitExtent (${name})`, () => {
      const planar: PlanarFeature[] = [];
      const p = referenceProjection(name, provinces);
      projectPlanar(provinces, (s) => p.stream(s), planar);
      const fit = fitPlanar(planar);
      expect(fit.ratio).to.be.within(0.3, 0.5); // Indonesia is wide
      for (const [w, h] of [
        [1200, 460],
        [360, 140],
      ]) {
        const shapes: ProjectedShape[] = [];
        shapesAt(planar, fit.fitted(w!, h!), shapes);
        const fc = { type: 'FeatureCollection', features: provinces } as const;
        const d3 = geoPath(fitProjection(name, provinces, w!, h!)).bounds(fc);
        // The drawn paths span what d3's own fitted projection spans, within a pixel.
        const xs = shapes.flatMap((s) =>
          [...s.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!]),
        );
        const bounds = [
          [Math.min(...xs.map((q) => q[0]!)), Math.min(...xs.map((q) => q[1]!))],
          [Math.max(...xs.map((q) => q[0]!)), Math.max(...xs.map((q) => q[1]!))],
        ];
        for (let i = 0; i < 2; i++)
          for (let j = 0; j < 2; j++) expect(bounds[i]![j]).to.be.closeTo(d3[i]![j]!, 1);
      }
    });
  }

  it('draws the same outlines as d3-geo at the fitted scale', () => {
    const planar: PlanarFeature[] = [];
    const p = referenceProjection('mercator', provinces);
    projectPlanar(provinces, (s) => p.stream(s), planar);
    const shapes: ProjectedShape[] = [];
    shapesAt(planar, fitPlanar(planar).fitted(800, 300), shapes);
    const path = geoPath(fitProjection('mercator', provinces, 800, 300));
    provinces.forEach((f, i) => {
      const [cx, cy] = path.centroid(f);
      expect(shapes[i]!.cx).to.be.closeTo(cx, 1);
      expect(shapes[i]!.cy).to.be.closeTo(cy, 1);
      expect(shapes[i]!.d.endsWith('Z')).to.equal(true);
    });
  });

  it('reads unknown projection names as Mercator', () => {
    expect(parseProjection('albers-usa')).to.equal('albers-usa');
    expect(parseProjection('winkel')).to.equal('mercator');
    expect(PROJECTIONS).to.include('none');
  });
});
