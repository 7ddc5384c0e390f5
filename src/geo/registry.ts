import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import type { CodeSystem } from './codes.js';
import type { RegionKind } from './names.js';

/** A named geometry that `geo="name"` can use without a URL. */
export interface RegisteredGeometry {
  data: Topology | FeatureCollection;
  /** Property (or `id`) holding each feature's code. */
  featureKey: string;
  /** Property holding each feature's name. */
  nameKey?: string;
  codeSystem?: CodeSystem;
  /** What the regions are, so "Kota Gorontalo" is not joined to the province Gorontalo. */
  kind?: RegionKind;
  /** Credit line shown under the map. */
  credit?: string;
}

interface Store {
  geometries: Map<string, RegisteredGeometry>;
  listeners: Set<(name: string) => void>;
}

// CDN bundles are self-contained, each with its own copy of this module: the store lives on
// the global object so the geometry bundle and the map bundle see the same registry.
const KEY = Symbol.for('pantau.geometry-registry');
const holder = globalThis as typeof globalThis & { [KEY]?: Store };
const store: Store = (holder[KEY] ??= { geometries: new Map(), listeners: new Set() });
const { geometries, listeners } = store;

/**
 * Registers a geometry under a name. Loading the `pantau/geo/id-provinces` entry (CDN:
 * `pantau-id-provinces.js`) calls this, so the map bundle does not carry boundaries it
 * may not need, and a page can register its own.
 */
export function registerGeometry(name: string, geometry: RegisteredGeometry): void {
  geometries.set(name, geometry);
  listeners.forEach((l) => l(name));
}

export function getGeometry(name: string): RegisteredGeometry | undefined {
  return geometries.get(name);
}

/** Calls back whenever a geometry is registered (a map may be waiting for a later script); returns an unsubscribe. */
export function onGeometryRegistered(listener: (name: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
