import { css, unsafeCSS } from 'lit';

// Constant class names only, so unsafeCSS is safe here.
const seriesColours = unsafeCSS(
  Array.from({ length: 8 }, (_, k) => `.s${k + 1}{--_c:var(--_series-${k + 1})}`).join(''),
);

/** Chart-specific rules; buttons, legend toggles, the tooltip box and tables come from `commonStyles`. */
export const trendStyles = css`
  .root {
    padding: var(--pantau-trend-padding, var(--_frame-padding));
    container-type: inline-size;
  }
  ${seriesColours}
  .change,
  .measure-key,
  .issues {
    font-size: 0.85em;
  }
  .change {
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.1em 0.6em;
    white-space: nowrap;
  }
  .header-aside,
  .legend,
  .measure-key {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.5em;
  }
  .summary,
  .legend,
  .plot {
    margin: 0 0 0.5em;
  }
  .summary {
    font-size: 0.9em;
  }
  .legend-item[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  [aria-pressed='false'] .swatch {
    opacity: 0.35;
  }
  .measure-key {
    padding: 0.2em 0.5em;
  }
  .other-note {
    flex-basis: 100%;
    margin: 0;
    padding-inline: 0.5em;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .plot {
    position: relative;
    height: var(--pantau-trend-height, 18rem);
    min-height: 10rem;
    touch-action: pan-y;
  }
  .chart {
    position: absolute;
    inset: 0;
    overflow: visible;
  }
  .tick {
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
    stroke-width: var(--pantau-trend-line-width, 2px);
    stroke-linejoin: round;
  }
  .marker,
  .focus-dot {
    fill: var(--_c);
    stroke: var(--_bg);
  }
  .focus-dot {
    stroke-width: 2;
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
  #hatch-6 .hatch {
    fill: var(--_bg);
  }
  .measure {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .measure-marker,
  .measure-tick,
  .note {
    fill: var(--_text);
  }
  .note-line,
  .guide-line {
    stroke: var(--_text);
  }
  .note-line {
    stroke-opacity: 0.6;
  }
  .note {
    font-size: 11px;
  }
  .tooltip table {
    min-width: 0;
  }
  .tooltip td {
    padding: 0.05em 0.3em;
    border: 0;
  }
  .tooltip .num {
    white-space: nowrap;
  }
  .current,
  .sum,
  .tooltip-title {
    font-weight: 700;
  }
  .issues {
    margin-block: 0.5em;
    color: var(--_muted);
  }
  .issues.error {
    color: var(--_text);
    border-inline-start: 3px solid var(--_bad);
    padding-inline-start: 0.5em;
  }
  .issues p {
    margin: 0 0 0.25em;
  }
  .issues summary {
    cursor: pointer;
    color: var(--_accent);
  }
  .issues ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
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
  }
`;
