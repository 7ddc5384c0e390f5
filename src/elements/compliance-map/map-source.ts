import type { nothing, ReactiveController, TemplateResult } from 'lit';
import { setBusy } from '../shared/data-controller.js';
import type { DataNote, RowIssue } from '../../data/types.js';
import { PantauDataIssuesEvent, type DataIssuesDetail } from '../../events/data-issues.js';
import type { CodeSystem } from '../../geo/codes.js';
import type { ProjectionName } from '../../geo/projection/projection.js';
import type { SchemeId } from '../../ratings/schemes.js';
import type { Threshold } from '../../ratings/custom.js';
import { parseRegionKind } from '../../geo/kinds.js';
import { PantauErrorEvent } from '../../events/error.js';
import { onGeometryRegistered } from '../../geo/registry.js';
import type { Lang } from '../../i18n/lang.js';
import type { InvalidFeature } from '../../geo/valid.js';
import { renderGeometryError } from './map-geometry-error.js';
import type { MapModel, MapOptions } from './map-model.js';
import { MapLoaders, type LoadersHost } from './map-loaders.js';
import { MapRecords, type RecordsHost } from './map-records.js';
import { ModelJob, type Built } from './map-model-job.js';

export { MAX_JOINED_ROWS } from './map-records.js';

/** What the data of `<pantau-compliance-map>` depends on: its attributes, nothing else of it. */
export interface MapSourceHost extends LoadersHost, RecordsHost {
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
  detailParentKey?: string;
}

/**
 * The map's data, put together for the element: the loaders (`map-loaders.ts`), the records
 * read from the ratings (`map-records.ts`) and the joined model, rebuilt only when an input
 * changes (`map-model-job.ts`); each new model's report is fired once, never per render.
 */
export class MapData implements ReactiveController {
  private readonly loaders: MapLoaders;
  private readonly records: MapRecords;
  private readonly job: ModelJob;
  private pendingReport?: DataIssuesDetail;
  private unsubscribe?: () => void;

  constructor(private readonly host: MapSourceHost) {
    const records = (this.records = new MapRecords(host, () => this.loaders.ratings));
    this.loaders = new MapLoaders(host, (rows) => records.read(rows));
    this.job = new ModelJob(host, (built) => this.report(built));
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
    const job = this.job.current;
    setBusy(h, this, this.loaders.fetchingShipped || (!!job && !job.built && !job.failed));
    const report = this.pendingReport;
    this.pendingReport = undefined;
    if (report) h.dispatchEvent(new PantauDataIssuesEvent<DataIssuesDetail>(report));
    const failed = this.job.current?.failed;
    if (failed && !failed.reported) {
      failed.reported = true;
      h.dispatchEvent(new PantauErrorEvent(failed.info));
    }
  }

  /** A new model means new data, geometry or join options: reported once, and not for the map drawn while the ratings are still loading. */
  private report({ model, invalid }: Built): void {
    if (!this.loaders.ratingsLoading())
      this.pendingReport = {
        ...model.report,
        rowIssues: this.rowIssues,
        notes: this.notes,
        skipped: this.records.skipped,
        rewound: this.rewound,
        invalidFeatures: invalid,
      };
  }

  get credit(): string | undefined {
    return this.loaders.source().credit;
  }

  get rewound(): number {
    return this.job.shown?.rewound ?? 0;
  }

  /** Features of the geometry shown that were left out before projection, and why. */
  get invalidFeatures(): InvalidFeature[] {
    return this.job.shown?.invalid ?? [];
  }

  get rowIssues(): RowIssue[] {
    return this.records.all().issues;
  }

  /** Readings chosen without the data settling them. */
  get notes(): DataNote[] {
    return this.records.notes;
  }

  /**
   * Brings the map's data up to date for the view shown (top level, or `drilled` into), from
   * the host's `willUpdate`: starts the loads whose source changed, then a model build when
   * an input of the model changed (a small map is built at once, a large one in tasks after
   * this update).
   */
  update(drilled: { code?: string; name: string } | undefined): void {
    const h = this.host;
    this.loaders.drilledInto = !!drilled;
    this.loaders.update();
    const src = this.loaders.source();
    if (!src.geo) return;
    let featureKey = h.featureKey ?? src.featureKey ?? 'id';
    let nameKey = h.nameKey ?? src.nameKey;
    const detail = drilled ? this.loaders.detail.value : undefined;
    if (detail) {
      featureKey = h.detailFeatureKey ?? featureKey;
      nameKey = h.detailNameKey ?? nameKey;
    }
    const records = this.records.joinable();
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
    const loading = this.loaders.ratingsLoading();
    this.job.start(src.geo, detail, drilled, records, options, planar, h.detailParentKey, topSystem, loading);
  }

  /** The joined model of the view shown: undefined until a first one is built; while a newer one is being built, the last one. */
  get model(): MapModel | undefined {
    return this.loaders.source().geo ? (this.job.current?.built ?? this.job.shown)?.model : undefined;
  }

  /** A state that replaces the map: geometry missing, loading or failed; ratings loading or failed. */
  blockingState(lang: Lang): TemplateResult | typeof nothing | undefined {
    const failed = this.job.current?.failed;
    return failed ? renderGeometryError(failed, lang) : this.loaders.blockingState(lang);
  }

  /** The ratings' state shown above a drawn map: "no data yet" or "stale", or the join cap's notice. */
  ratingsNotice(lang: Lang) {
    return this.loaders.ratingsNotice(lang, this.records.joinCap);
  }
}
