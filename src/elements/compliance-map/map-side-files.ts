import type { Feature } from 'geojson';
import { inferSystem, normalizeCode, translateProvince } from '../../geo/codes.js';
import { featureValue, sameRegionName } from '../../geo/join.js';
import { loadSide } from '../shared/side-module.js';
import type { DrillKit } from './map-drill.js';

/** The wording of the data notes beyond the scale and code systems used (`data-notes.ts`). */
export const loadMapNotes = (): Promise<typeof import('./data-notes.js')> =>
  loadSide('pantau-compliance-map.notes.js', () => import('./data-notes.js'));

type Drill = typeof import('./map-drill.js');
let drill: Drill | undefined;

/** Drill-down (`map-drill.ts`): the detail inside a region picked, and the way back. */
export const loadMapDrill = (): Promise<Drill> =>
  loadSide('pantau-compliance-map.drill.js', () => import('./map-drill.js')).then((m) => (drill = m));

/**
 * The detail features of a drilled-into region (see `map-drill.ts`). The map drills only once
 * drill-down has loaded, so a model job asking for them finds it there.
 */
export const detailFeatures = (...args: DetailArgs): Feature[] =>
  drill?.detailFeatures(drillKit, ...args) ?? [];

type DetailArgs = Parameters<Drill['detailFeatures']> extends [DrillKit, ...infer A] ? A : never;

/** What drill-down borrows from the map's file (see `DrillKit`). */
export const drillKit: DrillKit = {
  inferSystem,
  normalizeCode,
  translateProvince,
  featureValue,
  sameRegionName,
};
