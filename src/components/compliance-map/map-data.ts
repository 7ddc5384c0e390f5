import { html, type nothing, type TemplateResult } from 'lit';
import type { Feature } from 'geojson';
import { DataController } from '../../data/controller.js';
import {
  validateCompliance,
  type ComplianceFields,
  type ComplianceRecord,
} from '../../data/schemas/compliance.js';
import type { RowIssue, Validated } from '../../data/types.js';
import type { DataIssuesDetail } from '../../events/data-issues.js';
import { getGeometry, onGeometryRegistered } from '../../geo/registry.js';
import { countInverted } from '../../geo/winding.js';
import type { Lang } from '../../i18n/lang.js';
import { renderDataState } from '../shared/data-state.js';
import { checkGeo, convertFeatures, type GeoInput } from './map-geometry.js';
import { buildModel, detailFeatures, type MapModel, type MapOptions } from './map-model.js';
import { t } from './map.messages.js';
import type { PantauComplianceMap } from './pantau-compliance-map.js';
import { nextTask } from './slices.js';

interface Ratings {
  rows: unknown[];
  fieldsKey: string;
  records: ComplianceRecord[];
}

const GEO_INLINE =
  ':scope > script[type="application/geo+json"], :scope > script[type="application/topo+json"]';

/** Remembers the last result for identical inputs (compared by identity). */
function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args) => {
    if (!last || args.length !== last.args.length || args.some((a, i) => a !== last!.args[i]))
      last = { args, value: fn(...args) };
    return last.value;
  };
}

/** Regions up to which a model is built in the update that needs it. */
const SMALL = 250;

function geoSize(geo: GeoInput): number {
  if ('fc' in geo) return geo.fc.features.length;
  return geo.object.type === 'GeometryCollection' ? geo.object.geometries.length : 1;
}

interface Built {
  model: MapModel;
  rewound: number;
}

/**
 * The map's data: two loaders (ratings; geometry, plus the detail geometry once a region
 * is drilled into) and the joined model, recomputed only when its inputs change (never per
 * render or on hover). The model is built in tasks of its own after the update that
 * brought its inputs (TopoJSON converted in slices, then the join), so no task runs long;
 * until it is ready the last one built stays in use.
 */
export class MapData {
  readonly ratings: DataController<Ratings>;
  readonly geometry: DataController<GeoInput>;
  readonly detail: DataController<GeoInput>;
  private pendingReport?: DataIssuesDetail;
  private job?: { key: unknown[]; built?: Built };
  private shown?: Built;
  private readonly converted = new WeakMap<GeoInput, Feature[]>();

  constructor(private readonly host: PantauComplianceMap) {
    this.ratings = new DataController<Ratings>(host, {
      source: () => ({ src: host.src, format: host.format, data: host.data }),
      validate: (input) => this.validate(input),
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
    host.addController({
      hostConnected: () => (this.unsubscribe = onGeometryRegistered(() => host.requestUpdate())),
      hostDisconnected: () => this.unsubscribe?.(),
    });
  }

  private unsubscribe?: () => void;
  private drilledInto = false;

  private fields(): Partial<ComplianceFields> {
    const h = this.host;
    const f: Partial<ComplianceFields> = {};
    const code = h.dataKey ?? h.codeField;
    if (code) f.code = code;
    for (const k of ['name', 'score', 'zone', 'category', 'year', 'rank', 'rankOf'] as const) {
      const name = h[`${k}Field`];
      if (name) f[k] = name;
    }
    return f;
  }

  private validate(input: unknown): Validated<Ratings> {
    const fields = this.fields();
    const v = validateCompliance(input, fields);
    return {
      value: { rows: input as unknown[], fieldsKey: JSON.stringify(fields), records: v.value },
      issues: v.issues,
      rowCount: v.rowCount,
    };
  }

  /** Records under the current field names: re-read from the kept rows if a field was renamed after loading. */
  private readonly records = memo(
    (
      ratings: Ratings | undefined,
      fieldsKey: string,
    ): { records: ComplianceRecord[]; issues?: RowIssue[] } => {
      if (!ratings) return { records: [] };
      if (ratings.fieldsKey === fieldsKey) return { records: ratings.records };
      try {
        const v = validateCompliance(ratings.rows, this.fields());
        return { records: v.value, issues: v.issues };
      } catch {
        return { records: [] };
      }
    },
  );

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

  private readonly registered = memo(checkGeo);
  // Only counted for the notes: the planar projector fills either winding the same.
  private readonly inverted = memo(countInverted);
  private readonly filtered = memo(detailFeatures);

  get credit(): string | undefined {
    return this.source().credit;
  }

  get rewound(): number {
    return this.shown?.rewound ?? 0;
  }

  get rowIssues(): RowIssue[] {
    return this.records(this.ratings.value, JSON.stringify(this.fields())).issues ?? this.ratings.issues;
  }

  /**
   * The joined model of the top-level or drilled-into view: undefined until the geometry
   * is there and a first model is built; while a newer one is being built, the last one.
   */
  model(drilled: { code?: string; name: string } | undefined): MapModel | undefined {
    const h = this.host;
    const src = this.source();
    if (!src.geo) return undefined;
    let featureKey = h.featureKey ?? src.featureKey ?? 'id';
    let nameKey = h.nameKey ?? src.nameKey;
    this.drilledInto = !!drilled;
    const detail = drilled ? this.detail.value : undefined;
    if (detail) {
      featureKey = h.detailFeatureKey ?? featureKey;
      nameKey = h.detailNameKey ?? nameKey;
    }
    const { records } = this.records(this.ratings.value, JSON.stringify(this.fields()));
    const options: MapOptions = {
      featureKey,
      nameKey,
      codeSystem: h.codeSystem,
      geoCodeSystem: h.geoCodeSystem ?? src.codeSystem,
      scheme: h.scheme,
      thresholds: h.thresholds,
      year: h.year,
      featureKind: drilled ? undefined : src.kind,
    };
    const planar = h.projection === 'none';
    const key = [src.geo, detail, drilled, records, JSON.stringify(options), planar, h.detailParentKey];
    const job = this.job;
    if (!job || job.key.some((k, i) => k !== key[i]))
      this.build(key, src.geo, detail && drilled && { detail, drilled }, records, options, planar);
    return (this.job?.built ?? this.shown)?.model;
  }

  /** Whether anything is loading or the model for the current inputs is being built: the host is then `aria-busy`. */
  get busy(): boolean {
    return (
      (!!this.job && !this.job.built) ||
      [this.ratings, this.geometry, this.detail].some((c) => c.status === 'pending')
    );
  }

  /** Features of checked geometry, converted once per input. */
  private features(geo: GeoInput, alive: () => boolean, done: (f: Feature[]) => void): void {
    const hit = this.converted.get(geo);
    if (hit) return done(hit);
    convertFeatures(geo, alive, (f) => {
      this.converted.set(geo, f);
      done(f);
    });
  }

  private build(
    key: unknown[],
    geo: GeoInput,
    drill: { detail: GeoInput; drilled: { code?: string; name: string } } | undefined,
    records: readonly ComplianceRecord[],
    options: MapOptions,
    planar: boolean,
  ): void {
    const job: { key: unknown[]; built?: Built } = { key };
    this.job = job;
    const alive = () => this.job === job;
    // A small map (a country's provinces) is built at once, in the update that asked for it;
    // a large one in tasks of its own, so neither that update nor any step runs long.
    let inline = geoSize(geo) <= SMALL && (!drill || geoSize(drill.detail) <= SMALL);
    const step = (fn: () => void) => (inline ? fn() : nextTask(() => alive() && fn()));
    const join = (top: readonly Feature[], features: readonly Feature[]) =>
      step(() => {
        const model = buildModel(features, records, options);
        job.built = this.shown = { model, rewound: planar ? 0 : this.inverted(top) };
        // A new model means new data, geometry or join options: report once, never per render.
        this.pendingReport = { ...model.report, rowIssues: this.rowIssues, rewound: this.rewound };
        if (!inline) this.host.requestUpdate();
      });
    step(() => {
      this.features(geo, alive, (top) => {
        if (!drill) return join(top, top);
        const parentKey = this.host.detailParentKey;
        this.features(drill.detail, alive, (all) =>
          join(top, this.filtered(all, drill.drilled, options.featureKey, parentKey)),
        );
      });
    });
    // Whatever did not finish in this update (a conversion that took several slices) asks for one.
    inline = false;
  }

  /** The report of a newly joined model, once; the host fires it as `pantau-data-issues`. */
  takeReport(): DataIssuesDetail | undefined {
    const r = this.pendingReport;
    this.pendingReport = undefined;
    return r;
  }

  /** A state that replaces the map: geometry missing, loading or failed; ratings loading or failed. */
  blockingState(lang: Lang, retry: () => void): TemplateResult | typeof nothing | undefined {
    const geo = this.host.geo;
    if (!this.source().geo) {
      if (this.geometry.status === 'idle' && typeof geo === 'string' && geo)
        return html`<p class="status" role="status">${t(lang, 'noGeometry', { name: geo })}</p>`;
      return renderDataState(this.geometry, lang, retry);
    }
    const s = this.ratings.status;
    if (s === 'pending' || s === 'error') return renderDataState(this.ratings, lang, retry);
    return undefined;
  }

  /** The ratings' state shown above a drawn map: "no data yet" or "stale". */
  ratingsNotice(lang: Lang, retry: () => void) {
    const s = this.ratings.status;
    return s === 'idle' || s === 'stale' ? renderDataState(this.ratings, lang, retry) : undefined;
  }

  retry(): void {
    for (const c of [this.geometry, this.ratings, this.detail])
      if (c.status === 'error' || c.status === 'stale') c.retry();
  }
}
