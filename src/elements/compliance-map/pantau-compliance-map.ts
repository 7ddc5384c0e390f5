import '../../data/formats/csv/index.js';
import '../../data/formats/geojson/index.js';
import { ckanOnFirstUse } from '../shared/format-side-files.js';
import { commonStyles } from '../../styles/common.js';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { SourceFormat } from '../../data/types.js';
import { parseCodeSystem, type CodeSystem } from '../../geo/codes.js';
import { parseProjection, type ProjectionName } from '../../geo/projection/projection.js';
import type { Threshold } from '../../ratings/custom.js';
import type { SchemeId } from '../../ratings/schemes.js';
import { PantauErrorEvent } from '../../events/error.js';
import { PantauRegionSelectEvent } from '../../events/region-select.js';
import { chartFrameStyles, FrameSlots, renderFrameFooter, renderFrameHeader } from '../shared/chart-frame.js';
import { dataStateStyles } from '../shared/data-state.js';
import {
  DownloadMenuController,
  downloadMenuStyles,
  renderDownloadMenu,
  type DownloadKind,
} from '../shared/download-menu.js';
import { PantauElement } from '../shared/pantau-element.js';
import { ResizeController, standInBox } from '../shared/resize-controller.js';
import { SideFileError } from '../shared/side-module.js';
import { slottedText } from '../shared/svg-export.js';
import { capped } from '../shared/text-cap.js';
import { tableViewStyles, toggleTable } from '../shared/table-view.js';
import { JsonOptionController, readThresholds } from '../shared/json-option.js';
import { numberAttribute } from '../shared/number-attribute.js';
import { MapNotes } from './map-notes.js';
import type { NumberLocale } from '../../data/validate/numbers.js';
import { renderLegend } from './legend.js';
import { MapData } from './map-source.js';
import { loadMapExport } from './map-download.js';
import { MapInteraction } from './map-interaction.js';
import { t } from './pantau-compliance-map.messages.js';
import { ShapeCache } from './map-shapes.js';
import { RegionChunks } from './map-chunks.js';
import { renderDrill, renderList, renderMapBox, SCORE_COLUMN } from './map-templates.js';
import { loadMapDrill } from './map-side-files.js';
import { mapStyles } from './pantau-compliance-map.styles.js';
import { announcement } from './tooltip.js';

// CKAN is read by code loaded on first use (format-side-files.ts).
ckanOnFirstUse();

let nextUid = 0;

/**
 * A choropleth of compliance ratings: any boundaries (TopoJSON or GeoJSON) joined to
 * ratings by code or name, coloured by the Ombudsman's scheme for the year, with a legend,
 * a sortable list, keyboard navigation and a data-quality report.
 *
 * @summary Regions coloured by their compliance rating, from any boundaries.
 *
 * @fires pantau-region-select - A reader selected a region (click, tap, Enter) or cleared the selection (Escape).
 * @fires pantau-data-issues - Once per load: the join's data-quality report (data-driven, not user-driven).
 * @fires pantau-error - The ratings, the geometry or a side file (downloads, data notes, drill-down) could not be loaded.
 *
 * @slot title - The map's title (instead of `heading`).
 * @slot subtitle - A line under the title (instead of `subheading`).
 *
 * @csspart base - The element's box.
 * @csspart header - The title block.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart download-button - The download menu's button (PNG, SVG, CSV).
 * @csspart download-menu - The download menu's list.
 * @csspart map - The focusable map area.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend.
 * @csspart list - The list of regions.
 * @csspart notes - The "Catatan data" report.
 * @csspart footer - Source, note and last update.
 * @csspart source - The source line.
 * @csspart data-state - The loading, error or stale notice when the ratings come by `src`.
 * @csspart retry - The retry button of the error and stale notices.
 *
 * @cssprop [--pantau-map-stroke=var(--pantau-color-bg)] - Colour of region borders.
 * @cssprop [--pantau-map-min-height=160px] - Smallest map height.
 * @cssprop [--pantau-map-max-height=80vh] - Largest map height.
 */
export class PantauComplianceMap extends PantauElement {
  static override styles = [
    ...PantauElement.styles,
    commonStyles,
    chartFrameStyles,
    downloadMenuStyles,
    dataStateStyles,
    tableViewStyles,
    mapStyles,
  ];

  // Lit's options for the reactive properties below. A table rather than `@property` decorators
  // keeps Lit's decorator code and one helper call per property out of the element's file.
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    data: { attribute: false },
    geo: {},
    geoSrc: { attribute: 'geo-src' },
    geoObject: { attribute: 'geo-object' },
    featureKey: { attribute: 'feature-key' },
    nameKey: { attribute: 'name-key' },
    dataKey: { attribute: 'data-key' },
    codeSystem: { attribute: 'code-system' },
    geoCodeSystem: { attribute: 'geo-code-system' },
    featureKind: { attribute: 'feature-kind' },
    aliases: { attribute: false },
    scoreField: { attribute: 'score-field' },
    zoneField: { attribute: 'zone-field' },
    categoryField: { attribute: 'category-field' },
    opinionField: { attribute: 'opinion-field' },
    nameField: { attribute: 'name-field' },
    codeField: { attribute: 'code-field' },
    yearField: { attribute: 'year-field' },
    rankField: { attribute: 'rank-field' },
    rankOfField: { attribute: 'rank-of-field' },
    numberLocale: { attribute: 'number-locale' },
    scheme: {},
    thresholds: { attribute: false },
    year: { converter: numberAttribute },
    maxJoinedRows: { converter: numberAttribute, attribute: 'max-joined-rows' },
    projection: {},
    detailGeoSrc: { attribute: 'detail-geo-src' },
    detailFeatureKey: { attribute: 'detail-feature-key' },
    detailNameKey: { attribute: 'detail-name-key' },
    detailCodeSystem: { attribute: 'detail-code-system' },
    detailParentKey: { attribute: 'detail-parent-key' },
    heading: {},
    subheading: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    note: {},
    patterns: { type: Boolean, reflect: true },
    listOpen: { state: true },
    sort: { state: true },
    announcement: { state: true },
    drilled: { state: true },
    drillMissing: { state: true },
  };

  /** URL of the ratings (CSV or JSON). */
  src?: string;
  /** Format of `src` when the URL and content type do not tell: `csv` or `json`. */
  format?: SourceFormat;
  /** Ratings as an array of objects (instead of `src`). */
  data?: unknown;
  /** A registered geometry name (`id-provinces` once `pantau/geo/id-provinces` is loaded), or, as a property, a GeoJSON/TopoJSON object. */
  geo?: string | FeatureCollection | Topology;
  /** URL of the geometry (GeoJSON or TopoJSON). */
  geoSrc?: string;
  /** TopoJSON object to draw (default: the first). */
  geoObject?: string;
  /** Feature property holding each region's code, or `id` for the feature id. */
  featureKey?: string;
  /** Feature property holding each region's name; enables the name fallback join. */
  nameKey?: string;
  /** Data field with the code to join on (same as `code-field`; named to pair with `feature-key`). */
  dataKey?: string;
  /** Code system of the data: `kemendagri`, `bps` or `other`. Codes of different stated systems are never compared. */
  codeSystem?: CodeSystem;
  /** Code system of the geometry (a registered geometry states its own). */
  geoCodeSystem?: CodeSystem;
  /** What the geometry's regions are: `provinsi`, `kabupaten` (regencies; "Kota …" names are cities) or `kota` (also `province`, `regency`, `city`). */
  featureKind?: string;
  /** A site's own region names: name → code (`{"Kab. Kotim": "62.02"}`) or name → the map's name. */
  aliases?: Record<string, string>;
  /** Data field with the score (0–100); default `score` or `nilai`. */
  scoreField?: string;
  /** Data field with the published zone (`hijau|kuning|merah` or `green|yellow|red`); default `zone` or `zona`. */
  zoneField?: string;
  /** Data field with the published category (`A`–`E`); default `category` or `kategori`. */
  categoryField?: string;
  /** Data field with the published opinion ("Kualitas Tinggi"; default `opinion`, `opini` or `predikat`). */
  opinionField?: string;
  /** Data field with the region's name, for the name fallback join; default `name` or `nama`. */
  nameField?: string;
  /** Data field with the region's code; default `code` or `kode` (`data-key` is the same). */
  codeField?: string;
  /** Data field with the rating's year; default `year` or `tahun`. */
  yearField?: string;
  /** Data field with the published rank ("3" of "3 dari 34"); default `rank` or `peringkat`. */
  rankField?: string;
  /** Data field with the number ranked ("34" of "3 dari 34"); default `rank_of` or `rankOf`. */
  rankOfField?: string;
  /** How the data's numbers are written: `id` (`68,52`, `10.846` is ten thousand) or `en`; unset: inferred per column, a value that reads two ways taking the page language's reading (said in the data notes). */
  numberLocale?: NumberLocale;
  /** Rating scheme: `ombudsman-2021`, `ombudsman-2022`, `ombudsman-2025`, `custom`; unset: the one of the data's year. */
  scheme?: SchemeId;
  /** Custom bands `[{min, label, color?}]` (with `scheme="custom"` or no scheme); without script, a `<script type="application/json" data-pantau="thresholds">` child. */
  thresholds?: Threshold[];
  private readonly thresholdsChild = new JsonOptionController(this, 'thresholds', readThresholds);
  /** Year to show; unset: the latest year in the data. */
  year?: number;
  /** Most rating rows joined to the regions (default 20,000); rows past it are left out, with a notice. */
  maxJoinedRows?: number;
  /** Projection: `mercator` (default), `equal-earth`, `albers-usa`, or `none` for pre-projected geometry. */
  projection: ProjectionName = 'mercator';
  /** URL of a finer geometry shown inside a selected region (drill-down, loaded on the first pick: the side file `pantau-compliance-map.drill.js` in the CDN build). */
  detailGeoSrc?: string;
  /** Code key of the detail features (default: `feature-key`). */
  detailFeatureKey?: string;
  /** Name key of the detail features (default: `name-key`). */
  detailNameKey?: string;
  /** Code system of the detail geometry (default: read from its codes, else the map's); the parent's code is translated, never prefix-matched across systems. */
  detailCodeSystem?: CodeSystem;
  /** Detail feature property naming the parent region; without it, detail codes must start with the parent's code. */
  detailParentKey?: string;
  /** Title. */
  heading?: string;
  /** Subtitle. */
  subheading?: string;
  /** Who published the ratings. */
  source?: string;
  /** Link to the source (http or https). */
  sourceUrl?: string;
  /** A note under the map. */
  note?: string;
  /** Draws each band's pattern over its colour everywhere (always drawn in forced colours and print). */
  patterns = false;

  private listOpen = false;
  private sort = { column: SCORE_COLUMN, descending: true };
  private announcement = '';
  private drilled?: { code?: string; name: string };
  /** Drill-down, once loaded on the first pick of a region (`map-drill.ts`). */
  private drill?: Awaited<ReturnType<typeof loadMapDrill>>;
  /** The side file drill-down needed and could not load, named above the map until one works. */
  private drillMissing?: string;

  private readonly uid = `pcm${nextUid++}`;
  private readonly shapes = new ShapeCache(() => this.requestUpdate());
  // A zero-height sizer: the map's height follows its width, so observing the map box itself
  // would resize it from its own resize callback (a ResizeObserver loop).
  private readonly size = new ResizeController(this, () => this.renderRoot.querySelector('.sizer'));
  private readonly menu = new DownloadMenuController(this);
  private readonly slots = new FrameSlots(this);
  private readonly store = new MapData(this);
  private readonly chunks = new RegionChunks(this);
  private readonly notes = new MapNotes(this);
  private readonly ui = new MapInteraction(this, {
    points: () => this.shapes.points,
    announce: (i, what) => this.announce(i, what),
    onSelect: (i) => this.select(i),
    onEscape: () => void this.leaveDetail(),
  });

  protected override willUpdate(): void {
    // The language first: one changed where the page's observer cannot see (inside another
    // shadow root) is otherwise read only after this (in the locale controller's hostUpdate).
    this.locale.refresh();
    // Cheap and idempotent, so read on every update: unknown values become the defaults.
    this.projection = parseProjection(this.projection);
    this.codeSystem = parseCodeSystem(this.codeSystem);
    this.geoCodeSystem = parseCodeSystem(this.geoCodeSystem);
    this.detailCodeSystem = parseCodeSystem(this.detailCodeSystem);
    this.store.update(this.drilled);
    // Sized before the map box is first rendered, so that render draws the regions (one pass,
    // no layout of the whole shadow tree forced inside the update).
    this.size.presize(this.#sizerBox);
    const model = this.model;
    if (model) this.shapes.update(model.features, this.projection, this.size.width);
  }

  /** The sizer's box before it exists (its width follows from the styles, not from the content). */
  readonly #sizerBox = standInBox(this, 'sizer');

  override render() {
    const lang = this.language;
    return html`<div class="root" part="base" lang=${lang} data-theme=${this.themeName}>
      <div class="sizer"></div>
      ${renderFrameHeader({
        title: this.heading,
        subtitle: this.subheading,
        slots: this.slots,
        aside: this.renderTools(),
      })}
      ${this.thresholdsChild.renderNotice(lang)} ${this.renderBody()}
      ${renderFrameFooter({ source: this.source, sourceUrl: this.sourceUrl, note: this.note, lang })}
    </div>`;
  }

  private renderTools() {
    if (!this.model) return nothing;
    return html`<div class="toolbar">
      <button
        type="button"
        class="btn"
        aria-expanded=${String(this.listOpen)}
        aria-controls=${`${this.uid}-list`}
        @click=${toggleTable(() => (this.listOpen = !this.listOpen))}
      >
        ${t(this.language, this.listOpen ? 'hideList' : 'showList')}
      </button>
      ${renderDownloadMenu(this.menu, this.language, (k) => void this.menu.run(() => this.download(k)), `${this.uid}-dl`)}
    </div>`;
  }

  private renderBody() {
    const lang = this.language;
    const blocked = this.store.blockingState(lang);
    if (blocked) return blocked;
    const model = this.model;
    // The first model is built in tasks after this update: until then, the drawing notice.
    if (!model) return html`<div class="map-box"><p class="status">${t(lang, 'drawing')}</p></div>`;
    const ui = this.ui;
    return html`${this.store.ratingsNotice(lang)}
      ${this.drilled && this.drill ? renderDrill(this.drill.drillText(capped(this.drilled.name), lang), this.leaveDetail) : nothing}
      ${this.drillMissing ? html`<p class="drill" role="alert">${t(lang, 'sideMissing', { file: this.drillMissing })}</p>` : nothing}
      ${renderMapBox({ uid: this.uid, model, cache: this.shapes, ui, lang, chunks: this.chunks, width: this.size.width })}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${guard([model, ui.highlight, lang], () => renderLegend(this.uid, model, ui, lang))}
      ${this.listOpen ? renderList(this.uid, model, { ...this.sort, onSort: this.onSort }, lang) : nothing}
      ${this.notes.render(this.notesInput()!, lang)}
      ${this.store.credit ? html`<p class="credit">${this.store.credit}</p>` : nothing}`;
  }

  /** The joined model of the view shown (top level or drilled into), once built. */
  private get model() {
    return this.store.model;
  }

  /** What the data notes report on, once a model is built. */
  private notesInput() {
    const { model, rowIssues, rewound, notes, invalidFeatures: invalid } = this.store;
    return model && { model, rowIssues, rewound, notes, invalid };
  }

  private announce(i: number | undefined, what: 'focus' | 'selected' | 'cleared') {
    this.announcement = announcement(this.model, i, what, this.language);
  }

  private onSort = (column: number) => {
    this.sort = {
      column,
      descending: this.sort.column === column ? !this.sort.descending : column === SCORE_COLUMN,
    };
  };

  private select(i: number | undefined) {
    const region = i === undefined ? undefined : this.model?.regions[i];
    this.dispatchEvent(
      new PantauRegionSelectEvent(
        region ? { code: region.code, name: region.name, record: region.record } : { name: '' },
      ),
    );
    // A region without a rating opens no detail: its regencies would be an empty map. A map
    // drawn without ratings (geometry only) drills anywhere.
    const rated = this.model?.regions.some((r) => r.record);
    if (region && this.detailGeoSrc && !this.drilled && (region.record || !rated))
      void this.drillInto(region);
  }

  /** Shows a region's detail, once drill-down has loaded; a missing side file is named, the map stays. */
  private async drillInto(region: { code?: string; name: string }) {
    if (!this.drill) {
      try {
        this.drill = await loadMapDrill();
      } catch (error) {
        if (!(error instanceof SideFileError)) throw error;
        this.drillMissing = error.file;
        const info = { code: 'network' as const, message: error.message, url: error.url ?? error.file };
        this.dispatchEvent(new PantauErrorEvent(info));
        return;
      }
    }
    this.drillMissing = undefined;
    if (this.drilled) return;
    this.drilled = region;
    this.ui.reset();
  }

  /** Back from a region's detail, with keyboard focus on the map again (the back button is gone). */
  private leaveDetail = async () => {
    if (!this.drilled) return;
    this.drilled = undefined;
    this.ui.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.map-focus')?.focus();
  };

  /** Downloads load on first use (the side file `pantau-compliance-map.export.js` in the CDN build). */
  private async download(kind: DownloadKind) {
    const model = this.model;
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const text = {
      title: this.heading || slottedText(this, 'title'),
      subtitle: this.subheading || slottedText(this, 'subtitle'),
      source: this.source,
      sourceUrl: this.sourceUrl,
      note: this.note,
    };
    if (model) await (await loadMapExport()).downloadMap(kind, model, svg, this.uid, text, this.language);
  }
}

// Defined by a call rather than a decorator, so that the file needs no decorator helper. Only if
// the page has no such tag yet: a page may load several pantau files (`pantau.js` from its
// template, this element's own file from an embed code); the first definition serves, and a
// second `define` would throw and stop the rest of the file.
if (!customElements.get('pantau-compliance-map'))
  customElements.define('pantau-compliance-map', PantauComplianceMap);

declare global {
  interface HTMLElementTagNameMap {
    'pantau-compliance-map': PantauComplianceMap;
  }
}
