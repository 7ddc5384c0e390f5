import { nothing, svg, type TemplateResult } from 'lit';
import { cueIndex, DASHES, HATCH_TILES, markerKind, markersPath } from '../../charts/cues.js';
import { scaled } from '../../charts/downsample.js';
import { FONT_SIZE, type TrendLayout, type TrendMode } from '../../charts/trend-layout.js';
import type { TrendModel } from './trend-model.js';

/**
 * Periods closer than this (px) make a line a dense zigzag on which a dash pattern cannot be
 * seen, yet dashing it costs two to three times the raster time: such lines are solid and
 * carry their marker shape every MARK_GAP px instead, so colour is still not the only cue.
 */
const DENSE_STEP = 3;
const MARK_GAP = 60;

/** CSS class carrying a series' colour (`--_series-1..8`, repeating). */
export const seriesClass = (s: number) => `s${(s % 8) + 1}`;

/** A line and its markers: a series' (`line`, `marker`) or the second measure's (`measure`, `measure-marker`). */
export function lineWithMarks(
  cls: 'line' | 'measure',
  d: string,
  dash: string,
  marks: string,
): TemplateResult {
  return svg`<path class=${cls} d=${d} stroke-dasharray=${dash || nothing}></path>
    ${marks ? svg`<path class=${cls === 'line' ? 'marker' : 'measure-marker'} d=${marks}></path>` : nothing}`;
}

/** A series' filled shape with its hatch over it (the first cue has none). */
export function hatchedFill(d: string, s: number): TemplateResult {
  const hatch = cueIndex(s);
  return svg`<path class="fill" d=${d}></path>
    ${hatch ? svg`<path class="hatch-fill" d=${d} fill="url(#hatch-${hatch})"></path>` : nothing}`;
}

function defs(): TemplateResult {
  return svg`<defs>${HATCH_TILES.map(
    (tile, k) => svg`<pattern id="hatch-${k}" width="8" height="8" patternUnits="userSpaceOnUse">
      <path class="hatch" d=${tile}></path>
    </pattern>`,
  )}</defs>`;
}

function axes(l: TrendLayout): TemplateResult {
  const fs = FONT_SIZE;
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
            ? svg`<text class=${k ? 'tick year' : 'tick'} x=${tk.pos} y=${l.bottom + (k + 1) * (fs + 2) + 2} text-anchor="middle">${line}</text>`
            : nothing,
        )}`,
    )}
    ${l.secondary?.ticks.map(
      (tk) =>
        svg`<text class="tick measure-tick" x=${l.right + 6} y=${tk.pos} dominant-baseline="middle">${tk.label}</text>`,
    )}
  </g>`;
}

function seriesLine(l: TrendLayout, m: TrendModel, s: number, d: string): TemplateResult {
  const row = m.table.values[s];
  const dense = l.step < DENSE_STEP;
  const every = dense ? Math.ceil(MARK_GAP / l.step) : 1;
  // Series' markers are staggered along the axis so they do not pile up on one column.
  const first = Math.floor(((s % 8) * every) / 8);
  const marks = markersPath(markerKind(s), scaled(row, l.y), row.length, l.left, l.step, every, first);
  return lineWithMarks('line', d, dense ? '' : DASHES[cueIndex(s)], marks);
}

function series(l: TrendLayout, m: TrendModel, mode: TrendMode): TemplateResult[] {
  return l.paths.map(
    ({ series: s, d }) =>
      svg`<g class="series ${seriesClass(s)}">${mode === 'line' ? seriesLine(l, m, s, d) : hatchedFill(d, s)}</g>`,
  );
}

/**
 * The chart's static layer: axes, series and annotations. It depends only on data, size and
 * visibility, so the element renders it under `guard` and hover never rebuilds it.
 */
export function renderPlot(l: TrendLayout, m: TrendModel, mode: TrendMode): TemplateResult {
  const fs = FONT_SIZE;
  return svg`${defs()}${axes(l)}
    <g class="plot mode-${mode}">${series(l, m, mode)}</g>
    ${l.secondary ? lineWithMarks('measure', l.secondary.d, '5 3', l.secondary.marks) : nothing}
    <g class="annotations">
      ${l.notes.map(
        (
          a,
        ) => svg`<path class="note-line" d="M${a.x},${a.row * (fs + 3) + 2}V${l.bottom}" stroke-dasharray="3 3"></path>
          <text class="note" x=${a.anchor === 'start' ? a.x + 3 : a.x - 3} y=${a.row * (fs + 3) + fs} text-anchor=${a.anchor}>${a.text}</text>`,
      )}
    </g>`;
}

/** The moving layer: a guide line at the active period and a marker on the focused series. */
export function renderGuide(
  l: TrendLayout,
  m: TrendModel,
  mode: TrendMode,
  p: number,
  s: number,
): TemplateResult | typeof nothing {
  if (p < 0) return nothing;
  const x = l.x(p);
  let dot: TemplateResult | typeof nothing = nothing;
  if (s >= 0 && m.visible[s]) {
    const stacked = mode === 'area' || mode === 'bars';
    let v = m.table.values[s][p];
    if (stacked) for (let k = 0; k < s; k++) if (m.visible[k]) v += m.table.values[k][p] || 0;
    if (v === v) dot = svg`<circle class="focus-dot ${seriesClass(s)}" cx=${x} cy=${l.y(v)} r="5"></circle>`;
  }
  return svg`<g class="guide">
    <path class="guide-line" d="M${x},${l.top}V${l.bottom}"></path>${dot}
  </g>`;
}
