import type { Feature } from 'geojson';
import type { ComplianceRecord } from '../../data/validate/schemas/compliance.js';
import type { CodeSystem } from '../../geo/codes.js';
import { countInverted } from '../../geo/projection/winding.js';
import type { InvalidFeature } from '../../geo/valid.js';
import { nextTask, soon } from '../shared/sliced-task.js';
import { derive } from '../shared/derive.js';
import type { DataIssuesDetail } from '../../events/data-issues.js';
import type { LoadersHost } from './map-loaders.js';
import { convertFeatures, type GeoInput, type UsableFeatures } from './map-geometry.js';
import { geometryFailure, unusableGeometry, type GeometryFailure } from './map-geometry-error.js';
import { buildModel, type MapModel, type MapOptions } from './map-model.js';
import { detailFeatures } from './map-side-files.js';
// The layer below is imported last, so that in a bundle the layers land side by side (gzip
// finds their shared text): split apart by other modules, the map's file grew by 70 bytes.
import { MapRecords, type RecordsHost } from './map-records.js';

/** Regions up to which a model is built in the update that needs it, while its task has time. */
const SMALL = 250;

function geoSize(geo: GeoInput): number {
  if ('fc' in geo) return geo.fc.features.length;
  return geo.object.type === 'GeometryCollection' ? geo.object.geometries.length : 1;
}

/** A joined model, with what the notes say of its geometry. */
interface Built {
  model: MapModel;
  rewound: number;
  invalid: InvalidFeature[];
}

/** A drilled-into region, its detail geometry, and the code system of the top level. */
interface Drill {
  detail: GeoInput;
  drilled: { code?: string; name: string };
  topSystem?: CodeSystem;
}

interface Job {
  built?: Built;
  /** The geometry turned out unusable (no feature left to draw), or building threw. */
  failed?: GeometryFailure;
}

/** What a build needs of the map besides its sources and fields: the detail's parent key. */
export interface JobHost extends LoadersHost, RecordsHost {
  detailParentKey?: string;
}

/**
 * The map's model, built when an input changes (never per render or on hover), starting in
 * the update that brought its inputs and going on in tasks of its own whenever the task has
 * run `SLICE_MS` (features converted and checked in slices, then the join), so no task runs
 * long; until it is ready the last one built stays in use. The third
 * layer of the map's data, on its records; each new model leaves a report to fire once.
 */
export abstract class ModelJob<H extends JobHost> extends MapRecords<H> {
  /** The build for the current inputs: under way, built, or failed. */
  declare protected job?: Job;
  /** The last model built (while a newer one is being built, too). */
  private shown?: Built;
  /** The report of a model joined since the last update, fired after it. */
  protected pendingReport?: DataIssuesDetail;
  private readonly converted = new WeakMap<GeoInput, Map<boolean, UsableFeatures>>();
  // Only counted for the notes: the planar projector fills either winding the same.
  private readonly inverted = derive(countInverted);
  private readonly filtered = derive(detailFeatures);

  get rewound(): number {
    return this.shown?.rewound ?? 0;
  }

  /** Features of the geometry shown that were left out before projection, and why. */
  get invalidFeatures(): InvalidFeature[] {
    return this.shown?.invalid ?? [];
  }

  /** The joined model of the view shown: undefined until a first one is built; while a newer one is being built, the last one. */
  get model(): MapModel | undefined {
    return this.source().geo ? (this.job?.built ?? this.shown)?.model : undefined;
  }

  /** A model build, started when an input changed (at once, going on in later tasks when this one has run long). */
  protected readonly jobs = derive(
    (
      geo: GeoInput,
      detail: GeoInput | undefined,
      drilled: Drill['drilled'] | undefined,
      records: readonly ComplianceRecord[],
      options: MapOptions,
      planar: boolean,
      _parentKey: string | undefined,
      topSystem: CodeSystem | undefined,
      _ratingsLoading: boolean,
    ) => this.build(geo, detail && drilled && { detail, drilled, topSystem }, records, options, planar),
    // The options are a new object on every update, holding the page's bands and aliases:
    // compared by value.
    (geo, detail, drilled, records, options, ...rest) => [
      geo,
      detail,
      drilled,
      records,
      JSON.stringify(options),
      ...rest,
    ],
  );

  /** Usable features of checked geometry, converted and checked once per input and kind of coordinates. */
  private features(
    geo: GeoInput,
    geographic: boolean,
    alive: () => boolean,
    done: (f: UsableFeatures) => void,
  ): void {
    const hit = this.converted.get(geo)?.get(geographic);
    if (hit) return done(hit);
    convertFeatures(geo, geographic, alive, (f) => {
      const byKind = this.converted.get(geo) ?? new Map<boolean, UsableFeatures>();
      this.converted.set(geo, byKind.set(geographic, f));
      done(f);
    });
  }

  private build(
    geo: GeoInput,
    drill: Drill | undefined,
    records: readonly ComplianceRecord[],
    options: MapOptions,
    planar: boolean,
  ): void {
    const job: Job = {};
    this.job = job;
    const alive = () => this.job === job && !job.failed;
    // A small map (a country's provinces) is built step by step at once while the task has
    // time left, else in tasks of its own: at once on a fast machine, in short tasks on a slow
    // one or after a long update (a script's first evaluation). A large one is built in tasks
    // of its own: its join alone, one step that cannot be cut, is tens of ms. Whatever
    // finishes after this update asks for another.
    const small = geoSize(geo) <= SMALL && (!drill || geoSize(drill.detail) <= SMALL);
    let inline = true;
    // Whatever goes wrong ends in the error state (never "drawing" forever, never aria-busy).
    const guarded = (fn: () => void) => () => {
      try {
        fn();
      } catch (error) {
        job.failed = geometryFailure(error);
        if (!inline) this.host.requestUpdate();
      }
    };
    const step = (fn: () => void) => {
      const go = () => alive() && guarded(fn)();
      if (small) soon(go);
      else nextTask(go);
    };
    const join = (top: UsableFeatures, features: readonly Feature[], invalid: InvalidFeature[]) =>
      step(() => {
        if (!features.length && invalid.length) {
          job.failed = unusableGeometry(invalid, !planar);
          if (!inline) this.host.requestUpdate();
          return;
        }
        const model = buildModel(features, records, options);
        job.built = this.shown = { model, rewound: planar ? 0 : this.inverted(top.features), invalid };
        // A new model means new data, geometry or join options: report once, never per render,
        // and not for the map drawn while the ratings are still loading.
        if (!this.ratingsLoading())
          this.pendingReport = {
            ...model.report,
            rowIssues: this.rowIssues,
            notes: this.notes,
            skipped: this.skipped,
            rewound: this.rewound,
            invalidFeatures: invalid,
          };
        if (!inline) this.host.requestUpdate();
      });
    step(() => {
      this.features(geo, !planar, alive, (top) => {
        if (!drill) return join(top, top.features, top.invalid);
        const parentKey = this.host.detailParentKey;
        this.features(drill.detail, !planar, alive, (all) =>
          join(
            top,
            this.filtered(
              all.features,
              drill.drilled,
              options.featureKey,
              parentKey,
              drill.topSystem,
              options.geoCodeSystem,
            ),
            all.invalid,
          ),
        );
      });
    });
    // Whatever did not finish in this update (a conversion that took several slices) asks for one.
    inline = false;
  }
}
