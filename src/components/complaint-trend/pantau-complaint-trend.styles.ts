import { css, unsafeCSS } from 'lit';

// Constant class names only, so unsafeCSS is safe here.
const seriesColours = unsafeCSS(
  Array.from({ length: 8 }, (_, k) => `.s${k + 1} { --_c: var(--_series-${k + 1}); }`).join('\n'),
);

export const trendStyles = css`
  :host {
    --_plot-height: var(--pantau-trend-height, 18rem);
    --_line-width: var(--pantau-trend-line-width, 2px);
  }
  .root {
    padding: var(--pantau-trend-padding, 0);
    container-type: inline-size;
  }
  ${seriesColours}
  .change {
    font-size: 0.85em;
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.1em 0.6em;
    white-space: nowrap;
  }
  .header-aside {
    display: flex;
    gap: 0.5em;
    align-items: center;
    flex-wrap: wrap;
  }
  .summary {
    margin: 0 0 0.5em;
    font-size: 0.9em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin-block-end: 0.5em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font: inherit;
    font-size: 0.85em;
    color: var(--_text);
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    padding: 0.2em 0.45em;
    min-height: 2rem;
    cursor: pointer;
    max-width: 100%;
    text-align: start;
  }
  .legend-item[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend-item[aria-pressed='false'] .swatch {
    opacity: 0.35;
  }
  .legend-item:hover {
    border-color: var(--_border);
  }
  .swatch {
    flex: none;
  }
  .plot {
    position: relative;
    height: var(--_plot-height);
    min-height: 10rem;
    touch-action: pan-y;
  }
  .plot svg.chart {
    display: block;
    position: absolute;
    inset: 0;
    overflow: visible;
    font-family: var(--_font);
  }
  .plot:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .tick {
    font-size: 12px;
    fill: var(--_muted);
  }
  .year {
    font-weight: 600;
  }
  .grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }
  .baseline,
  .tick-mark {
    stroke: var(--_border);
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: var(--_line-width);
    stroke-linejoin: round;
  }
  .marker {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .fill {
    fill: var(--_c);
  }
  .hatch {
    fill: none;
    stroke: var(--_bg);
    stroke-width: 1.5;
    stroke-opacity: 0.75;
  }
  .dots .hatch,
  #hatch-6 .hatch {
    fill: var(--_bg);
  }
  .measure {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .measure-marker {
    fill: var(--_text);
  }
  .measure-key {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.85em;
    padding: 0.2em 0.45em;
  }
  .measure-tick {
    fill: var(--_text);
  }
  .note-line {
    stroke: var(--_text);
    stroke-opacity: 0.6;
  }
  .note {
    font-size: 11px;
    fill: var(--_text);
  }
  .guide-line {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .focus-dot {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    pointer-events: none;
    background: var(--_bg);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    padding: 0.4em 0.6em;
    font-size: 0.8em;
    max-width: min(18rem, 70cqi);
  }
  .tooltip table {
    border-collapse: collapse;
    min-width: 0;
  }
  .tooltip td {
    padding: 0.05em 0.3em;
    border: 0;
    text-align: start;
    white-space: normal;
  }
  .tooltip .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .tooltip .current td,
  .tooltip .sum td,
  .tooltip-title {
    font-weight: 700;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-start;
    margin-block-start: 0.5em;
  }
  @media (forced-colors: active) {
    .series,
    .focus-dot {
      --_c: CanvasText;
    }
    .fill {
      fill: Canvas;
      stroke: CanvasText;
    }
    .hatch {
      stroke: CanvasText;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
