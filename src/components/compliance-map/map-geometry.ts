import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { toFeatureCollection } from '../../data/geo.js';
import { sliced } from './slices.js';

/** Checked geometry: GeoJSON as features, or a TopoJSON object still to be converted. */
export type GeoInput =
  { fc: FeatureCollection } | { topology: Topology; object: Topology['objects'][string] };

const EMPTY: GeometryCollection = { type: 'GeometryCollection', geometries: [] };

function isTopology(v: unknown): v is Topology {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Topology';
}

/**
 * Checks geometry input as the data client does (same errors), but leaves a TopoJSON
 * object's conversion to `convertFeatures`: converting 3,000 counties in one task is
 * a long task on its own.
 */
export function checkGeo(input: unknown, objectName?: string): GeoInput {
  if (!isTopology(input)) return { fc: toFeatureCollection(input, objectName) };
  const objects = typeof input.objects === 'object' && input.objects !== null ? input.objects : {};
  const names = Object.keys(objects);
  const stub = { ...input, arcs: [], objects: Object.fromEntries(names.map((n) => [n, EMPTY])) };
  toFeatureCollection(stub, objectName);
  return { topology: input, object: objects[objectName ?? names[0]!]! };
}

/** The features of checked geometry, converted in time-sliced batches; `done` gets them. */
export function convertFeatures(
  geo: GeoInput,
  alive: () => boolean,
  done: (features: Feature[]) => void,
): void {
  if ('fc' in geo) return done(geo.fc.features);
  const { topology, object } = geo;
  if (object.type !== 'GeometryCollection') return done([feature(topology, object) as Feature]);
  const parts = object.geometries;
  const out = new Array<Feature>(parts.length);
  sliced(
    parts.length,
    (from, to) => {
      // One geometry at a time, through a collection as the data client converts them.
      for (let i = from; i < to; i++)
        out[i] = feature(topology, { type: 'GeometryCollection', geometries: [parts[i]!] })
          .features[0] as Feature;
    },
    alive,
    () => done(out),
  );
}
