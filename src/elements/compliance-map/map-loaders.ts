import { html, type nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { DataController } from '../shared/data-controller.js';
import type { ComplianceRecord } from '../../data/validate/schemas/compliance.js';
import type { SourceFormat, Validated } from '../../data/types.js';
import { PantauErrorEvent } from '../../events/error.js';
import { requestGeometry } from '../../geo/autoload.js';
import { getGeometry } from '../../geo/registry.js';
import type { Lang } from '../../i18n/lang.js';
import { renderDataState } from '../shared/data-state.js';
import { capped } from '../shared/text-cap.js';
import { derive } from '../shared/derive.js';
import { checkGeo, type GeoInput } from './map-geometry.js';
import { renderGeometryError, type GeometryFailure } from './map-geometry-error.js';
import type { MapOptions } from './map-model.js';
import { t } from './pantau-compliance-map.messages.js';

const GEO_INLINE =
  ':scope > script[type="application/geo+json"], :scope > script[type="application/topo+json"]';

/** What the loaders depend on: the map's sources. */
export interface LoadersHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  format?: SourceFormat;
  data?: unknown;
  geo?: string | FeatureCollection | Topology;
  geoSrc?: string;
  geoObject?: string;
  detailGeoSrc?: string;
}

/** The geometry drawn and what its registration says of it. */
export interface GeoSource {
  geo?: GeoInput;
  featureKey?: string;
  nameKey?: string;
  codeSystem?: MapOptions['codeSystem'];
  kind?: MapOptions['featureKind'];
  credit?: string;
}

/**
 * The map's three loaders (ratings; geometry; the detail geometry once a region is drilled
 * into), the shipped geometry a `geo` name loads from its own file, and their states. The
 * first layer of the map's data: `MapRecords` reads what they load, `MapData` joins it.
 */
export abstract class MapLoaders<H extends LoadersHost = LoadersHost> {
  readonly ratings: DataController<unknown[]>;
  readonly geometry: DataController<GeoInput>;
  readonly detail: DataController<GeoInput>;
  /** A region is drilled into: the detail geometry loads. */
  drilledInto = false;
  /** A shipped geometry (`geo="id-provinces"`) is loading from its own file. */
  fetchingShipped = false;
  /** The shipped geometry whose failure was reported (`pantau-error` once, not per render). */
  private reportedFailure?: string;
  /** The model build for the current inputs (`map-model-job.ts`, a layer up): it may find the geometry unusable. */
  protected job?: { failed?: GeometryFailure };

  constructor(protected readonly host: H) {
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
  }

  /** The rating rows read under the map's field names (kept rows are read again when those change). */
  protected abstract read(rows: unknown): Validated<ComplianceRecord[]> | Error;

  /** The geometry: a loaded one, else a registered one named by `geo`. */
  source(): GeoSource {
    const h = this.host;
    if (this.geometry.value) return { geo: this.geometry.value };
    if (typeof h.geo !== 'string' || !h.geo) return {};
    const reg = getGeometry(h.geo);
    return reg ? { ...reg, geo: this.registered(reg.data) } : {};
  }

  private readonly registered = derive(checkGeo);

  /** True while ratings from `src` are on their way (also before the load has started). */
  ratingsLoading(): boolean {
    const s = this.ratings.status;
    return s === 'pending' || (s === 'idle' && !!this.host.src);
  }

  /** A state that replaces the map: geometry missing, loading, failed or unusable; ratings loading or failed. */
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

  /** Reloads whatever failed or is stale (the state's "Retry" button). */
  readonly retry = (): void => {
    for (const c of [this.geometry, this.ratings, this.detail])
      if (c.status === 'error' || c.status === 'stale') c.retry();
  };
}
