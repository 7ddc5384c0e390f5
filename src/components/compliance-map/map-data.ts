import { html, type nothing, type TemplateResult } from 'lit';
import type { Feature, FeatureCollection } from 'geojson';
import { DataController } from '../../data/controller.js';
import { toFeatureCollection } from '../../data/geo.js';
import {
  validateCompliance,
  type ComplianceFields,
  type ComplianceRecord,
} from '../../data/schemas/compliance.js';
import type { RowIssue, Validated } from '../../data/types.js';
import type { DataIssuesDetail } from '../../events/data-issues.js';
import { getGeometry, onGeometryRegistered } from '../../geo/registry.js';
import { rewindFeatures } from '../../geo/winding.js';
import type { Lang } from '../../i18n/lang.js';
import { renderDataState } from '../shared/data-state.js';
import { buildModel, detailFeatures, type MapModel, type MapOptions } from './map-model.js';
import { t } from './map.messages.js';
import type { PantauComplianceMap } from './pantau-compliance-map.js';

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

/**
 * The map's data: two loaders (ratings; geometry, plus the detail geometry once a region
 * is drilled into), rewinding, and the joined model, each recomputed only when its inputs
 * change (never per render or on hover).
 */
export class MapData {
  readonly ratings: DataController<Ratings>;
  readonly geometry: DataController<FeatureCollection>;
  readonly detail: DataController<FeatureCollection>;
  private pendingReport?: DataIssuesDetail;
  private lastModel?: MapModel;

  constructor(private readonly host: PantauComplianceMap) {
    this.ratings = new DataController<Ratings>(host, {
      source: () => ({ src: host.src, format: host.format, data: host.data }),
      validate: (input) => this.validate(input),
    });
    this.geometry = new DataController<FeatureCollection>(host, {
      source: () => ({
        src: host.geoSrc,
        format: 'auto',
        data: typeof host.geo === 'object' ? host.geo : undefined,
      }),
      validate: (input) => ({ value: toFeatureCollection(input, host.geoObject), issues: [], rowCount: 1 }),
      inline: GEO_INLINE,
      records: false,
    });
    this.detail = new DataController<FeatureCollection>(host, {
      source: () => ({ src: this.drilledInto ? host.detailGeoSrc : undefined, format: 'auto' }),
      validate: (input) => ({ value: toFeatureCollection(input), issues: [], rowCount: 1 }),
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
    const set = (k: keyof ComplianceFields, v: string | undefined) => v && (f[k] = v);
    set('code', h.dataKey ?? h.codeField);
    set('name', h.nameField);
    set('score', h.scoreField);
    set('zone', h.zoneField);
    set('category', h.categoryField);
    set('year', h.yearField);
    set('rank', h.rankField);
    set('rankOf', h.rankOfField);
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
    fc?: FeatureCollection;
    featureKey?: string;
    nameKey?: string;
    codeSystem?: MapOptions['codeSystem'];
    kind?: MapOptions['featureKind'];
    credit?: string;
  } {
    const h = this.host;
    if (this.geometry.value) return { fc: this.geometry.value };
    if (typeof h.geo !== 'string' || !h.geo) return {};
    const reg = getGeometry(h.geo);
    return reg
      ? {
          fc: this.registered(reg.data),
          featureKey: reg.featureKey,
          nameKey: reg.nameKey,
          codeSystem: reg.codeSystem,
          kind: reg.kind,
          credit: reg.credit,
        }
      : {};
  }

  private readonly registered = memo((data: unknown) => toFeatureCollection(data));
  private readonly prepared = memo((features: readonly Feature[], planar: boolean) =>
    planar ? { features, rewound: 0 } : rewindFeatures(features),
  );
  private readonly filtered = memo(
    (
      all: readonly Feature[],
      parent: { code?: string; name: string },
      featureKey: string,
      parentKey: string | undefined,
    ) => detailFeatures(all, parent, { featureKey, parentKey }),
  );
  private readonly joined = memo(
    (features: readonly Feature[], records: readonly ComplianceRecord[], optionsKey: string) =>
      buildModel(features, records, JSON.parse(optionsKey) as MapOptions),
  );

  get credit(): string | undefined {
    return this.source().credit;
  }

  get rewound(): number {
    const fc = this.source().fc;
    return fc ? this.prepared(fc.features, this.host.projection === 'none').rewound : 0;
  }

  get rowIssues(): RowIssue[] {
    return this.records(this.ratings.value, JSON.stringify(this.fields())).issues ?? this.ratings.issues;
  }

  /** The joined model of the top-level or drilled-into view; undefined until the geometry is there. */
  model(drilled: { code?: string; name: string } | undefined): MapModel | undefined {
    const h = this.host;
    const src = this.source();
    if (!src.fc) return undefined;
    let features = this.prepared(src.fc.features, h.projection === 'none').features;
    let featureKey = h.featureKey ?? src.featureKey ?? 'id';
    let nameKey = h.nameKey ?? src.nameKey;
    this.drilledInto = !!drilled;
    if (drilled && this.detail.value) {
      featureKey = h.detailFeatureKey ?? featureKey;
      nameKey = h.detailNameKey ?? nameKey;
      const all = this.preparedDetail(this.detail.value.features);
      features = this.filtered(all, drilled, featureKey, h.detailParentKey);
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
    const model = this.joined(features, records, JSON.stringify(options));
    // A new model means new data, geometry or join options: report once, never per render.
    if (model !== this.lastModel) {
      this.lastModel = model;
      this.pendingReport = { ...model.report, rowIssues: this.rowIssues, rewound: this.rewound };
    }
    return model;
  }

  private readonly preparedDetail = memo((features: readonly Feature[]) => rewindFeatures(features).features);

  /** The report of a newly joined model, once; the host fires it as `pantau-data-issues`. */
  takeReport(): DataIssuesDetail | undefined {
    const r = this.pendingReport;
    this.pendingReport = undefined;
    return r;
  }

  /** A state that replaces the map: geometry missing, loading or failed; ratings loading or failed. */
  blockingState(lang: Lang, retry: () => void): TemplateResult | typeof nothing | undefined {
    const geo = this.host.geo;
    if (!this.source().fc) {
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
