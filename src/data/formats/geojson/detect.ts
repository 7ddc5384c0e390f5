import { isObject, type FormatSignature } from '../plugin.js';

/** The GeoJSON geometry types: (Multi)Point, (Multi)LineString, (Multi)Polygon, GeometryCollection. */
export const GEOMETRY_TYPE = /^(?:(?:Multi)?(?:Point|LineString|Polygon)|GeometryCollection)$/;

/** TopoJSON: a `.topojson` or `.topo.json` path, or an object of type `Topology`. */
export const topojsonSignature: FormatSignature = {
  name: 'topojson',
  url: /\.topo(json|\.json)$/,
  json: (v) => isObject(v) && v.type === 'Topology',
};

/** GeoJSON: a `.geojson` path, or a FeatureCollection, a Feature or a bare geometry. */
export const geojsonSignature: FormatSignature = {
  name: 'geojson',
  url: /\.geojson$/,
  json: (v) =>
    isObject(v) &&
    (v.type === 'FeatureCollection' || v.type === 'Feature' || GEOMETRY_TYPE.test(v.type as string)),
};
