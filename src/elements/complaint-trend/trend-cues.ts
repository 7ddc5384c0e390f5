import { nothing, svg, html, type TemplateResult } from 'lit';
import { cueIndex, DASHES, HATCH_TILES, markerKind, markerPath } from '../../charts/cues.js';
import type { Mark } from '../../charts/marks/index.js';

/** CSS class carrying a series' colour (`--_series-1..8`, repeating). */
export const seriesClass = (s: number) => `s${(s % 8) + 1}`;

/** A line and its markers: a series' (`line`, `marker`) or the second measure's (`measure`, `measure-marker`). */
export function lineWithMarks(
  cls: 'line' | 'measure',
  d: string,
  dash?: string,
  marks?: string,
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

/** The hatch tiles that fills refer to by `url(#hatch-k)`. */
export function hatchDefs(): TemplateResult {
  return svg`<defs>${HATCH_TILES.map(
    (tile, k) => svg`<pattern id="hatch-${k}" width="8" height="8" patternUnits="userSpaceOnUse">
      <path class="hatch" d=${tile}></path>
    </pattern>`,
  )}</defs>`;
}

/** A small picture of a series' cue: its dash and marker, or its hatched fill. */
export function swatch(s: number, paint: Mark['paint']): TemplateResult {
  const body =
    paint === 'line'
      ? lineWithMarks('line', 'M1,8H23', DASHES[cueIndex(s)], markerPath(markerKind(s), 12, 8, 3))
      : hatchedFill('M2,2h20v12H2Z', s);
  return html`<svg class="swatch series ${seriesClass(s)}" width="24" height="16" aria-hidden="true">
    ${body}
  </svg>`;
}
