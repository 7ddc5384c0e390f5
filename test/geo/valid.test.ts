import { expect } from '@open-wc/testing';
import type { Feature } from 'geojson';
import { toFeatureCollection } from '../../src/data/formats/geojson/feature-collection.js';
import { DataError } from '../../src/data/errors.js';
import { splitRing } from '../../src/geo/projection/antimeridian.js';
import { projectPlanar, type PlanarFeature } from '../../src/geo/projection/planar.js';
import { referenceProjector } from '../../src/geo/projection/projection.js';
import { featureIssue, geometryIssue } from '../../src/geo/valid.js';
import { topologyIssue, validTransform } from '../../src/geo/valid-topology.js';

const ring = (x: number, y: number) => [
  [x, y],
  [x, y + 1],
  [x + 1, y + 1],
  [x, y],
];

describe('geometry checks before projection', () => {
  it('accepts every kind of well-formed geometry, and a feature without one', () => {
    const ok = [
      { type: 'Point', coordinates: [106, -6] },
      { type: 'MultiPoint', coordinates: [[106, -6, 12]] },
      {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
      { type: 'Polygon', coordinates: [ring(106, -7)] },
      { type: 'MultiPolygon', coordinates: [[ring(106, -7)], [ring(-179.5, 10)]] },
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [359, 89] }] },
      null,
    ];
    for (const g of ok) expect(geometryIssue(g, true), JSON.stringify(g)).to.equal(undefined);
    expect(featureIssue({ type: 'Feature', properties: {}, geometry: null }, true)).to.equal(undefined);
  });

  it('names what is wrong with each malformed geometry', () => {
    const cases: [unknown, string][] = [
      [{ type: 'Polygon', coordinates: 'abc' }, 'coordinates'],
      [{ type: 'Polygon', coordinates: [['abc']] }, 'coordinates'],
      [{ type: 'Point', coordinates: ['106', '-6'] }, 'coordinates'],
      [{ type: 'Point', coordinates: [106] }, 'coordinates'],
      [{ type: 'Point', coordinates: [NaN, 0] }, 'coordinates'],
      [{ type: 'Point', coordinates: [Infinity, 0] }, 'coordinates'],
      [{ type: 'LineString', coordinates: [[0, 0]] }, 'coordinates'],
      [{ type: 'Polygon', coordinates: [ring(0, 0).slice(0, 3)] }, 'ring'],
      [
        {
          type: 'Polygon',
          coordinates: [
            [
              [-1e308, 0],
              [1e308, 0],
              [0, 1e308],
              [-1e308, 0],
            ],
          ],
        },
        'range',
      ],
      [{ type: 'Point', coordinates: [0, 90.5] }, 'range'],
      [{ type: 'Point', coordinates: [360.5, 0] }, 'range'],
      [{ type: 'Circle', coordinates: [0, 0] }, 'geometry'],
      [{ type: 'GeometryCollection', geometries: [null] }, 'geometry'],
      [{ type: 'GeometryCollection' }, 'geometry'],
      ['Polygon', 'geometry'],
    ];
    for (const [g, reason] of cases) expect(geometryIssue(g, true), JSON.stringify(g)).to.equal(reason);
    for (const f of [null, 'x', 1, []]) expect(featureIssue(f, true)).to.equal('feature');
  });

  it('refuses collections nested deeper than any real file nests them, without recursing through them all', () => {
    let g: unknown = { type: 'Point', coordinates: [0, 0] };
    for (let i = 0; i < 100_000; i++) g = { type: 'GeometryCollection', geometries: [g] };
    expect(geometryIssue(g, true)).to.equal('geometry');
  });

  it('bounds pre-projected coordinates only by magnitude', () => {
    const metres = { type: 'Polygon', coordinates: [ring(700_000, 9_200_000)] };
    expect(geometryIssue(metres, false)).to.equal(undefined);
    expect(geometryIssue(metres, true)).to.equal('range');
    expect(geometryIssue({ type: 'Point', coordinates: [1e300, 0] }, false)).to.equal('range');
  });

  it('finds TopoJSON arc indices that point to no arc', () => {
    const arcs = [
      [
        [0, 0],
        [1, 1],
      ],
      [
        [1, 1],
        [0, 0],
      ],
    ];
    expect(topologyIssue({ type: 'Polygon', arcs: [[0, ~1]] }, arcs)).to.equal(undefined);
    expect(topologyIssue({ type: 'MultiPolygon', arcs: [[[0, 1]]] }, arcs)).to.equal(undefined);
    expect(topologyIssue({ type: null }, arcs)).to.equal(undefined);
    for (const a of [[[2]], [[~2]], [[0.5]], 'x', [['0']], [[]], [0]])
      expect(topologyIssue({ type: 'Polygon', arcs: a }, arcs), JSON.stringify(a)).to.equal('arcs');
    expect(topologyIssue({ type: 'LineString', arcs: 'x' }, arcs)).to.equal('arcs');
    expect(topologyIssue(null, arcs)).to.equal('feature');
    expect(validTransform({ scale: [1, 1], translate: [0, 0] })).to.equal(true);
    expect(validTransform({ scale: [1, 'x'], translate: [0, 0] })).to.equal(false);
    expect(validTransform(undefined)).to.equal(true);
  });
});

describe('the data client on unreadable TopoJSON', () => {
  it('says the arcs cannot be read instead of throwing a TypeError', () => {
    const topo = { type: 'Topology', arcs: [], objects: { a: { type: 'Polygon', arcs: [[5]] } } };
    expect(() => toFeatureCollection(topo)).to.throw(DataError, /arcs that cannot be read/);
  });
});

describe('projection never loops on a number too large to step', () => {
  it('cuts a ring with longitudes far past a turn in at most a few pieces', () => {
    const n = 4;
    const l = Float64Array.from([-1e300, 1e300, 1e300, -1e300]);
    const f = Float64Array.from([0, 0, 0.5, 0.5]);
    expect(splitRing({ l, f, n, crosses: true }).length).to.be.below(n + 3);
  });

  it('projects a polygon with coordinates near ±1e308 (left unchecked) to a bounded drawing', () => {
    const huge: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1e308, -1e308],
            [1e308, -1e308],
            [1e308, 1e308],
            [-1e308, 1e308],
            [-1e308, -1e308],
          ],
        ],
      },
    };
    for (const name of ['mercator', 'equal-earth'] as const) {
      const out: PlanarFeature[] = [];
      projectPlanar([huge], referenceProjector(name, [huge]), out);
      expect(out[0]!.xy.length).to.be.below(1e6);
    }
  });
});
