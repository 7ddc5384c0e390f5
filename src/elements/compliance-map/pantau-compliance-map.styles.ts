import { css } from 'lit';

export const mapStyles = css`
  .root {
    --_map-stroke: var(--pantau-map-stroke, var(--_bg));
    --_map-min-height: var(--pantau-map-min-height, 160px);
    --_map-max-height: var(--pantau-map-max-height, 80vh);
  }
  .map-focus {
    border-radius: var(--_radius);
  }
  .sizer {
    width: 100%;
    height: 0;
  }
  .toolbar,
  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .toolbar {
    align-items: center;
    margin-block: 0.5em;
  }
  .map-box {
    position: relative;
    width: 100%;
  }
  /* On a phone a wide country is short: the map takes the frame's side padding too. */
  @media (max-width: 480px) {
    .map-box {
      width: auto;
      margin-inline: calc(var(--_frame-padding) * -0.75);
    }
  }
  /* Room is kept only while there is no map yet: a drawn map is as tall as its shape. */
  .map-box:not(:has(svg.map)) {
    min-height: var(--_map-min-height);
  }
  .map-focus {
    display: block;
  }
  .map-focus:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  svg.map {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--_map-max-height);
    touch-action: manipulation;
  }
  .r {
    stroke: var(--_map-stroke);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
  }
  .r.nd {
    stroke: var(--_border);
  }
  circle.r,
  .hl,
  .hover {
    stroke: var(--_text);
  }
  circle.r {
    stroke-width: 0.8;
  }
  .hit {
    fill: transparent;
    cursor: pointer;
  }
  /* A band's marks only where colour is not enough: on request, in forced colours, in print. */
  .mark {
    display: none;
    fill: none;
  }
  :host([patterns]) .mark,
  .mark.always {
    display: inline;
  }
  .mark.ink {
    stroke: #000;
    stroke-opacity: 0.55;
  }
  .mark.paper {
    stroke: #fff;
    stroke-opacity: 0.75;
  }
  .nd-bg {
    fill: var(--_no-data);
  }
  .nd-mark {
    stroke: var(--_no-data-hatch);
    fill: none;
  }
  .tiny-label {
    font-size: 11px;
    fill: var(--_text);
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .dim {
    fill: var(--_bg);
    opacity: 0.7;
    pointer-events: none;
  }
  .hl {
    stroke-width: 1.2;
  }
  .hl,
  .hover,
  .sel,
  .focus {
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .hover {
    stroke-width: 2;
  }
  .sel,
  .focus {
    stroke-width: 3;
  }
  .sel {
    stroke: var(--_accent);
  }
  .focus {
    stroke: var(--_focus);
    stroke-dasharray: 6 3;
  }
  .tooltip {
    display: flex;
    flex-direction: column;
    gap: 0.1em;
    color: var(--_text);
  }
  /* Secondary text: the legend's title, ranges and counts, the credit and status lines. */
  .legend-title,
  .legend-range,
  .legend-count,
  .credit,
  .status {
    color: var(--_muted);
  }
  .legend-title,
  .legend-item,
  .notes {
    font-size: 0.85em;
  }
  .legend-title {
    margin: 0.5em 0 0.25em;
  }
  .legend-list {
    row-gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-item {
    flex-wrap: wrap;
  }
  .legend-item[aria-pressed='true'] {
    border-color: var(--_text);
    background: var(--_surface);
  }
  .legend-count::before {
    content: '· ';
  }
  .swatch rect {
    stroke: var(--_border);
  }
  .list-wrap {
    max-height: 28rem;
    overflow: auto;
    margin-block: 0.5em;
  }
  th,
  td {
    vertical-align: middle;
  }
  .band-cell {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  .notes {
    margin-block-start: 0.5em;
  }
  .notes summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 1.75rem;
  }
  .notes-heading {
    margin: 0.6em 0 0.2em;
    font-size: 1em;
  }
  .notes ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .notes p {
    margin: 0.3em 0;
  }
  .credit {
    margin: 0.25em 0 0;
    font-size: 0.75em;
  }
  .status {
    padding: 1em;
  }
  @media (forced-colors: active) {
    svg.map,
    .swatch {
      forced-color-adjust: none;
    }
    .mark {
      display: inline;
    }
    .r,
    .hl,
    .swatch rect {
      stroke: CanvasText;
    }
    .hover,
    .sel,
    .focus {
      stroke: Highlight;
    }
    .legend-item[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .mark {
      display: inline;
    }
    .toolbar,
    .legend-item[aria-pressed] {
      break-inside: avoid;
    }
    .list-wrap {
      max-height: none;
      overflow: visible;
    }
  }
`;
