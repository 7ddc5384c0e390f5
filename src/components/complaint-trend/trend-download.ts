import { fileName, toCsv } from '../../charts/export.js';
import { legendLayout } from '../../charts/legend-layout.js';
import { saveDownload, setAttributes, type DownloadKind } from '../shared/download-menu.js';
import { tableOf, type TrendModel } from './trend-model.js';

/** The displayed table as CSV, with period keys (machine-readable) in the first column. */
export function trendCsv(m: TrendModel): string {
  const table = tableOf(m);
  return toCsv({ columns: table.columns, rows: table.rows.map((r, p) => [m.table.periods[p], ...r.cells]) });
}

/** Appends a new SVG element with these attributes (and text) to `parent`. */
function add(parent: Element, tag: string, attrs: Record<string, string | number>, text?: string): Element {
  const el = parent.appendChild(document.createElementNS('http://www.w3.org/2000/svg', tag));
  setAttributes(el, attrs);
  if (text) el.textContent = text;
  return el;
}

/**
 * Saves the chart as CSV, SVG or PNG. The image stands alone: the title and the legend are
 * drawn above the plot and the source below it, because an image without its source is
 * not fit to be shared.
 */
export async function downloadTrend(
  host: HTMLElement & { renderRoot: ParentNode; heading?: string; source?: string },
  m: TrendModel,
  kind: DownloadKind,
): Promise<void> {
  const { heading: title = '', source = '' } = host;
  const svg = host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
  await saveDownload(
    kind,
    fileName(title || m.subject, kind),
    () => trendCsv(m),
    svg,
    (clone, width, height, cs) => {
      const colour = cs.getPropertyValue('--_text').trim() || '#000';
      const shown = m.shown;
      const legend = legendLayout(shown.length > 1 ? shown.map((s) => m.names[s]) : [], width - 16);
      const legendTop = title ? 28 : 8;
      const head = legendTop + legend.height;
      const body = add(clone, 'g', { transform: `translate(0 ${head})` });
      while (clone.childNodes[1] !== body) body.appendChild(clone.childNodes[1]);
      const top = add(clone, 'g', { 'font-family': cs.fontFamily, fill: colour });
      if (title) add(top, 'text', { x: 8, y: 20, 'font-size': 16, 'font-weight': 700 }, title);
      for (const slot of legend.slots) {
        const s = shown[slot.index];
        const fill = cs.getPropertyValue(`--_series-${(s % 8) + 1}`).trim() || colour;
        const x = 8 + slot.x;
        const y = legendTop + slot.y;
        add(top, 'rect', { x, y: y + 4, width: 18, height: 10, fill });
        add(top, 'text', { x: x + 24, y: y + 13, 'font-size': 12 }, slot.text);
      }
      if (source) add(top, 'text', { x: 8, y: head + height + 16, 'font-size': 11 }, source);
      return head + (source ? 24 : 0);
    },
  );
}
