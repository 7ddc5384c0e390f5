import {
  html,
  type nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Feature, FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DataController, setBusy } from '../shared/data-controller.js';
import {
  validateCompliance,
  type ComplianceFields,
  type ComplianceRecord,
} from '../../data/validate/schemas/compliance.js';
import { toNumberLocale, type NumberLocale } from '../../data/validate/numbers.js';
import type { DataNote, RowIssue, SourceFormat, Validated } from '../../data/types.js';
import { PantauDataIssuesEvent, type DataIssuesDetail } from '../../events/data-issues.js';
import type { CodeSystem } from '../../geo/codes.js';
import type { ProjectionName } from '../../geo/projection/projection.js';
import type { SchemeId } from '../../ratings/schemes.js';
import type { Threshold } from '../../ratings/custom.js';
import { parseRegionKind } from '../../geo/kinds.js';
import { PantauErrorEvent } from '../../events/error.js';
import { requestGeometry } from '../../geo/autoload.js';
import { getGeometry, onGeometryRegistered } from '../../geo/registry.js';
import { countInverted } from '../../geo/projection/winding.js';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { renderDataState } from '../shared/data-state.js';
import { capped } from '../shared/text-cap.js';
import type { InvalidFeature } from '../../geo/valid.js';
import { checkGeo, convertFeatures, type GeoInput, type UsableFeatures } from './map-geometry.js';
import {
  geometryFailure,
  renderGeometryError,
  unusableGeometry,
  type GeometryFailure,
} from './map-geometry-error.js';
import { buildModel, detailFeatures, type MapModel, type MapOptions } from './map-model.js';
import { t } from './pantau-compliance-map.messages.js';
import { nextTask } from '../shared/sliced-task.js';
import { derive } from '../shared/derive.js';

const GEO_INLINE =
  ':scope > script[type="application/geo+json"], :scope > script[type="application/topo+json"]';

/** The rating fields a map reads by name. */
const FIELDS = ['code', 'name', 'score', 'zone', 'category', 'opinion', 'year', 'rank', 'rankOf'] as const;

/** What the data of `<pantau-compliance-map>` depends on: its attributes, nothing else of it. */
export interface MapSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format?: SourceFormat;
  data?: unknown;
  geo?: string | FeatureCollection | Topology;
  geoSrc?: string;
  geoObject?: string;
  featureKey?: string;
  nameKey?: string;
  /** Same as `codeField` (named to pair with `featureKey`); wins over it. */
  dataKey?: string;
  codeField?: string;
  nameField?: string;
  scoreField?: string;
  zoneField?: string;
  categoryField?: string;
  opinionField?: string;
  yearField?: string;
  rankField?: string;
  rankOfField?: string;
  codeSystem?: CodeSystem;
  geoCodeSystem?: CodeSystem;
  featureKind?: string;
  aliases?: Record<string, string>;
  numberLocale?: NumberLocale;
  scheme?: SchemeId;
  thresholds?: Threshold[];
  year?: number;
  maxJoinedRows?: number;
  projection: ProjectionName;
  detailGeoSrc?: string;
  detailFeatureKey?: string;
  detailNameKey?: string;
  detailCodeSystem?: CodeSystem;
  detailParentKey?: string;
  /** The page language: a number that reads two ways is read its way. */
  readonly language: NumberLocale;
}

/**
 * Rating rows joined by default: a join takes about 20 µs a row, so 20,000 rows (every
 * regency for 40 years) stay well inside a task; 200,000 took 3.9 s. `max-joined-rows` raises it.
 */
export const MAX_JOINED_ROWS = 20_000;

/** Regions up to which a model is built in the update that needs it. */
const SMALL = 250;
/** The records while there are no ratings: one list, so an unchanged map is not rebuilt. */
const NO_RECORDS: ComplianceRecord[] = [];

function geoSize(geo: GeoInput): number {
  if ('fc' in geo) return geo.fc.features.length;
  return geo.object.type === 'GeometryCollection' ? geo.object.geometries.length : 1;
}

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

/**
 * The map's data: two loaders (ratings; geometry, plus the detail geometry once a region
 * is drilled into) and the joined model, recomputed only when its inputs change (never per
 * render or on hover). The model is built in tasks of its own after the update that
 * brought its inputs (TopoJSON converted in slices, then the join), so no task runs long;
 * until it is ready the last one built stays in use.
 */
export class MapData implements ReactiveController {
  readonly ratings: DataController<unknown[]>;
  readonly geometry: DataController<GeoInput>;
  readonly detail: DataController<GeoInput>;
  private pendingReport?: DataIssuesDetail;
  private job?: Job;
  private shown?: Built;
  private readonly converted = new WeakMap<GeoInput, Map<boolean, UsableFeatures>>();

  constructor(private readonly host: MapSourceHost) {
    this.ratings = new DataController<unknown[]>(host, {
      source: () => ({ src: host.src, format: host.format, data: host.data }),
      // The rows are kept: a field renamed after loading re-reads them, without a refetch.
      validate: (input) => {
        const v = this.read(input);
        if (v instanceof Error) throw v;
        // The notes go with the join's report (`notes`), read again when number-locale changes.
        return { ...v, notes: undefined, value: input as unknown[] };
      },
    });
    this.geometry = new DataController<GeoInput>(host, {
      source: () => ({
        src: host.geoSrc,
        format: 'auto',
        data: typeof host.geo === 'object' ? host.geo : undefined,
      }),
      validate: (input) => ({ value: checkGeo(input, host.geoObject), issues: [], rowCount: 1 }),
      inline: GEO_INLINE,
      records: false,
    });
    this.detail = new DataController<GeoInput>(host, {
      source: () => ({ src: this.drilledInto ? host.detailGeoSrc : undefined, format: 'auto' }),
      validate: (input) => ({ value: checkGeo(input), issues: [], rowCount: 1 }),
      inline: false,
      records: false,
    });
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

  private unsubscribe?: () => void;
  private drilledInto = false;
  /** A shipped geometry (`geo="id-provinces"`) is loading from its own file. */
  private fetchingShipped = false;
  /** The shipped geometry whose failure was reported (`pantau-error` once, not per render). */
  private reportedFailure?: string;

  /** The rows read under the field names in `FIELDS` order, once per rows, names and number reading; a failure is kept too. */
  private readonly reading = derive(
    (rows: unknown, names: (string | undefined)[], locale?: NumberLocale, fallback?: NumberLocale) => {
      // Only the names set (an empty attribute is unset): the others are the defaults.
      const fields: Partial<ComplianceFields> = {};
      FIELDS.forEach((k, i) => names[i] && (fields[k] = names[i]));
      try {
        return validateCompliance(rows, fields, { locale, fallbackLocale: fallback });
      } catch (error) {
        return error as Error;
      }
    },
    // The names are a new list on every read: compared name by name.
    (rows, names, ...numbers) => [rows, ...names, ...numbers],
  );

  private read(rows: unknown): Validated<ComplianceRecord[]> | Error {
    const h = this.host;
    const names = [
      h.dataKey ?? h.codeField,
      h.nameField,
      h.scoreField,
      h.zoneField,
      h.categoryField,
      h.opinionField,
      h.yearField,
      h.rankField,
      h.rankOfField,
    ];
    return this.reading(rows, names, ...this.numbers());
  }

  /** Records under the current field names; none when the kept rows cannot be read under them. */
  private records(): Validated<ComplianceRecord[]> {
    const rows = this.ratings.value;
    const v = rows && this.read(rows);
    // One empty list while there are no ratings, so the model is not rebuilt on every render.
    return v && !(v instanceof Error) ? v : { value: NO_RECORDS, issues: this.ratings.issues, rowCount: 0 };
  }

  /** The geometry: a loaded one, else a registered one named by `geo`. */
  private source(): {
    geo?: GeoInput;
    featureKey?: string;
    nameKey?: string;
    codeSystem?: MapOptions['codeSystem'];
    kind?: MapOptions['featureKind'];
    credit?: string;
  } {
    const h = this.host;
    if (this.geometry.value) return { geo: this.geometry.value };
    if (typeof h.geo !== 'string' || !h.geo) return {};
    const reg = getGeometry(h.geo);
    return reg ? { ...reg, geo: this.registered(reg.data) } : {};
  }

  private readonly registered = derive(checkGeo);
  // Only counted for the notes: the planar projector fills either winding the same.
  private readonly inverted = derive(countInverted);
  private readonly filtered = derive(detailFeatures);

  get credit(): string | undefined {
    return this.source().credit;
  }

  get rewound(): number {
    return this.shown?.rewound ?? 0;
  }

  /** Features of the geometry shown that were left out before projection, and why. */
  get invalidFeatures(): InvalidFeature[] {
    return this.shown?.invalid ?? [];
  }

  get rowIssues(): RowIssue[] {
    return this.records().issues;
  }

  /** How numbers are read: the stated `number-locale`, and the page language for a value that reads two ways. */
  private numbers(): [NumberLocale | undefined, NumberLocale] {
    return [toNumberLocale(this.host.numberLocale), this.host.language];
  }

  /** Readings chosen without the data settling them. */
  get notes(): DataNote[] {
    return this.records().notes ?? [];
  }

  /** True while ratings from `src` are on their way (also before the load has started). */
  private ratingsLoading(): boolean {
    const s = this.ratings.status;
    return s === 'pending' || (s === 'idle' && !!this.host.src);
  }

  /** Rating rows left out (the issue list is capped; this count is not), the rows past the join cap too. */
  get skipped(): number {
    const r = this.records();
    return Math.max(r.issues.length, r.rowCount - r.value.length) + (this.joinCap?.left ?? 0);
  }

  /** The largest number of rows joined: `max-joined-rows` when it is a positive number, else the default. */
  private maxRows(): number {
    const m = this.host.maxJoinedRows;
    return m !== undefined && m >= 1 ? Math.floor(m) : MAX_JOINED_ROWS;
  }

  /** The records joined: the first `maxRows()` of them, once per records and cap. */
  private readonly joinable = derive((rows: readonly ComplianceRecord[], max: number) =>
    rows.length > max ? rows.slice(0, max) : rows,
  );

  /** Set when the join cap left rows out: how many were read, and how many of them were not joined. */
  get joinCap(): { total: number; left: number } | undefined {
    const all = this.records().value;
    const max = this.maxRows();
    return all.length > max ? { total: all.length, left: all.length - max } : undefined;
  }

  /**
   * Brings the map's data up to date for the view shown (top level, or `drilled` into), from
   * the host's `willUpdate`: starts the loads whose source changed, then a model build when
   * an input of the model changed (a small map is built at once, a large one in tasks after
   * this update).
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
    const loading = this.ratingsLoading();
    this.jobs(src.geo, detail, drilled, records, options, planar, h.detailParentKey, topSystem, loading);
  }

  /** A model build, started when an input changed. */
  private readonly jobs = derive(
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

  /** The joined model of the view shown: undefined until a first one is built; while a newer one is being built, the last one. */
  get model(): MapModel | undefined {
    return this.source().geo ? (this.job?.built ?? this.shown)?.model : undefined;
  }

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
    // A small map (a country's provinces) is built at once, in the update that asked for it;
    // a large one in tasks of its own, so neither that update nor any step runs long.
    let inline = geoSize(geo) <= SMALL && (!drill || geoSize(drill.detail) <= SMALL);
    // Whatever goes wrong ends in the error state (never "drawing" forever, never aria-busy).
    const guarded = (fn: () => void) => () => {
      try {
        fn();
      } catch (error) {
        job.failed = geometryFailure(error);
        if (!inline) this.host.requestUpdate();
      }
    };
    const step = (fn: () => void) => (inline ? guarded(fn)() : nextTask(() => alive() && guarded(fn)()));
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

  /** A state that replaces the map: geometry missing, loading or failed; ratings loading or failed. */
  blockingState(lang: Lang): TemplateResult | typeof nothing | undefined {
    const geo = this.host.geo;
    if (this.job?.failed) return renderGeometryError(this.job.failed, lang);
    this.fetchingShipped = false;
    if (!this.source().geo) {
      if (this.geometry.status === 'idle' && typeof geo === 'string' && geo) {
        // A geometry pantau ships loads itself from the file beside the element's own.
        const load = requestGeometry(geo, () => this.host.requestUpdate());
        this.fetchingShipped = load?.status === 'pending';
        const [key, role] =
          load?.status === 'pending'
            ? (['loadingGeometry', 'status'] as const)
            : load?.status === 'error'
              ? (['shippedGeometryFailed', 'alert'] as const)
              : (['noGeometry', 'status'] as const);
        const file = load?.status === 'error' ? load.file : '';
        if (file && this.reportedFailure !== geo) {
          this.reportedFailure = geo;
          const info = { code: 'network' as const, message: `${geo}: ${file}`, url: file };
          queueMicrotask(() => this.host.dispatchEvent(new PantauErrorEvent(info)));
        }
        return html`<p class="status" role=${role}>
          ${t(lang, key, { name: capped(geo), file: capped(file) })}
        </p>`;
      }
      return renderDataState(this.geometry, lang, this.retry);
    }
    const s = this.ratings.status;
    if (s === 'pending' || s === 'error') return renderDataState(this.ratings, lang, this.retry);
    return undefined;
  }

  /** The ratings' state shown above a drawn map: "no data yet" or "stale". */
  ratingsNotice(lang: Lang) {
    const s = this.ratings.status;
    const cap = this.joinCap;
    const capped =
      cap &&
      html`<p class="status" role="status">
        ${t(lang, 'joinCap', {
          kept: formatNumber(cap.total - cap.left, lang),
          total: formatNumber(cap.total, lang),
        })}
      </p>`;
    return s === 'idle' || s === 'stale' ? renderDataState(this.ratings, lang, this.retry) : capped;
  }

  /** Reloads whatever failed or is stale (the state's "Retry" button). */
  readonly retry = (): void => {
    for (const c of [this.geometry, this.ratings, this.detail])
      if (c.status === 'error' || c.status === 'stale') c.retry();
  };
}
