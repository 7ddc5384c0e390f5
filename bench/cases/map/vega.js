// vega-embed with a Vega-Lite geoshape spec, canvas renderer (vega-embed's default). Vega
// projects with d3-geo, so RFC 7946 rings are rewound first, as for the d3 floor.
import embed from 'vega-embed';
import { keyOf, rewind, toFeatures } from '../shared/geo.js';
import { BAND_COLOURS, BAND_THRESHOLDS, NO_DATA } from '../shared/style.js';

const PROJECTIONS = { mercator: 'mercator', 'albers-usa': 'albersUsa' };

export function prepare(ds) {
  return ds;
}

export async function render(container, ds) {
  const features = rewind(toFeatures(ds.geo, ds.object)).map((f) => ({
    ...f,
    properties: { ...f.properties, key: String(keyOf(f, ds.key)) },
  }));
  const spec = {
    width: container.clientWidth - 100,
    height: container.clientHeight - 20,
    data: { values: features },
    projection: { type: PROJECTIONS[ds.projection] },
    transform: [
      {
        lookup: 'properties.key',
        from: {
          data: { values: ds.ratings.map((r) => ({ key: String(r.key), score: r.score })) },
          key: 'key',
          fields: ['score'],
        },
      },
    ],
    mark: { type: 'geoshape', stroke: '#fff', strokeWidth: 0.5 },
    encoding: {
      color: {
        field: 'score',
        type: 'quantitative',
        scale: { type: 'threshold', domain: BAND_THRESHOLDS, range: BAND_COLOURS },
        condition: { test: 'datum.score == null', value: NO_DATA },
      },
    },
  };
  const result = await embed(container, spec, { renderer: 'canvas', actions: false });
  return { view: result.view };
}
