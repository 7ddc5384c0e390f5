import { nothing, svg, type TemplateResult } from 'lit';
import { type TrendLayout, type TrendMode } from '../../charts/trend-layout.js';
import type { SeriesDrawing } from '../../charts/marks/index.js';
import { hatchDefs, hatchedFill, lineWithMarks, seriesClass } from './trend-cues.js';

function axes(l: TrendLayout): TemplateResult {
  return svg`<g class="axis">
    ${l.yTicks.map(
      (tk) => svg`<path class="grid" d="M${l.left},${tk.pos}H${l.right}"></path>
        <text class="tick" x=${l.left - 6} y=${tk.pos} text-anchor="end" dominant-baseline="middle">${tk.label}</text>`,
    )}
    <path class="baseline" d="M${l.left},${l.bottom}H${l.right}"></path>
    ${l.xTicks.map(
      (tk) => svg`<path class="tick-mark" d="M${tk.pos},${l.bottom}v4"></path>
        ${tk.lines.map((line, k) =>
          line
            ? svg`<text class=${k ? 'tick year' : 'tick'} x=${tk.pos} y=${l.xLabelY[k]} text-anchor="middle">${line}</text>`
            : nothing,
        )}`,
    )}
    ${l.secondary?.ticks.map(
      (tk) =>
        svg`<text class="tick measure-tick" x=${l.right + 6} y=${tk.pos} dominant-baseline="middle">${tk.label}</text>`,
    )}
  </g>`;
}

function series(l: TrendLayout, { series: s, d, dash, marks }: SeriesDrawing): TemplateResult {
  return svg`<g class="series ${seriesClass(s)}">${l.paint === 'line' ? lineWithMarks('line', d, dash, marks) : hatchedFill(d, s)}</g>`;
}

/**
 * The chart's static layer: axes, series and annotations, as the layout and its mark drew
 * them. It depends only on data, size and visibility, so the element renders it under
 * `guard` and hover never rebuilds it.
 */
export function renderPlot(l: TrendLayout, mode: TrendMode): TemplateResult {
  // Only fills refer to the hatch tiles: lines go without their 16 nodes.
  return svg`${l.paint === 'fill' ? hatchDefs() : nothing}${axes(l)}
    <g class="plot mode-${mode}">${l.series.map((d) => series(l, d))}</g>
    ${l.secondary ? lineWithMarks('measure', l.secondary.d, '5 3', l.secondary.marks) : nothing}
    <g class="annotations">
      ${l.notes.map(
        (a) => svg`<path class="note-line" d="M${a.x},${a.top}V${l.bottom}" stroke-dasharray="3 3"></path>
          <text class="note" x=${a.textX} y=${a.textY} text-anchor=${a.anchor}>${a.text}</text>`,
      )}
    </g>`;
}

/** The moving layer: a guide line at the active period and a marker on the focused series. */
export function renderGuide(l: TrendLayout, p: number, s: number): TemplateResult | typeof nothing {
  if (p < 0) return nothing;
  const x = l.x(p);
  // A hidden series has no drawing, and a missing value no point.
  const cy = s >= 0 ? (l.series.find((d) => d.series === s)?.y(p) ?? NaN) : NaN;
  const dot =
    cy === cy ? svg`<circle class="focus-dot ${seriesClass(s)}" cx=${x} cy=${cy} r="5"></circle>` : nothing;
  return svg`<g class="guide">
    <path class="guide-line" d="M${x},${l.top}V${l.bottom}"></path>${dot}
  </g>`;
}
