import { html, nothing, type TemplateResult } from 'lit';
import type { DataErrorInfo } from '../../data/types.js';
import type { InvalidFeature } from '../../geo/valid.js';
import { formatNumber } from '../../i18n/numbers-and-dates.js';
import type { Lang } from '../../i18n/lang.js';
import { dataStateMessages } from '../shared/data-state.messages.js';
import { t } from './pantau-compliance-map.messages.js';

/** Why a map cannot draw its geometry: no feature left once the invalid ones are out, or building threw. */
export interface GeometryFailure {
  info: DataErrorInfo;
  invalid: readonly InvalidFeature[];
  /** Coordinates were read as degrees (any projection but `none`). */
  geographic: boolean;
  /** Whether `pantau-error` has been fired for it (once per failure, never per render). */
  reported?: boolean;
}

/** The failure for geometry of which no feature is usable. */
export function unusableGeometry(invalid: readonly InvalidFeature[], geographic: boolean): GeometryFailure {
  const reasons = [...new Set(invalid.map((i) => i.reason))].join(', ');
  const message = `No feature of the geometry can be drawn: ${invalid.length} left out (${reasons}).`;
  return { info: { code: 'shape', message }, invalid, geographic };
}

/** Any error met while building the map, as a failure it can show. */
export function geometryFailure(e: unknown): GeometryFailure {
  const message = e instanceof Error ? e.message : String(e);
  return { info: { code: 'shape', message }, invalid: [], geographic: false };
}

/** The error state in place of the map, styled as every data error is. */
export function renderGeometryError(f: GeometryFailure, lang: Lang): TemplateResult {
  const n = f.invalid.length;
  // Coordinates out of lon/lat range are most often a projected file read as degrees.
  const projected = f.geographic && f.invalid.some((i) => i.reason === 'range');
  return html`<div class="data-state error" part="data-state" role="alert">
    <p class="error-title">${t(lang, 'geometryTitle')}</p>
    <p>${n ? t(lang, 'geometryUnusable', { count: formatNumber(n, lang) }) : t(lang, 'geometryFailed')}</p>
    ${projected ? html`<p>${t(lang, 'geometryProjected')}</p>` : nothing}
    <details>
      <summary>${dataStateMessages(lang, 'details')}</summary>
      <code>${f.info.message}</code>
    </details>
  </div>`;
}
