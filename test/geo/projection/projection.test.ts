import { expect } from '@open-wc/testing';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { ID_PROVINCES } from '../../../src/geo/id-provinces.js';
import { parseProjection, PROJECTIONS } from '../../../src/geo/projection/projection.js';
import { compare } from '../oracle.js';
import { fixtureJson } from '../fixtures.js';

const provinces = (feature(ID_PROVINCES, ID_PROVINCES.objects['provinces']!) as FeatureCollection).features;

async function usAtlas(file: string): Promise<Feature[]> {
  const topo = (await (await fetch(`/node_modules/us-atlas/${file}`)).json()) as Topology;
  return (feature(topo, topo.objects['counties']!) as FeatureCollection).features;
}

function expectAgreement(r: ReturnType<typeof compare>, tol = 1): void {
  expect(r.problems.slice(0, 5), r.problems.length ? `${r.problems.length} problems` : '').to.deep.equal([]);
  expect(r.bounds, 'something is drawn').to.not.equal(undefined);
  for (let i = 0; i < 2; i++)
    for (let j = 0; j < 2; j++) expect(r.bounds![i]![j]).to.be.closeTo(r.d3Bounds[i]![j]!, tol);
}

const square = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon, lat + size],
  [lon + size, lat + size],
  [lon + size, lat],
  [lon, lat],
];

/** A Fiji-like island group: a polygon across the antimeridian with a hole, and one beside it. */
function acrossAntimeridian(ccw: boolean): Feature<Polygon>[] {
  const outer: Position[] = [
    [177, -19],
    [179.5, -16],
    [-179, -16.5],
    [-178.4, -18],
    [-179.6, -20.5],
    [178, -20.8],
    [177, -19],
  ];
  const hole: Position[] = [
    [179.2, -18],
    [-179.6, -18],
    [-179.6, -19],
    [179.2, -19],
    [179.2, -18],
  ];
  const wind = (r: Position[], reverse: boolean) => (reverse ? [...r].reverse() : r);
  // d3 reads clockwise exteriors (and counter-clockwise holes); RFC 7946 is the opposite.
  return [
    {
      type: 'Feature',
      id: 'a',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [wind(outer, ccw), wind(hole, !ccw)] },
    },
    {
      type: 'Feature',
      id: 'b',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [wind(square(175, -18, 1), !ccw)] },
    },
  ];
}

describe('the planar projector against d3-geo', () => {
  for (const name of ['mercator', 'equal-earth'] as const)
    for (const [w, h] of [
      [1200, 460],
      [360, 140],
    ] as const)
      it(`draws Indonesia's provinces as d3 does (${name}, ${w}×${h})`, () => {
        expectAgreement(compare(name, provinces, w, h));
      });

  it('draws the 507 regencies, wound the RFC 7946 way, as d3 draws them rewound', async () => {
    const fc = await fixtureJson<FeatureCollection>('geo/id-regencies-507.geojson');
    expectAgreement(compare('mercator', fc.features, 800, 330));
  });

  it('draws the 3,231 US counties in albers-usa as d3 does (Alaska across the antimeridian, Hawaii)', async () => {
    const counties = await usAtlas('counties-10m.json');
    const r = compare('albers-usa', counties, 960, 600);
    expectAgreement(r);
    // Puerto Rico lies in none of albers-usa's insets: d3 leaves it out, and so does pantau.
    expect(r.ours.shapes.filter((s) => s.d === '').length).to.be.above(0);
  });

  it('fits pre-projected geometry (projection none) as d3 fits geoIdentity', async () => {
    const counties = await usAtlas('counties-albers-10m.json');
    expectAgreement(compare('none', counties.slice(0, 400), 800, 500));
  });

  for (const name of ['mercator', 'equal-earth'] as const)
    for (const ccw of [false, true])
      it(`cuts rings across the antimeridian where d3 does (${name}, ${ccw ? 'RFC 7946' : 'd3'} winding)`, () => {
        const r = compare(name, acrossAntimeridian(ccw), 800, 400, { seams: true });
        expectAgreement(r);
        // The island across the line is drawn at both edges of the world, as d3 draws it.
        const xs = r.ours.shapes[0]!.d.match(/M/g)!.length;
        expect(xs).to.be.at.least(3);
      });

  it('reads unknown projection names as Mercator', () => {
    expect(parseProjection('albers-usa')).to.equal('albers-usa');
    expect(parseProjection('winkel')).to.equal('mercator');
    expect(PROJECTIONS).to.include('none');
  });
});
