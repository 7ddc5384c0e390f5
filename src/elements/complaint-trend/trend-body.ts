import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { markOf } from '../../charts/marks/index.js';
import { FONT_SIZE, type TrendMode } from '../../charts/trend-layout.js';
import { renderTableView } from '../shared/table-view.js';
import { t } from './pantau-complaint-trend.messages.js';
import type { TrendCursorController } from './trend-cursor.js';
import { summaryOf, tableCaption, tableOf, type TrendModel } from './trend-model.js';
import { renderLegend } from './trend-legend.js';
import { renderTooltip } from './trend-tooltip.js';
import { renderGuide, renderPlot } from './trend-plot.js';
import type { TrendView } from './trend-geometry.js';

export interface BodyOptions {
  m: TrendModel;
  view?: TrendView;
  mode: TrendMode;
  cursor: TrendCursorController;
  tableOpen: boolean;
  onToggleTable: () => void;
  onToggleSeries: (series: string) => void;
}

/**
 * The chart under the header: summary, legend, the focusable plot (a guarded static layer
 * plus the moving guide and tooltip), the live region and the table view.
 */
export function renderBody(o: BodyOptions): TemplateResult {
  const { m, view: v, mode, cursor: c } = o;
  const active = c.active;
  const chart = v
    ? html`<svg
          class="chart"
          width=${v.layout.width}
          height=${v.layout.height}
          viewBox="0 0 ${v.layout.width} ${v.layout.height}"
          font-size=${FONT_SIZE}
          aria-hidden="true"
        >
          ${guard([v], () => renderPlot(v.layout, mode))}
          ${renderGuide(v.layout, active, c.focused && c.hover < 0 ? c.cursor.s : -1)}
        </svg>
        ${renderTooltip(v.layout, m, active, c.cursor.s)}`
    : nothing;
  return html`<p class="summary" part="summary" id="summary">${summaryOf(m)}</p>
    ${renderLegend(m, markOf(mode).paint, o.onToggleSeries)}
    <div
      class="plot"
      part="plot"
      tabindex="0"
      role="application"
      aria-roledescription=${t(m.lang, 'roledescription')}
      aria-label=${t(m.lang, 'plotLabel', { caption: tableCaption(m) })}
      aria-describedby="summary hint"
      @keydown=${c.onKeydown}
      @focus=${c.onFocus}
      @blur=${c.onBlur}
      @pointermove=${c.onPointerMove}
      @pointerleave=${c.onPointerLeave}
      @click=${c.onClick}
    >
      ${chart}
    </div>
    <p id="hint" class="visually-hidden">${t(m.lang, 'plotHint')}</p>
    <div class="visually-hidden" aria-live="polite" aria-atomic="true">${c.announcement}</div>
    ${guard([m, o.tableOpen], () =>
      renderTableView({
        // Rows are made only for an open table: 100,000 periods would cost more than the chart.
        model: o.tableOpen ? tableOf(m) : { caption: tableCaption(m), columns: [], rows: [] },
        open: o.tableOpen,
        onToggle: o.onToggleTable,
        lang: m.lang,
      }),
    )}`;
}
