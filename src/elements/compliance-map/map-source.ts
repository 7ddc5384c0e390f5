import type { ReactiveController } from 'lit';
import { setBusy } from '../shared/data-controller.js';
import { PantauDataIssuesEvent, type DataIssuesDetail } from '../../events/data-issues.js';
import type { CodeSystem } from '../../geo/codes.js';
import type { ProjectionName } from '../../geo/projection/projection.js';
import type { SchemeId } from '../../ratings/schemes.js';
import type { Threshold } from '../../ratings/custom.js';
import { parseRegionKind } from '../../geo/kinds.js';
import { PantauErrorEvent } from '../../events/error.js';
import { onGeometryRegistered } from '../../geo/registry.js';
import type { MapOptions } from './map-model.js';
// The layer below is imported last, so that in a bundle the layers land side by side (gzip
// finds their shared text): split apart by other modules, the map's file grew by 70 bytes.
import { ModelJob, type JobHost } from './map-model-job.js';

export { MAX_JOINED_ROWS } from './map-records.js';

/** What the data of `<pantau-compliance-map>` depends on: its attributes, nothing else of it. */
export interface MapSourceHost extends JobHost {
  featureKey?: string;
  nameKey?: string;
  codeSystem?: CodeSystem;
  geoCodeSystem?: CodeSystem;
  featureKind?: string;
  aliases?: Record<string, string>;
  scheme?: SchemeId;
  thresholds?: Threshold[];
  year?: number;
  projection: ProjectionName;
  detailFeatureKey?: string;
  detailNameKey?: string;
  detailCodeSystem?: CodeSystem;
}

/**
 * The map's data, as the element sees it. Built in layers, each file the base of the next:
 * the loaders (`map-loaders.ts`: ratings, geometry, detail geometry and their states), the
 * records read from the ratings (`map-records.ts`: fields, numbers, join cap) and the joined
 * model (`map-model-job.ts`: rebuilt only when an input changes, in tasks for a large map).
 * This last layer starts them from the element's updates and fires each new model's report
 * once, never per render. (Layers rather than parts held in fields: no forwarding code, so
 * the split costs the CDN file next to no bytes.)
 */
export class MapData extends ModelJob<MapSourceHost> implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(host: MapSourceHost) {
    super(host);
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onGeometryRegistered(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /**
   * After each update (and after the loaders): busy while a shipped geometry loads or the
   * model for the current inputs is being built (the loaders count their own loads), and a
   * newly joined model's report, fired once as `pantau-data-issues`, never per render.
   */
  hostUpdated(): void {
    const h = this.host;
    setBusy(h, this, this.fetchingShipped || (!!this.job && !this.job.built && !this.job.failed));
    const report = this.pendingReport;
    this.pendingReport = undefined;
    if (report) h.dispatchEvent(new PantauDataIssuesEvent<DataIssuesDetail>(report));
    const failed = this.job?.failed;
    if (failed && !failed.reported) {
      failed.reported = true;
      h.dispatchEvent(new PantauErrorEvent(failed.info));
    }
  }

  get credit(): string | undefined {
    return this.source().credit;
  }

  /**
   * Brings the map's data up to date for the view shown (top level, or `drilled` into), from
   * the host's `willUpdate`: starts the loads whose source changed, then a model build when
   * an input of the model changed (built at once while the task has time left, the rest in
   * tasks after this update).
   */
  update(drilled: { code?: string; name: string } | undefined): void {
    const h = this.host;
    this.drilledInto = !!drilled;
    for (const store of [this.ratings, this.geometry, this.detail]) store.hostUpdate();
    const src = this.source();
    if (!src.geo) return;
    let featureKey = h.featureKey ?? src.featureKey ?? 'id';
    let nameKey = h.nameKey ?? src.nameKey;
    const detail = drilled ? this.detail.value : undefined;
    if (detail) {
      featureKey = h.detailFeatureKey ?? featureKey;
      nameKey = h.detailNameKey ?? nameKey;
    }
    const records = this.joinable(this.records().value, this.maxRows());
    const topSystem = h.geoCodeSystem ?? src.codeSystem;
    const options: MapOptions = {
      featureKey,
      nameKey,
      codeSystem: h.codeSystem,
      geoCodeSystem: detail ? h.detailCodeSystem : topSystem,
      scheme: h.scheme,
      thresholds: h.thresholds,
      year: h.year,
      featureKind: drilled ? undefined : (parseRegionKind(h.featureKind) ?? src.kind),
      aliases: h.aliases,
    };
    const planar = h.projection === 'none';
    // Settling the ratings (even to none) builds and reports the model once more.
    this.jobs(
      src.geo,
      detail,
      drilled,
      records,
      options,
      planar,
      h.detailParentKey,
      topSystem,
      this.ratingsLoading(),
    );
  }
}
