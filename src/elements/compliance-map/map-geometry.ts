import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { toFeatureCollection } from '../../data/formats/geojson/feature-collection.js';
import { DataError } from '../../data/errors.js';
import { featureId, featureIssue, type InvalidFeature } from '../../geo/valid.js';
import { topologyIssue, validTransform } from '../../geo/valid-topology.js';
import { sliced } from '../shared/sliced-task.js';

/** Checked geometry: GeoJSON as features, or a TopoJSON object still to be converted. */
export type GeoInput =
  { fc: FeatureCollection } | { topology: Topology; object: Topology['objects'][string] };

/** The features a map can project, and those it left out and why. */
export interface UsableFeatures {
  features: Feature[];
  invalid: InvalidFeature[];
}

const EMPTY: GeometryCollection = { type: 'GeometryCollection', geometries: [] };

function isTopology(v: unknown): v is Topology {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'Topology';
}

/**
 * Checks geometry input as the data client does (same errors), but leaves a TopoJSON
 * object's conversion to `convertFeatures`: converting 3,000 counties in one task is
 * a long task on its own. A topology whose arcs or transform are unreadable is refused whole.
 */
export function checkGeo(input: unknown, objectName?: string): GeoInput {
  if (!isTopology(input)) return { fc: toFeatureCollection(input, objectName) };
  const objects = typeof input.objects === 'object' && input.objects !== null ? input.objects : {};
  const names = Object.keys(objects);
  const stub = { ...input, arcs: [], objects: Object.fromEntries(names.map((n) => [n, EMPTY])) };
  toFeatureCollection(stub, objectName);
  if (!Array.isArray(input.arcs) || !validTransform(input.transform))
    throw new DataError('shape', 'The TopoJSON has no readable "arcs" list or "transform".');
  const object = objects[objectName ?? names[0]!] as unknown;
  if (typeof object !== 'object' || object === null)
    throw new DataError('shape', 'The TopoJSON object is not a geometry.');
  return { topology: input, object: object as GeometryObject };
}

/** Why a geometry could not even be converted to a feature. */
class Unusable {
  constructor(readonly reason: InvalidFeature['reason']) {}
}

/** One geometry of a topology as a feature, or why it cannot be one. */
function topoFeature(topology: Topology, g: unknown): Feature | Unusable {
  const bad = topologyIssue(g, topology.arcs);
  if (bad) return new Unusable(bad);
  try {
    // Through a collection, as the data client converts them.
    const one: GeometryCollection = { type: 'GeometryCollection', geometries: [g as GeometryObject] };
    return feature(topology, one).features[0] as Feature;
  } catch {
    // An arc that is not a list of positions: nothing of this feature can be decoded.
    return new Unusable('arcs');
  }
}

/**
 * A feature of a topology whose coordinates can be let go: once projected, a map needs only
 * its id and properties, and converted coordinates are most of what a large map would keep
 * (about 3 MB for 3,231 counties). Asked for again (another projection), the geometry is
 * converted again from the topology, which the geometry loader keeps anyway.
 */
class TopoFeature implements Feature {
  readonly type = 'Feature';
  readonly id?: string | number;
  readonly properties: Feature['properties'];
  private kept?: Geometry;

  constructor(
    private readonly topology: Topology,
    private readonly source: unknown,
    converted: Feature,
  ) {
    if (converted.id !== undefined) this.id = converted.id;
    this.properties = converted.properties;
    this.kept = converted.geometry;
  }

  get geometry(): Geometry {
    return (this.kept ??= (topoFeature(this.topology, this.source) as Feature).geometry);
  }

  release(): void {
    this.kept = undefined;
  }
}

/** Lets go of the converted coordinates of these features (those converted from a topology). */
export function releaseGeometry(features: readonly Feature[]): void {
  for (const f of features) if (f instanceof TopoFeature) f.release();
}

/**
 * The usable features of checked geometry, converted and checked in time-sliced batches
 * before anything projects them; `done` gets them and those left out. `geographic`: lon/lat
 * in degrees (any projection but `none`), else pre-projected units.
 */
export function convertFeatures(
  geo: GeoInput,
  geographic: boolean,
  alive: () => boolean,
  done: (usable: UsableFeatures) => void,
): void {
  let parts: readonly unknown[];
  let convert: (x: unknown) => unknown;
  if ('fc' in geo) {
    parts = geo.fc.features;
    convert = (f) => f;
  } else {
    const { topology, object } = geo;
    parts =
      object.type === 'GeometryCollection' && Array.isArray(object.geometries) ? object.geometries : [object];
    convert = (g) => {
      const f = topoFeature(topology, g);
      return f instanceof Unusable ? f : new TopoFeature(topology, g, f);
    };
  }
  const out: UsableFeatures = { features: [], invalid: [] };
  sliced(
    parts.length,
    (from, to) => {
      for (let i = from; i < to; i++) {
        const f = convert(parts[i]);
        const reason = f instanceof Unusable ? f.reason : featureIssue(f, geographic);
        if (reason)
          out.invalid.push({ index: i, id: featureId(f instanceof Unusable ? parts[i] : f), reason });
        else out.features.push(f as Feature);
      }
    },
    alive,
    () => done(out),
  );
}
