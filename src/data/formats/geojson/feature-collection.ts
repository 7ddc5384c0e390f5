import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GEOMETRY_TYPE } from './detect.js';
import { isObject } from '../plugin.js';
import { DataError } from '../../errors.js';
import { describe } from '../../validate/schema.js';

/**
 * Any GeoJSON (FeatureCollection, Feature, bare geometry) or a TopoJSON Topology as a
 * FeatureCollection. A Topology's object is chosen by `objectName`, else its first one.
 * Winding is left as given: rewinding for d3-geo is the map's job.
 */
export function toFeatureCollection(input: unknown, objectName?: string): FeatureCollection {
  if (!isObject(input))
    throw new DataError('shape', `Expected GeoJSON or TopoJSON but got ${describe(input)}.`);
  if (input.type === 'Topology') {
    const topology = input as unknown as Topology;
    const names = Object.keys(isObject(topology.objects) ? topology.objects : {});
    const name = objectName ?? names[0];
    const object = name !== undefined ? topology.objects[name] : undefined;
    if (!object)
      throw new DataError(
        'shape',
        objectName
          ? `The TopoJSON has no object "${objectName}"; it has: ${names.join(', ') || 'none'}.`
          : 'The TopoJSON has no objects.',
      );
    let out: ReturnType<typeof feature>;
    try {
      out = feature(topology, object as GeometryObject);
    } catch (e) {
      // topojson-client throws TypeErrors on arcs that point nowhere: say what is wrong instead.
      throw new DataError(
        'shape',
        `The TopoJSON object "${name}" has arcs that cannot be read (${String(e)}).`,
      );
    }
    return out.type === 'FeatureCollection'
      ? (out as FeatureCollection)
      : { type: 'FeatureCollection', features: [out as Feature] };
  }
  if (input.type === 'FeatureCollection' && Array.isArray(input.features))
    return input as unknown as FeatureCollection;
  if (input.type === 'Feature' && 'geometry' in input)
    return { type: 'FeatureCollection', features: [input as unknown as Feature] };
  if (typeof input.type === 'string' && GEOMETRY_TYPE.test(input.type))
    return {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: input as unknown as Geometry }],
    };
  throw new DataError(
    'shape',
    `Expected GeoJSON (a FeatureCollection, Feature or geometry) or a TopoJSON Topology but got ${describe(input)}.`,
  );
}
