// Geometry preparation that every d3-geo-based peer needs and that pantau does internally:
// TopoJSON → GeoJSON, and rewinding rings wound the RFC 7946 way (d3-geo reads an exterior ring
// counter-clockwise as "the globe minus this region" and would paint the whole sphere).
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';

/** GeoJSON features of a map case's input, whatever format the file came in. */
export function toFeatures(geo, object) {
  if (geo.type === 'Topology') {
    const fc = feature(geo, geo.objects[object ?? Object.keys(geo.objects)[0]]);
    return fc.features;
  }
  return geo.features;
}

function fixPolygon(rings) {
  if (rings.length === 0 || geoArea({ type: 'Polygon', coordinates: rings }) <= 2 * Math.PI) return rings;
  return rings.map((ring) => ring.slice().reverse());
}

/** Features with every inverted polygon reversed (the same rule as pantau's src/geo/projection/winding.ts). */
export function rewind(features) {
  return features.map((f) => {
    const g = f.geometry;
    if (!g) return f;
    if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: fixPolygon(g.coordinates) } };
    if (g.type === 'MultiPolygon')
      return { ...f, geometry: { ...g, coordinates: g.coordinates.map(fixPolygon) } };
    return f;
  });
}

/** The join key of a feature: a property, or the feature id when `key` is null. */
export function keyOf(f, key) {
  return key ? f.properties?.[key] : f.id;
}
