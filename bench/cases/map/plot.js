// Observable Plot: one geo mark, projection fitted to the features, SVG. Plot projects with
// d3-geo, so RFC 7946 rings are rewound first, as for the d3 floor.
import { geo, plot } from '@observablehq/plot';
import { keyOf, rewind, toFeatures } from '../shared/geo.js';
import { bandColour } from '../shared/style.js';

export function prepare(ds) {
  return ds;
}

export function render(container, ds) {
  const scores = new Map(ds.ratings.map((r) => [r.key, r.score]));
  const features = rewind(toFeatures(ds.geo, ds.object));
  const figure = plot({
    width: container.clientWidth,
    height: container.clientHeight,
    projection: { type: ds.projection, domain: { type: 'FeatureCollection', features } },
    marks: [
      geo(features, {
        fill: (f) => bandColour(scores.get(keyOf(f, ds.key))),
        stroke: '#fff',
        strokeWidth: 0.5,
      }),
    ],
  });
  container.replaceChildren(figure);
  return { container };
}
