import { fileName, toCsv } from '../../charts/export.js';
import { legendLayout } from '../../charts/legend-layout.js';
import { saveBlob, serializeSvg, svgToPng, type DownloadKind } from '../shared/download-menu.js';
import { tableOf, type TrendModel } from './trend-model.js';

const NS = 'http://www.w3.org/2000/svg';

/** The displayed table as CSV, with period keys (machine-readable) in the first column. */
export function trendCsv(m: TrendModel): string {
  const table = tableOf(m);
  return toCsv({ columns: table.columns, rows: table.rows.map((r, p) => [m.table.periods[p], ...r.cells]) });
}

function text(parent: Element, x: number, y: number, value: string, attrs: Record<string, string>): void {
  const el = document.createElementNS(NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = value;
  parent.appendChild(el);
}

/**
 * Saves the chart as CSV, SVG or PNG. The image stands alone: the title and the legend are
 * drawn above the plot and the source below it, because an image without its source is
 * not fit to be shared.
 */
export async function downloadTrend(
  host: HTMLElement & { renderRoot: ParentNode },
  m: TrendModel,
  kind: DownloadKind,
  title: string,
  source: string,
): Promise<void> {
  const base = title || m.subject;
  if (kind === 'csv')
    return saveBlob(new Blob([trendCsv(m)], { type: 'text/csv;charset=utf-8' }), fileName(base, 'csv'));
  const svg = host.renderRoot.querySelector<SVGSVGElement>('svg.chart');
  if (!svg) return;
  const cs = getComputedStyle(svg);
  const colour = cs.getPropertyValue('--_text').trim() || '#000';
  const font = cs.fontFamily;
  const shown = m.names.map((n, s) => ({ n, s })).filter((x) => m.visible[x.s]);
  const out = serializeSvg(svg, cs.getPropertyValue('--_bg').trim() || '#fff', (clone, width, height) => {
    const legend =
      shown.length > 1
        ? legendLayout(
            shown.map((x) => x.n),
            width - 16,
          )
        : { slots: [], height: 0 };
    const head = (title ? 28 : 8) + legend.height;
    const body = document.createElementNS(NS, 'g');
    body.setAttribute('transform', `translate(0 ${head})`);
    while (clone.childNodes.length > 1) body.appendChild(clone.childNodes[1]);
    clone.appendChild(body);
    const top = document.createElementNS(NS, 'g');
    top.setAttribute('font-family', font);
    top.setAttribute('fill', colour);
    if (title) text(top, 8, 20, title, { 'font-size': '16', 'font-weight': '700' });
    legend.slots.forEach((slot) => {
      const x = shown[slot.index];
      const sw = host.renderRoot.querySelector(`.legend-item:nth-child(${x.s + 1}) .swatch`);
      const c = sw ? getComputedStyle(sw).getPropertyValue('--_c').trim() : colour;
      const y = (title ? 28 : 8) + slot.y;
      const r = document.createElementNS(NS, 'rect');
      Object.entries({ x: 8 + slot.x, y: y + 4, width: 18, height: 10, fill: c }).forEach(([k, v]) =>
        r.setAttribute(k, String(v)),
      );
      top.appendChild(r);
      text(top, 8 + slot.x + 24, y + 13, slot.text, { 'font-size': '12' });
    });
    if (source) text(top, 8, head + height + 16, source, { 'font-size': '11' });
    clone.appendChild(top);
    return head + (source ? 24 : 0);
  });
  if (kind === 'svg') return saveBlob(new Blob([out.text], { type: 'image/svg+xml' }), fileName(base, 'svg'));
  saveBlob(await svgToPng(out.text, out.width, out.height, 2), fileName(base, 'png'));
}
